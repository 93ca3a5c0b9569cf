/** Mails the development sender "sent" (body sealed), shown on the development-only page /dev/mail. */
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'dev_mail_message' })
export class DevMailMessageEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('recipient', 254)) recipient!: string;
  @Column(varchar('originator', 254)) originator!: string;
  @Column(varchar('reference', 36)) reference!: string;
  @Column({ name: 'body_sealed', type: 'text' }) bodySealed!: string;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
}
