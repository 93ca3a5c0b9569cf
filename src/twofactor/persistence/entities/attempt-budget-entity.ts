/**
 * A user's budget of wrong second-factor codes (TOTP and recovery codes together) in a tenant:
 * attempts claimed and wrong codes since `windowStartMs`, and the lock the last allowed wrong code sets.
 */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from './column-types.js';

@Entity({ name: 'attempt_budget' })
export class AttemptBudgetEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 }) tenantId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 64 }) userId!: string;
  /** Claimed attempts: wrong codes plus checks still running. */
  @Column({ name: 'used', type: 'int', default: 0 }) used!: number;
  @Column({ name: 'failures', type: 'int', default: 0 }) failures!: number;
  @Column(epochMs('window_start_ms')) windowStartMs!: number;
  @Column(epochMs('locked_until_ms', true)) lockedUntilMs!: number | null;
}
