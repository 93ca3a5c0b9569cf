/** WsAccessKeys: created (key shown once), looked up by their HMAC, revoked. */
import { hashAccessKey, newAccessKey } from '../domain/access-key.js';
import type { Database } from './database.js';
import { ApiAccessKeyEntity } from './entities/index.js';

export interface Principal {
  readonly fileId: number;
  readonly userId: string;
}

export class AccessKeyStore {
  constructor(private readonly db: Database, private readonly pepper: Buffer) {}

  /** Registers a key (a new random one unless given) and returns it: the only time it is readable. */
  async create(p: Principal & { label?: string; key?: string }, now = Date.now()): Promise<string> {
    const key = p.key ?? newAccessKey();
    const keyHash = hashAccessKey(this.pepper, key);
    await this.db.run((m) => m.createQueryBuilder().insert().into(ApiAccessKeyEntity)
      .values({ keyHash, fileId: p.fileId, userId: p.userId, label: p.label ?? null, createdAtMs: now, revokedAtMs: null }).orIgnore().execute());
    return key;
  }

  async authenticate(key: string): Promise<Principal | undefined> {
    const row = await this.db.run((m) => m.getRepository(ApiAccessKeyEntity).findOneBy({ keyHash: hashAccessKey(this.pepper, key) }));
    return row && row.revokedAtMs === null ? { fileId: row.fileId, userId: row.userId } : undefined;
  }
}
