/**
 * One Idempotency-Key of OTP creation (idempotency-store.ts does the reading and writing in plain
 * SQL; the entity states the schema, so the schema test holds the migration to it).
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, int, varchar } from './column-types.js';

@Entity({ name: 'idempotency_key' })
@Index('ix_idempotency_expires', ['expiresAtMs'])
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  /** hex HMAC of scope, caller and key. */
  @Index('ux_idempotency_key_hash', { unique: true })
  @Column(varchar('key_hash', 64)) keyHash!: string;
  @Column(varchar('request_hash', 64)) requestHash!: string;
  /** pending | done */
  @Column(varchar('state', 16)) state!: string;
  @Column(int('response_status', true)) responseStatus!: number | null;
  @Column({ name: 'response_body', type: 'text', nullable: true }) responseBody!: string | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('expires_at_ms')) expiresAtMs!: number;
}
