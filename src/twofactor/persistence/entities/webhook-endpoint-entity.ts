/** A tenant's webhook endpoint (webhook-store.ts reads and writes it in plain SQL). */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'webhook_endpoint' })
@Index('ix_webhook_endpoint_tenant', ['tenantId', 'deletedAtMs'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(varchar('url', 2000)) url!: string;
  /** The signing secret, sealed (domain/secret-box.ts, purpose webhook-secret). */
  @Column(varchar('secret_sealed', 200)) secretSealed!: string;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('deleted_at_ms', true)) deletedAtMs!: number | null;
}
