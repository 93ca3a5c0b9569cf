/**
 * Development credentials for the embedded default: a bearer JWT signed with the configured HS256
 * secret (./data/.jwt-secret unless AUTH_JWT_SECRET is set) and a new API key stored (hashed) in
 * the configured database. Run it from the folder the server runs in:
 *
 *   npm run dev:credentials -- [--tenant 1] [--user <id>] [--name <login name>] [--ttl <seconds>] [--json]
 *
 * Refused when NODE_ENV=production: production tokens come from the identity provider.
 */
import { randomUUID } from 'node:crypto';
import { signDevToken } from './auth/dev-token.js';
import { isTenantId } from './auth/tenant.js';
import { ConfigError, loadConfig } from './config.js';
import { AccessKeyStore } from './persistence/access-key-store.js';
import { createDataSource, databaseKindOf } from './persistence/create-data-source.js';
import { Database } from './persistence/database.js';

interface Options { tenant: string; user: string; name?: string; ttl: number; json: boolean }

function parseArgs(argv: string[]): Options {
  const o: Options = { tenant: '1', user: randomUUID(), ttl: 3600, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => { const v = argv[++i]; if (v === undefined) throw new ConfigError(`${a} needs a value`); return v; };
    if (a === '--tenant') o.tenant = value();
    else if (a === '--user') o.user = value();
    else if (a === '--name') o.name = value();
    else if (a === '--ttl') o.ttl = Number(value());
    else if (a === '--json') o.json = true;
    else throw new ConfigError(`unknown option ${a}`);
  }
  if (!isTenantId(o.tenant)) throw new ConfigError('--tenant must be 1–64 letters, digits, "-" or "_"');
  if (!o.user || o.user.length > 64) throw new ConfigError('--user must be 1–64 characters');
  if (!Number.isInteger(o.ttl) || o.ttl < 60 || o.ttl > 30 * 86_400) throw new ConfigError('--ttl must be 60…2592000 seconds');
  return o;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.production) throw new ConfigError('dev-credentials is for development only (NODE_ENV=production)');
  const o = parseArgs(process.argv.slice(2));
  const token = config.auth.algorithm === 'HS256'
    ? await signDevToken(config.auth, { tenantId: o.tenant, userId: o.user, ttlSeconds: o.ttl, ...(o.name ? { accountName: o.name } : {}) })
    : undefined;
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  let apiKey: string;
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    apiKey = await new AccessKeyStore(new Database(dataSource, databaseKindOf(config.databaseUrl)), config.pepper)
      .create({ tenantId: o.tenant, userId: o.user, label: 'dev-credentials' });
  } finally {
    await dataSource.destroy();
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify({ tenantId: o.tenant, userId: o.user, token: token ?? null, apiKey })}\n`);
    return;
  }
  const base = `http://localhost:${config.port}`;
  process.stdout.write([
    `tenant (OrganisationId / resourceOwner / FileId): ${o.tenant}`,
    `user: ${o.user}`,
    token ? `bearer token (valid ${o.ttl} s): ${token}` : 'bearer token: none (AUTH_JWT_ALGORITHM=RS256: get one from your identity provider)',
    `API key (X-WsAccessKey header; shown once): ${apiKey}`,
    '',
    'Try:',
    token ? `  curl -X PUT -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' -d '{"organisationId":"${o.tenant}"}' ${base}/users/2fa/generate-key` : '',
    `  curl -X POST -H "X-WsAccessKey: ${apiKey}" ${base}/auth/v1/users/me/auth_factors/_search`,
    '',
  ].join('\n'));
}

main().catch((e: unknown) => {
  const message = e instanceof ConfigError ? e.message : `${(e as Error)?.name ?? 'Error'}: ${(e as Error)?.message ?? String(e)}`;
  process.stderr.write(`dev-credentials: ${message}\n`);
  process.exit(1);
});
