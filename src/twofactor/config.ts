/**
 * The service's environment, read and validated once at start-up. Anything invalid stops the
 * process with a message naming the variable — never its value, since several are secrets.
 *
 *   PORT                        HTTP port (default 5000)
 *   DATABASE_URL                sqlite:<file> | sqlite::memory: | mysql://… | mariadb://…
 *                               (default sqlite:./data/stackport.sqlite, WAL)
 *   OTP_PEPPER                  ≥ 32 bytes of secret (hex, base64 or text) keying the code HMACs and the
 *                               outbox encryption. Required in production; elsewhere a random one is
 *                               generated once into ./data/.otp-pepper.
 *   OTP_PEPPER_ID               id stored with each hash, for rotation (default k1)
 *   SMS_PROVIDER                messagebird | development (default: messagebird when MESSAGEBIRD_ACCESS_KEY
 *                               is set, else development; development is refused in production)
 *   MESSAGEBIRD_ACCESS_KEY      the MessageBird REST key
 *   MESSAGEBIRD_TIMEOUT_MS      socket timeout of one send (default 10000)
 *   PHONE_DEFAULT_REGION        ISO country for national-format numbers (default TR)
 *   OTP_EXPOSE_CODE             true: OtpCode in responses (development only; refused in production)
 *   DEV_SMS_PAGE                true: GET /dev/sms shows the development sender's messages to loopback
 *                               clients (default off; needs SMS_PROVIDER=development; refused in production)
 *   SMTP_URL                    where email codes go (nodemailer: smtp://user:pass@host:587, smtps://…:465);
 *                               the credentials in it are a secret and never logged
 *   MAIL_FROM                   the From of email codes (required with SMTP_URL)
 *   MAIL_PROVIDER               smtp | development | none (default: smtp when SMTP_URL is set, else
 *                               development, or none in production: email codes are then refused)
 *   MAIL_TIMEOUT_MS             connection, greeting and socket timeout of one SMTP send (default 10000)
 *   DEV_MAIL_PAGE               true: GET /dev/mail shows the development mail sender's messages, on the
 *                               same terms as DEV_SMS_PAGE (needs MAIL_PROVIDER=development)
 *   PHONE_CONFIGURATION_ID      TwoFactorConfiguration of the codes /auth/v1/users/me/phone sends (default 1)
 *   TWOFACTOR_HTTP_STATUS       envelope (default: HTTP 200 for business outcomes, as the original) |
 *                               strict (429, 410, 400, 502… per response code; Retry-After in both)
 *   OPTIN_CONFIGURATION_ID      TwoFactorConfiguration used by /User/opt-in-to-2fa (default 2)
 *   BOOTSTRAP_WS_ACCESS_KEY, BOOTSTRAP_TENANT_ID (or BOOTSTRAP_FILE_ID), BOOTSTRAP_USER_ID
 *                               optional: registers one API key / WsAccessKey (stored hashed) at start-up
 *   AUTH_JWT_ALGORITHM          HS256 (default: a shared secret) | RS256 (keys from AUTH_JWKS_URL)
 *   AUTH_JWT_SECRET             HS256 key, ≥ 32 bytes (hex, base64 or text). Required in production;
 *                               elsewhere generated once into ./data/.jwt-secret
 *   AUTH_JWKS_URL               RS256: the issuer's JWKS (https in production)
 *   AUTH_JWT_ISSUER             required `iss` (default stackport-dev; required in production)
 *   AUTH_JWT_AUDIENCE           required `aud` (default stackport; required in production)
 *   AUTH_JWT_TENANT_CLAIM       claim naming the caller's tenant (default Zitadel's
 *                               urn:zitadel:iam:user:resourceowner:id)
 *   AUTH_JWT_CLOCK_TOLERANCE_S  allowed clock skew for exp/nbf/iat (default 5)
 *   TOTP_ISSUER                 issuer shown by authenticator apps (default Stackport; no ':')
 *   TOTP_ENCRYPTION_KEY         ≥ 32 bytes keying the encryption of TOTP secrets at rest; default: derived
 *                               from OTP_PEPPER
 *   DISPATCH_POLL_MS, DISPATCH_MAX_ATTEMPTS, DISPATCH_BACKOFF_MS, DISPATCH_MAX_BACKOFF_MS
 *                               outbox dispatcher tuning (250, 8, 1000, 60000)
 *   DATABASE_POOL_SIZE          MariaDB connections per process (default 25; SQLite has one connection)
 *   LOG_LEVEL                   debug | info (default) | warn | error
 *   SHUTDOWN_TIMEOUT_MS         how long SIGTERM waits for requests and the outbox batch (default 10000)
 *   WORKERS                     processes serving the port (default 1); > 1 needs MariaDB/MySQL
 *   IDEMPOTENCY_TTL_SECONDS     how long an Idempotency-Key's answer is kept (default 86400)
 *   WEBAUTHN_RP_ID              the relying party id security keys and passkeys are bound to: the relying
 *                               app's registrable domain (default localhost outside production)
 *   WEBAUTHN_RP_NAME            the name authenticators show (default Stackport)
 *   WEBAUTHN_ORIGINS            comma-separated origins whose pages may run the ceremonies (default
 *                               http://localhost:<PORT> outside production; https only in production).
 *                               In production, without both the WebAuthn routes answer "not configured".
 *   WEBAUTHN_CHALLENGE_TTL_S    how long a registration or check challenge stays valid (default 300)
 *   WEBHOOK_POLL_MS, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_BACKOFF_MS, WEBHOOK_MAX_BACKOFF_MS, WEBHOOK_TIMEOUT_MS
 *                               status-callback worker tuning (1000, 15, 5000, 3600000, 10000)
 *   WEBHOOK_ALLOW_PRIVATE_NETWORKS  true: webhook URLs on loopback/private addresses (tests and development;
 *                               refused in production)
 *   MESSAGEBIRD_REPORT_URL, MESSAGEBIRD_SIGNING_KEY
 *                               together: take in MessageBird's status reports at that URL's path, verified
 *                               with the account's signing key (https in production)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { isTenantId } from './auth/tenant.js';
import { isWeakSecret } from './domain/weak-secret.js';
import type { LogLevel } from './logger.js';
import type { DeliveryReportSettings } from './sms/delivery-report-endpoint.js';

export type SmsProviderName = 'messagebird' | 'development';
export type MailProviderName = 'smtp' | 'development' | 'none';

export interface MailSettings {
  provider: MailProviderName;
  smtpUrl?: string;
  from: string;
  timeoutMs: number;
  /** GET /dev/mail: only when asked for explicitly (DEV_MAIL_PAGE=true). */
  devPage?: boolean;
}
export type HttpStatusMode = 'envelope' | 'strict';

export interface DispatcherSettings {
  pollMs: number;
  maxAttempts: number;
  backoffMs: number;
  maxBackoffMs: number;
  /** How long a claimed message may stay "sending" before it counts as unconfirmed. */
  leaseMs: number;
}

export interface WebhookSettings {
  pollMs: number;
  /** Attempts per event before it is given up (failed). */
  maxAttempts: number;
  backoffMs: number;
  maxBackoffMs: number;
  /** How long a claimed event may stay "sending" before another worker may post it again. */
  leaseMs: number;
  timeoutMs: number;
  /** Loopback and private receivers (tests and development only; refused in production). */
  allowPrivateNetworks: boolean;
}

export const DEFAULT_WEBHOOKS: WebhookSettings = {
  pollMs: 1000, maxAttempts: 15, backoffMs: 5000, maxBackoffMs: 3_600_000, leaseMs: 60_000, timeoutMs: 10_000, allowPrivateNetworks: false,
};

export interface TwoFactorConfig {
  port: number;
  databaseUrl: string;
  production: boolean;
  pepper: Buffer;
  pepperKeyId: string;
  smsProvider: SmsProviderName;
  messageBirdAccessKey?: string;
  messageBirdTimeoutMs: number;
  defaultRegion: CountryCode;
  exposeOtpCode: boolean;
  /** GET /dev/sms: only when asked for explicitly (DEV_SMS_PAGE=true). */
  devSmsPage?: boolean;
  httpStatusMode: HttpStatusMode;
  optInConfigurationId: number;
  bootstrapAccessKey?: { key: string; tenantId: string; userId: string };
  /** Email codes; absent = the development mail sender. */
  mail?: MailSettings;
  /** The configuration of Zitadel's phone verification codes (default 1). */
  phoneConfigurationId?: number;
  dispatcher: DispatcherSettings;
  auth: AuthSettings;
  totp: TotpSettings;
  /** MariaDB pool size per process (default 25). */
  databasePoolSize?: number;
  logLevel?: LogLevel;
  /** SIGTERM: how long to wait for requests in flight and the outbox batch before exiting anyway. */
  shutdownTimeoutMs?: number;
  /** How long an Idempotency-Key's stored answer is replayed (default 86400 s). */
  idempotencyTtlSeconds?: number;
  /** Worker processes (node:cluster); > 1 only with MariaDB/MySQL. */
  workers?: number;
  /** Status callbacks; undefined = DEFAULT_WEBHOOKS. */
  webhooks?: WebhookSettings;
  /** MessageBird delivery reports; undefined = not taken in. */
  messageBirdReports?: DeliveryReportSettings;
  /** Security keys and passkeys; undefined = off in production, development defaults (localhost, the port) elsewhere. */
  webauthn?: WebauthnSettings;
}

export interface WebauthnSettings {
  rpId: string;
  rpName: string;
  origins: string[];
  challengeTtlMs: number;
}

export interface AuthSettings {
  algorithm: 'HS256' | 'RS256';
  /** HS256 key. */
  jwtSecret?: Buffer;
  /** RS256 key set. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  tenantClaim: string;
  clockToleranceSeconds: number;
}

export interface TotpSettings {
  issuer: string;
  /** Keys the SecretBox of TOTP secrets; undefined = derived from the pepper. */
  encryptionKey?: Buffer;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/stackport.sqlite';
export const DEFAULT_DISPATCHER: DispatcherSettings = { pollMs: 250, maxAttempts: 8, backoffMs: 1000, maxBackoffMs: 60_000, leaseMs: 60_000 };

export function loadConfig(env: Env = process.env, cwd = process.cwd()): TwoFactorConfig {
  const production = env.NODE_ENV === 'production';
  const exposeOtpCode = bool(env, 'OTP_EXPOSE_CODE', false);
  if (exposeOtpCode && production) throw new ConfigError('OTP_EXPOSE_CODE must not be set when NODE_ENV=production');
  const mbKey = env.MESSAGEBIRD_ACCESS_KEY?.trim() || undefined;
  const smsProvider = oneOf(env, 'SMS_PROVIDER', ['messagebird', 'development'] as const, mbKey ? 'messagebird' : 'development');
  if (smsProvider === 'messagebird' && !mbKey) throw new ConfigError('SMS_PROVIDER=messagebird needs MESSAGEBIRD_ACCESS_KEY');
  if (smsProvider === 'development' && production) throw new ConfigError('SMS_PROVIDER=development is not allowed when NODE_ENV=production');
  const devSmsPage = bool(env, 'DEV_SMS_PAGE', false);
  if (devSmsPage && production) throw new ConfigError('DEV_SMS_PAGE must not be set when NODE_ENV=production');
  if (devSmsPage && smsProvider !== 'development') throw new ConfigError('DEV_SMS_PAGE needs SMS_PROVIDER=development');
  const region = (env.PHONE_DEFAULT_REGION ?? 'TR').toUpperCase();
  if (!isSupportedCountry(region)) throw new ConfigError('PHONE_DEFAULT_REGION must be an ISO 3166 country code libphonenumber knows');
  const databaseUrl = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  return {
    port: int(env, 'PORT', 5000, 0, 65535),
    databaseUrl,
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 25, 1, 500),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    idempotencyTtlSeconds: int(env, 'IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 30 * 86_400),
    workers: workers(env, databaseUrl),
    production,
    pepper: pepper(env, production, cwd),
    pepperKeyId: (env.OTP_PEPPER_ID ?? 'k1').slice(0, 16),
    smsProvider,
    ...(mbKey ? { messageBirdAccessKey: mbKey } : {}),
    messageBirdTimeoutMs: int(env, 'MESSAGEBIRD_TIMEOUT_MS', 10_000, 100, 120_000),
    defaultRegion: region,
    exposeOtpCode,
    devSmsPage,
    httpStatusMode: oneOf(env, 'TWOFACTOR_HTTP_STATUS', ['envelope', 'strict'] as const, 'envelope'),
    optInConfigurationId: int(env, 'OPTIN_CONFIGURATION_ID', 2, 1, 2 ** 31 - 1),
    ...bootstrapKey(env, production),
    mail: mailSettings(env, production),
    phoneConfigurationId: int(env, 'PHONE_CONFIGURATION_ID', 1, 1, 2 ** 31 - 1),
    dispatcher: {
      pollMs: int(env, 'DISPATCH_POLL_MS', DEFAULT_DISPATCHER.pollMs, 10, 60_000),
      maxAttempts: int(env, 'DISPATCH_MAX_ATTEMPTS', DEFAULT_DISPATCHER.maxAttempts, 1, 100),
      backoffMs: int(env, 'DISPATCH_BACKOFF_MS', DEFAULT_DISPATCHER.backoffMs, 1, 3_600_000),
      maxBackoffMs: int(env, 'DISPATCH_MAX_BACKOFF_MS', DEFAULT_DISPATCHER.maxBackoffMs, 1, 3_600_000),
      leaseMs: DEFAULT_DISPATCHER.leaseMs,
    },
    auth: authSettings(env, production, cwd),
    totp: totpSettings(env, production),
    ...webauthnSettings(env, production),
    webhooks: webhookSettings(env, production),
    ...messageBirdReports(env, production),
  };
}

function webhookSettings(env: Env, production: boolean): WebhookSettings {
  const allowPrivateNetworks = bool(env, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS', false);
  if (allowPrivateNetworks && production) throw new ConfigError('WEBHOOK_ALLOW_PRIVATE_NETWORKS must not be set when NODE_ENV=production');
  const d = DEFAULT_WEBHOOKS;
  return {
    pollMs: int(env, 'WEBHOOK_POLL_MS', d.pollMs, 10, 60_000), maxAttempts: int(env, 'WEBHOOK_MAX_ATTEMPTS', d.maxAttempts, 1, 100),
    backoffMs: int(env, 'WEBHOOK_BACKOFF_MS', d.backoffMs, 1, 3_600_000), maxBackoffMs: int(env, 'WEBHOOK_MAX_BACKOFF_MS', d.maxBackoffMs, 1, 86_400_000),
    timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', d.timeoutMs, 100, 60_000), leaseMs: d.leaseMs, allowPrivateNetworks,
  };
}

function messageBirdReports(env: Env, production: boolean): Pick<TwoFactorConfig, 'messageBirdReports'> {
  const reportUrl = env.MESSAGEBIRD_REPORT_URL?.trim();
  const signingKey = env.MESSAGEBIRD_SIGNING_KEY?.trim();
  if (!reportUrl && !signingKey) return {};
  if (!reportUrl || !signingKey) throw new ConfigError('MESSAGEBIRD_REPORT_URL and MESSAGEBIRD_SIGNING_KEY go together');
  let url: URL;
  try { url = new URL(reportUrl); } catch { throw new ConfigError('MESSAGEBIRD_REPORT_URL must be an absolute URL'); }
  if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) throw new ConfigError('MESSAGEBIRD_REPORT_URL must be https');
  return { messageBirdReports: { reportUrl: url.toString(), signingKey } };
}

/** The SQLite file a `sqlite:` URL names, resolved against cwd; undefined for other databases. */
export function sqliteFileOf(databaseUrl: string, cwd = process.cwd()): string | undefined {
  if (!databaseUrl.startsWith('sqlite:')) return undefined;
  const path = databaseUrl.slice('sqlite:'.length).replace(/^\/\//, '');
  return path === ':memory:' ? path : resolve(cwd, path);
}

function pepper(env: Env, production: boolean, cwd: string): Buffer {
  const raw = env.OTP_PEPPER?.trim();
  if (raw) {
    const bytes = decodeSecret(raw);
    if (bytes.length < 32) throw new ConfigError('OTP_PEPPER must hold at least 32 bytes (64 hex digits, 44 base64 characters or 32 characters of text)');
    if (production && isWeakSecret(bytes)) throw new ConfigError('OTP_PEPPER is too weak for production: use 32 random bytes');
    return bytes;
  }
  if (production) throw new ConfigError('OTP_PEPPER is required when NODE_ENV=production');
  return developmentSecret(cwd, '.otp-pepper');
}

/** Development only: one random secret per data folder, so OTPs, queued SMS and tokens survive restarts. */
export function developmentSecret(cwd: string, name: string): Buffer {
  const file = resolve(cwd, 'data', name);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process (the dev-credentials CLI, a second server) created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return decodeSecret(readFileSync(file, 'utf8').trim());
}

function secretBytes(env: Env, name: string, production: boolean): Buffer | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const bytes = decodeSecret(raw);
  if (bytes.length < 32) throw new ConfigError(`${name} must hold at least 32 bytes (64 hex digits, 44 base64 characters or 32 characters of text)`);
  if (production && isWeakSecret(bytes)) throw new ConfigError(`${name} is too weak for production: use 32 random bytes`);
  return bytes;
}

function authSettings(env: Env, production: boolean, cwd: string): AuthSettings {
  const algorithm = oneOf(env, 'AUTH_JWT_ALGORITHM', ['hs256', 'rs256'] as const, 'hs256').toUpperCase() as AuthSettings['algorithm'];
  const issuer = env.AUTH_JWT_ISSUER?.trim();
  const audience = env.AUTH_JWT_AUDIENCE?.trim();
  if (production && (!issuer || !audience)) throw new ConfigError('AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE are required when NODE_ENV=production');
  const base = {
    algorithm, issuer: issuer || 'stackport-dev', audience: audience || 'stackport',
    tenantClaim: env.AUTH_JWT_TENANT_CLAIM?.trim() || 'urn:zitadel:iam:user:resourceowner:id',
    clockToleranceSeconds: int(env, 'AUTH_JWT_CLOCK_TOLERANCE_S', 5, 0, 300),
  };
  if (algorithm === 'RS256') {
    const url = env.AUTH_JWKS_URL?.trim();
    if (!url) throw new ConfigError('AUTH_JWT_ALGORITHM=RS256 needs AUTH_JWKS_URL');
    let parsed: URL;
    try { parsed = new URL(url); } catch { throw new ConfigError('AUTH_JWKS_URL must be an absolute URL'); }
    if (parsed.protocol !== 'https:' && (production || parsed.protocol !== 'http:')) throw new ConfigError('AUTH_JWKS_URL must use https (http only outside production)');
    return { ...base, jwksUrl: parsed.toString() };
  }
  const secret = secretBytes(env, 'AUTH_JWT_SECRET', production);
  if (!secret && production) throw new ConfigError('AUTH_JWT_SECRET is required when NODE_ENV=production (or use AUTH_JWT_ALGORITHM=RS256)');
  return { ...base, jwtSecret: secret ?? developmentSecret(cwd, '.jwt-secret') };
}

function totpSettings(env: Env, production: boolean): TotpSettings {
  const issuer = (env.TOTP_ISSUER ?? 'Stackport').trim();
  if (!issuer || issuer.length > 64 || /[:\x00-\x1f]/.test(issuer)) throw new ConfigError('TOTP_ISSUER must be 1–64 printable characters without ":"');
  const encryptionKey = secretBytes(env, 'TOTP_ENCRYPTION_KEY', production);
  return { issuer, ...(encryptionKey ? { encryptionKey } : {}) };
}

/**
 * Defaults for development only: a production deployment names its relying party and origins, or
 * has no WebAuthn (an RP id guessed wrong would bind every registered key to it).
 */
export function webauthnSettings(env: Env, production: boolean): Pick<TwoFactorConfig, 'webauthn'> {
  const rpId = env.WEBAUTHN_RP_ID?.trim().toLowerCase() || undefined;
  const originList = env.WEBAUTHN_ORIGINS?.trim() || undefined;
  if (production && !rpId && !originList) return {};
  if (production && (!rpId || !originList)) throw new ConfigError('WEBAUTHN_RP_ID and WEBAUTHN_ORIGINS go together when NODE_ENV=production');
  if (rpId !== undefined && !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(rpId)) throw new ConfigError('WEBAUTHN_RP_ID must be a domain name (no scheme, port or path)');
  const origins = (originList ?? `http://localhost:${env.PORT?.trim() || 5000}`).split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of origins) {
    let u: URL;
    try { u = new URL(o); } catch { throw new ConfigError('WEBAUTHN_ORIGINS must list absolute origins such as https://app.example.com'); }
    if (u.origin !== o || (u.protocol !== 'https:' && (production || u.protocol !== 'http:'))) throw new ConfigError('WEBAUTHN_ORIGINS must list origins (scheme://host[:port], https in production)');
  }
  const rpName = (env.WEBAUTHN_RP_NAME ?? 'Stackport').trim();
  if (!rpName || rpName.length > 64) throw new ConfigError('WEBAUTHN_RP_NAME must be 1–64 characters');
  return { webauthn: { rpId: rpId ?? 'localhost', rpName, origins, challengeTtlMs: int(env, 'WEBAUTHN_CHALLENGE_TTL_S', 300, 30, 3600) * 1000 } };
}

function mailSettings(env: Env, production: boolean): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  const provider = oneOf(env, 'MAIL_PROVIDER', ['smtp', 'development', 'none'] as const, smtpUrl ? 'smtp' : production ? 'none' : 'development');
  if (provider === 'smtp' && !smtpUrl) throw new ConfigError('MAIL_PROVIDER=smtp needs SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\/[^/?#\s]+/i.test(smtpUrl)) throw new ConfigError('SMTP_URL must be smtp://host[:port] or smtps://host[:port]');
  if (provider === 'development' && production) throw new ConfigError('MAIL_PROVIDER=development is not allowed when NODE_ENV=production');
  const from = env.MAIL_FROM?.trim() ?? '';
  if (provider === 'smtp' && !/^[^\r\n]*@[^\r\n]+$/.test(from)) throw new ConfigError('MAIL_FROM must be an email address (with SMTP_URL)');
  const devPage = bool(env, 'DEV_MAIL_PAGE', false);
  if (devPage && production) throw new ConfigError('DEV_MAIL_PAGE must not be set when NODE_ENV=production');
  if (devPage && provider !== 'development') throw new ConfigError('DEV_MAIL_PAGE needs MAIL_PROVIDER=development');
  return { provider, ...(smtpUrl ? { smtpUrl } : {}), from: from || 'Stackport <no-reply@localhost>', timeoutMs: int(env, 'MAIL_TIMEOUT_MS', 10_000, 100, 120_000), devPage };
}

function decodeSecret(raw: string): Buffer {
  if (/^[0-9a-fA-F]+$/.test(raw) && raw.length % 2 === 0) return Buffer.from(raw, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw) && raw.length >= 43) return Buffer.from(raw, 'base64');
  return Buffer.from(raw, 'utf8');
}

function bootstrapKey(env: Env, production: boolean): Pick<TwoFactorConfig, 'bootstrapAccessKey'> {
  const key = env.BOOTSTRAP_WS_ACCESS_KEY?.trim();
  if (!key) return {};
  if (key.length < 24) throw new ConfigError('BOOTSTRAP_WS_ACCESS_KEY must be at least 24 characters');
  if (production && isWeakSecret(Buffer.from(key), 24)) throw new ConfigError('BOOTSTRAP_WS_ACCESS_KEY is too weak for production');
  const userId = (env.BOOTSTRAP_USER_ID ?? '00000000-0000-0000-0000-000000000001').toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(userId)) throw new ConfigError('BOOTSTRAP_USER_ID must be a Guid');
  const tenantId = env.BOOTSTRAP_TENANT_ID?.trim() || String(int(env, 'BOOTSTRAP_FILE_ID', 1, 1, 2 ** 31 - 1));
  if (!isTenantId(tenantId)) throw new ConfigError('BOOTSTRAP_TENANT_ID must be 1–64 letters, digits, "-" or "_"');
  return { bootstrapAccessKey: { key, tenantId, userId } };
}

/**
 * SQLite is refused with more than one worker: it has one writer per file, and its group commit
 * (database.ts) serialises units of work within one process only; processes would contend on the
 * file lock instead.
 */
function workers(env: Env, databaseUrl: string): number {
  const n = int(env, 'WORKERS', 1, 1, 64);
  if (n > 1 && databaseUrl.startsWith('sqlite:')) throw new ConfigError('WORKERS > 1 needs DATABASE_URL=mariadb://… or mysql://… (SQLite serves one process)');
  return n;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new ConfigError(`${name} must be an integer between ${min} and ${max}`);
  return Number(raw);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${values.join(', ')}`);
  return raw as T;
}
