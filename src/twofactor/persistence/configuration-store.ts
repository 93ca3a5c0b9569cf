/**
 * TwoFactorConfiguration rows, cached briefly: they are read on every request and change rarely.
 * A tenant's own rows (self-service) are read and written only with the tenant in the condition,
 * so another tenant's id is the same "not found" as a missing one; the seeded rows (no tenant)
 * stay the operator's. A deleted row stays (deleted_at_ms), answering as a missing one, so its id
 * — which old OTPs and callers still name — never comes back for another tenant. A change drops this process's cached copy; other processes see it within TTL_MS.
 */
import { IsNull, QueryFailedError } from 'typeorm';
import type { ConfigurationValues } from '../domain/configuration-settings.js';
import type { LocalizedTemplates } from '../domain/message-template.js';
import type { Database } from './database.js';
import { TwoFactorConfigurationEntity } from './entities/index.js';
import { exec, num } from './sql.js';

const TTL_MS = 5000;
const INSERT_TRIES = 5;

export class ConfigurationStore {
  private readonly cache = new Map<number, { at: number; row: TwoFactorConfigurationEntity | null }>();

  constructor(private readonly db: Database) {}

  async find(id: number): Promise<TwoFactorConfigurationEntity | null> {
    const hit = this.cache.get(id);
    const now = Date.now();
    if (hit && now - hit.at < TTL_MS) return hit.row;
    const row = await this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).findOneBy({ id, deletedAtMs: IsNull() }));
    this.cache.set(id, { at: now, row });
    return row;
  }

  listOwned(tenant: string): Promise<TwoFactorConfigurationEntity[]> {
    return this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).find({ where: { tenant, deletedAtMs: IsNull() }, order: { id: 'ASC' } }));
  }

  findOwned(id: number, tenant: string): Promise<TwoFactorConfigurationEntity | null> {
    return this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).findOneBy({ id, tenant, deletedAtMs: IsNull() }));
  }

  /** A new row with the next id; a concurrent create that took the same id makes this one try the next. */
  async create(tenant: string, values: ConfigurationValues, now: number): Promise<TwoFactorConfigurationEntity> {
    for (let attempt = 1; ; attempt++) {
      const { rows } = await this.db.run((m) => exec(m, 'SELECT COALESCE(MAX(id), 0) AS id FROM two_factor_configuration'));
      const row = Object.assign(new TwoFactorConfigurationEntity(), values, { id: num(rows[0]!.id) + 1, tenant, deletedAtMs: null, createdAtMs: now, updatedAtMs: now });
      try {
        await this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).insert(row));
        return row;
      } catch (e) {
        if (!(e instanceof QueryFailedError) || attempt >= INSERT_TRIES) throw e;
      }
    }
  }

  async update(row: TwoFactorConfigurationEntity, values: ConfigurationValues, now: number): Promise<TwoFactorConfigurationEntity> {
    const changed = Object.assign(new TwoFactorConfigurationEntity(), row, values, { updatedAtMs: now });
    await this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).update({ id: row.id, tenant: row.tenant!, deletedAtMs: IsNull() }, { ...values, updatedAtMs: now }));
    this.cache.delete(row.id);
    return changed;
  }

  /** True when the tenant had the configuration. */
  async remove(id: number, tenant: string, now: number): Promise<boolean> {
    const r = await this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).update({ id, tenant, deletedAtMs: IsNull() }, { deletedAtMs: now, enabled: false, updatedAtMs: now }));
    this.cache.delete(id);
    return (r.affected ?? 0) > 0;
  }
}

/** A configuration's templates as the message-template chooser reads them. */
export function templatesOf(c: TwoFactorConfigurationEntity): LocalizedTemplates {
  return { template: c.messageTemplate, defaultLocale: c.defaultLocale, byLocale: c.messageTemplates ? JSON.parse(c.messageTemplates) as Record<string, string> : {} };
}
