/**
 * Finds and checks the caller's credential: `Authorization: Bearer <JWT>`, else an API key in the
 * `X-WsAccessKey` header, else — on the partner API only, for seed 001 compatibility — the legacy
 * `WsAccessKey` query parameter. A credential that is present but bad is never skipped in favour
 * of another one. The log gets the reason, never the credential.
 */
import type { ServiceContext } from '../../index.js';
import type { Logger } from '../logger.js';
import { requestLog } from '../request-log.js';
import type { AccessKeyStore } from '../persistence/access-key-store.js';
import type { JwtVerifier } from './jwt-verifier.js';
import type { Principal } from './principal.js';

export type AuthFailure = 'missing' | 'malformed-header' | 'invalid';
export type AuthOutcome = { ok: true; principal: Principal } | { ok: false; reason: AuthFailure };

export class Authenticator {
  constructor(private readonly jwt: JwtVerifier, private readonly keys: AccessKeyStore, private readonly log: Logger) {}

  async authenticate(ctx: ServiceContext, options: { allowQueryKey: boolean }): Promise<AuthOutcome> {
    const authorization = ctx.header('authorization');
    if (authorization !== undefined) {
      const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
      if (!m) return this.fail(ctx, 'malformed-header', 'authorization header is not a bearer token');
      const r = await this.jwt.verify(m[1]!);
      return r.ok ? r : this.fail(ctx, 'invalid', `jwt ${r.reason}`);
    }
    const key = ctx.header('x-wsaccesskey')?.trim() || (options.allowQueryKey ? queryValue(ctx, 'WsAccessKey')?.trim() : undefined);
    if (!key) return { ok: false, reason: 'missing' };
    const principal = key.length <= 256 ? await this.keys.authenticate(key) : undefined;
    return principal ? { ok: true, principal } : this.fail(ctx, 'invalid', 'unknown or revoked access key');
  }

  private fail(ctx: ServiceContext, reason: AuthFailure, detail: string): AuthOutcome {
    requestLog(this.log, ctx.request).warn('auth.failed', { operation: ctx.operationName, reason: detail });
    return { ok: false, reason };
  }
}

/** Query-string keys are matched case-insensitively, as ASP.NET binds URI parameters. */
export function queryValue(ctx: ServiceContext, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of ctx.query) if (k.toLowerCase() === lower) return v;
  return undefined;
}
