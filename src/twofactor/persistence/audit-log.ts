/**
 * Appends an audit event inside the caller's transaction and returns its per-tenant sequence.
 * The counter row is incremented first: on MariaDB that row lock orders concurrent changes of
 * one tenant, on SQLite units of work are serialised anyway. The unique (tenant, sequence) index
 * backs the guarantee that no two events share a number.
 */
import type { EntityManager } from 'typeorm';
import type { DatabaseKind } from './create-data-source.js';
import { exec, insertIgnore, num } from './sql.js';

export interface AuditEvent {
  readonly tenantId: string;
  readonly userId: string;
  readonly type: string;
  readonly atMs: number;
}

export async function appendAuditEvent(m: EntityManager, kind: DatabaseKind, e: AuditEvent): Promise<number> {
  const bump = (): Promise<{ affected: number }> => exec(m, 'UPDATE tenant_sequence SET last_sequence = last_sequence + 1 WHERE tenant_id = ?', [e.tenantId]);
  if ((await bump()).affected === 0) {
    await exec(m, `${insertIgnore(kind)} INTO tenant_sequence (tenant_id, last_sequence) VALUES (?, 0)`, [e.tenantId]);
    await bump();
  }
  const { rows } = await exec(m, 'SELECT last_sequence FROM tenant_sequence WHERE tenant_id = ?', [e.tenantId]);
  const sequence = num(rows[0]!.last_sequence);
  await exec(m, 'INSERT INTO audit_event (tenant_id, sequence, user_id, event_type, created_at_ms) VALUES (?, ?, ?, ?, ?)',
    [e.tenantId, sequence, e.userId, e.type, e.atMs]);
  return sequence;
}
