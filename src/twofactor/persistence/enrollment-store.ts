/** Numbers registered for 2FA (one row per file, user and number; its id is the ProviderUserId). */
import type { Database } from './database.js';
import { EnrollmentEntity } from './entities/index.js';

export class EnrollmentStore {
  constructor(private readonly db: Database) {}

  /** The enrollment of this number for this user, created pending if new. */
  async upsert(fileId: number, userId: string, gsmNumber: string, now: number): Promise<EnrollmentEntity> {
    return this.db.run(async (m) => {
      const repo = m.getRepository(EnrollmentEntity);
      await m.createQueryBuilder().insert().into(EnrollmentEntity)
        .values({ fileId, userId, gsmNumber, status: 'pending', createdAtMs: now, verifiedAtMs: null }).orIgnore().execute();
      return repo.findOneByOrFail({ fileId, userId, gsmNumber });
    });
  }

  /** Only the owner's enrollment: another file's or user's id looks exactly like an unknown one. */
  find(id: number, fileId: number, userId: string): Promise<EnrollmentEntity | null> {
    return this.db.run((m) => m.getRepository(EnrollmentEntity).findOneBy({ id, fileId, userId }));
  }

  /** Whether the user has a verified (opted-in) mobile number in this file. */
  async hasVerifiedNumber(fileId: number, userId: string): Promise<boolean> {
    const n = await this.db.run((m) => m.getRepository(EnrollmentEntity).countBy({ fileId, userId, status: 'active' }));
    return n > 0;
  }

  async activate(id: number, now: number): Promise<void> {
    await this.db.run((m) => m.createQueryBuilder().update(EnrollmentEntity).set({ status: 'active', verifiedAtMs: now }).where({ id }).execute());
  }
}
