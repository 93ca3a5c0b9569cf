/**
 * A user's second factor in a tenant: at most one per kind (unique index). `totp` holds the
 * sealed secret and the last accepted time step (replay protection by compare-and-set);
 * `otp_sms` is ready when added. Wrong codes count against the user's attempt budget
 * (attempt-budget-entity.ts), not against a factor.
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

export type FactorKind = 'totp' | 'otp_sms' | 'otp_email';
export type FactorState = 'not_ready' | 'ready';

@Entity({ name: 'auth_factor' })
@Index('ux_auth_factor_owner', ['tenantId', 'userId', 'kind'], { unique: true })
export class AuthFactorEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('kind', 16)) kind!: FactorKind;
  @Column(varchar('state', 16)) state!: FactorState;
  /** SecretBox(`totp-secret`) of the Base32 secret. */
  @Column({ name: 'secret_sealed', type: 'text', nullable: true }) secretSealed!: string | null;
  @Column(epochMs('last_used_step', true)) lastUsedStep!: number | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('changed_at_ms')) changedAtMs!: number;
}

