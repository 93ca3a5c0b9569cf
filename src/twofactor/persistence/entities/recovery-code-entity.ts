/** One recovery code: only a salted HMAC (domain/recovery-code.ts); used once (used_at_ms). */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'recovery_code' })
@Index('ix_recovery_code_owner', ['tenantId', 'userId'])
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('code_hash', 64)) codeHash!: string;
  @Column(varchar('salt', 32)) salt!: string;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('used_at_ms', true)) usedAtMs!: number | null;
}
