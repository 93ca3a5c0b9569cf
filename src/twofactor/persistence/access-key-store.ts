/**
 * API keys (WsAccessKeys): created (the key shown once), looked up by their HMAC, revoked. The
 * lookup goes through the unique index on the HMAC — its timing says nothing useful about the key,
 * since the HMAC is keyed by the pepper — and the stored hash is then compared again byte for byte
 * in constant time, so a collation that compares case-insensitively (MariaDB's) cannot widen a match.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import { hashAccessKey, newAccessKey } from '../domain/access-key.js';
import type { Database } from './database.js';
import { ApiAccessKeyEntity } from './entities/index.js';

export interface AccessKeyOwner {
  readonly tenantId: string;
  readonly userId: string;
}

export class AccessKeyStore {
  constructor(private readonly db: Database, private readonly pepper: Buffer) {}

  /** Registers a key (a new random one unless given) and returns it: the only time it is readable. */
  async create(p: AccessKeyOwner & { label?: string; key?: string }, now = Date.now()): Promise<string> {
    const key = p.key ?? newAccessKey();
    const keyHash = hashAccessKey(this.pepper, key);
    await this.db.run((m) => m.createQueryBuilder().insert().into(ApiAccessKeyEntity)
      .values({ keyHash, tenantId: p.tenantId, userId: p.userId, label: p.label ?? null, createdAtMs: now, revokedAtMs: null }).orIgnore().execute());
    return key;
  }

  async authenticate(key: string): Promise<Principal | undefined> {
    const keyHash = hashAccessKey(this.pepper, key);
    const row = await this.db.run((m) => m.getRepository(ApiAccessKeyEntity).findOneBy({ keyHash }));
    if (!row || row.revokedAtMs !== null) return undefined;
    const stored = Buffer.from(row.keyHash, 'utf8');
    const computed = Buffer.from(keyHash, 'utf8');
    if (stored.length !== computed.length || !timingSafeEqual(stored, computed)) return undefined;
    return { tenantId: row.tenantId, userId: row.userId, accountName: row.userId, provider: 'apikey', roles: [], permissions: [] };
  }

  async revoke(key: string, now = Date.now()): Promise<void> {
    await this.db.run((m) => m.createQueryBuilder().update(ApiAccessKeyEntity).set({ revokedAtMs: now })
      .where({ keyHash: hashAccessKey(this.pepper, key) }).execute());
  }
}
