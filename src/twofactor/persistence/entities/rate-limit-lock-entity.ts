/**
 * One row per throttled subject (a user, a number, an email address). Issuing an OTP first updates the rows of its
 * subjects inside the transaction: on MariaDB that row lock serialises concurrent requests for the
 * same subject, so counting recent OTPs and inserting the new one is atomic.
 */
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from './column-types.js';

@Entity({ name: 'rate_limit_lock' })
export class RateLimitLockEntity {
  @PrimaryColumn({ name: 'lock_key', type: 'varchar', length: 260 }) lockKey!: string;
  @Column(epochMs('touched_at_ms')) touchedAtMs!: number;
}
