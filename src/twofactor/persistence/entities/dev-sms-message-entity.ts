/** Messages the development sender "sent" (body sealed), shown on the development-only page. */
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'dev_sms_message' })
export class DevSmsMessageEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('recipient', 16)) recipient!: string;
  @Column(varchar('originator', 16)) originator!: string;
  @Column(varchar('reference', 36)) reference!: string;
  @Column({ name: 'body_sealed', type: 'text' }) bodySealed!: string;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
}
