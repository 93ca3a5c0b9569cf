/**
 * The audit trail of factor changes. `sequence` counts up per tenant (tenant_sequence holds the
 * counter) and is what Zitadel-style responses report as `details.sequence`; an event is written
 * in the same transaction as the change it records.
 */
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

@Entity({ name: 'audit_event' })
@Index('ux_audit_event_sequence', ['tenantId', 'sequence'], { unique: true })
@Index('ix_audit_event_user', ['tenantId', 'userId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(epochMs('sequence')) sequence!: number;
  @Column(varchar('user_id', 64)) userId!: string;
  /** e.g. `totp.added`, `otp_sms.removed`, `recovery_code.used`. */
  @Column(varchar('event_type', 64)) eventType!: string;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
}

@Entity({ name: 'tenant_sequence' })
export class TenantSequenceEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 64 }) tenantId!: string;
  @Column(epochMs('last_sequence')) lastSequence!: number;
}
