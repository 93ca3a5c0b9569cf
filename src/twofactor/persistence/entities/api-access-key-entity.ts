/** An API key (seed 001's WsAccessKey): it authenticates one user of one tenant. Only its HMAC is stored. */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'api_access_key' })
export class ApiAccessKeyEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Index('ux_access_key_hash', { unique: true })
  @Column(varchar('key_hash', 64)) keyHash!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('label', 100, true)) label!: string | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('revoked_at_ms', true)) revokedAtMs!: number | null;
  /** The tenant (for the partner API: its FileId, as a decimal string). */
  @Column(varchar('tenant_id', 64)) tenantId!: string;
}
