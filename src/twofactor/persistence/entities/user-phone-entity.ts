/** A user's phone as Zitadel's auth API sets it: one per user and tenant, verified by an SMS code. */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'user_phone' })
@Index('ux_user_phone_owner', ['tenantId', 'userId'], { unique: true })
export class UserPhoneEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('e164', 16)) e164!: string;
  @Column(epochMs('verified_at_ms', true)) verifiedAtMs!: number | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('changed_at_ms')) changedAtMs!: number;
}
