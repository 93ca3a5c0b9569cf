/** TwoFactorConfiguration rows, cached briefly: they are read on every request and change rarely. */
import type { Database } from './database.js';
import { TwoFactorConfigurationEntity } from './entities/index.js';

const TTL_MS = 5000;

export class ConfigurationStore {
  private readonly cache = new Map<number, { at: number; row: TwoFactorConfigurationEntity | null }>();

  constructor(private readonly db: Database) {}

  async find(id: number): Promise<TwoFactorConfigurationEntity | null> {
    const hit = this.cache.get(id);
    const now = Date.now();
    if (hit && now - hit.at < TTL_MS) return hit.row;
    const row = await this.db.run((m) => m.getRepository(TwoFactorConfigurationEntity).findOneBy({ id }));
    this.cache.set(id, { at: now, row });
    return row;
  }
}
