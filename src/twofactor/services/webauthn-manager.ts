/**
 * Security keys (`u2f`) and passkeys (`passwordless`): registration and the assertion check a
 * relying app runs at login, on @simplewebauthn/server. What Stackport adds around the library:
 * - a challenge per ceremony, stored with its expiry and consumed before anything else is checked,
 *   so whatever the outcome it serves one ceremony (a replay finds it gone);
 * - the relying party id and the allowed origins come from the configuration, never the request;
 * - the signature counter must move forward, checked before the signature and advanced by a
 *   compare-and-set after it, so neither a cloned authenticator nor two concurrent uses pass;
 * - a check claims an attempt of the user's one budget (second-factor-guard.ts), like a TOTP code;
 * - every refusal writes an audit event `<kind>.<registration|check>.refused.<reason>` and a log
 *   line; the credential itself is never logged.
 */
import { createHash } from 'node:crypto';
import {
  generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse,
  type AuthenticationResponseJSON, type AuthenticatorTransport, type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL, parseAuthenticatorData } from '@simplewebauthn/server/helpers';
import type { Principal } from '../auth/principal.js';
import type { WebauthnSettings } from '../config.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../logger.js';
import type { ChangeDetails } from '../persistence/auth-factor-store.js';
import type { WebauthnKind } from '../persistence/entities/index.js';
import type { WebauthnCredentialRow, WebauthnStore } from '../persistence/webauthn-store.js';
import { FactorError, type FactorProblem } from './factor-error.js';
import type { SecondFactorGuard } from './second-factor-guard.js';

export interface WebauthnManagerDeps {
  store: WebauthnStore;
  guard: SecondFactorGuard;
  clock: Clock;
  /** Undefined: not configured (production without WEBAUTHN_RP_ID/ORIGINS); ceremonies are refused. */
  settings: WebauthnSettings | undefined;
}

/** Zitadel's two kinds: a second factor that only proves presence, and a resident, user-verifying passkey. */
const POLICY: Record<WebauthnKind, { userVerification: 'discouraged' | 'required'; residentKey: 'discouraged' | 'required' }> = {
  u2f: { userVerification: 'discouraged', residentKey: 'discouraged' },
  passwordless: { userVerification: 'required', residentKey: 'required' },
};

const TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

type Stage = 'registration' | 'check';
interface Parsed<T> { credential: T; challenge: string; origin: string }

export class WebauthnManager {
  constructor(private readonly d: WebauthnManagerDeps) {}

  /** PublicKeyCredentialCreationOptions for navigator.credentials.create, as `{"publicKey": …}` JSON. */
  async beginRegistration(p: Principal, kind: WebauthnKind, proof: string | undefined): Promise<{ options: string; atMs: number }> {
    const s = this.settings();
    await this.d.guard.requireStepUp(p, proof);
    const options = await generateRegistrationOptions({
      rpName: s.rpName, rpID: s.rpId, userName: p.accountName, userDisplayName: p.accountName, userID: userHandle(p),
      attestationType: 'none', timeout: s.challengeTtlMs,
      excludeCredentials: (await this.d.store.credentialIds(p)).map((id) => ({ id })),
      authenticatorSelection: { residentKey: POLICY[kind].residentKey, userVerification: POLICY[kind].userVerification },
    });
    return { options: await this.issue(p, `register_${kind}`, options), atMs: this.d.clock.now() };
  }

  /** Verifies the authenticator's attestation against the challenge and stores the credential under `name`. */
  async finishRegistration(p: Principal, kind: WebauthnKind, body: Uint8Array, name: string, log: Logger): Promise<ChangeDetails> {
    const s = this.settings();
    const parsed = parse<RegistrationResponseJSON>(body, 'attestationObject');
    const refused = await this.precheck(p, `register_${kind}`, parsed);
    if (refused) throw await this.refuse(p, kind, 'registration', refused, log);
    let verified;
    try {
      verified = await verifyRegistrationResponse({
        response: parsed.credential, expectedChallenge: parsed.challenge, expectedOrigin: s.origins, expectedRPID: s.rpId,
        requireUserVerification: POLICY[kind].userVerification === 'required',
      });
    } catch {
      verified = undefined;
    }
    if (!verified?.verified) throw await this.refuse(p, kind, 'registration', 'webauthn-invalid', log);
    const c = verified.registrationInfo.credential;
    const details = await this.d.store.add(p, kind, {
      credentialId: c.id, publicKey: isoBase64URL.fromBuffer(c.publicKey), signCount: c.counter,
      transports: (c.transports ?? []).filter((t) => TRANSPORTS.has(t)),
    }, name, this.d.clock.now());
    if (details === 'exists') throw await this.refuse(p, kind, 'registration', 'webauthn-exists', log);
    log.info(`factor.${kind}.added`, { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return details;
  }

  /** PublicKeyCredentialRequestOptions for navigator.credentials.get over the user's credentials of `kind`. */
  async beginCheck(p: Principal, kind: WebauthnKind): Promise<string> {
    const s = this.settings();
    const rows = await this.d.store.list(p, kind);
    if (rows.length === 0) throw new FactorError('webauthn-missing');
    const options = await generateAuthenticationOptions({
      rpID: s.rpId, timeout: s.challengeTtlMs, userVerification: POLICY[kind].userVerification,
      allowCredentials: rows.map((r) => ({ id: r.credentialId, transports: r.transports as AuthenticatorTransport[] })),
    });
    return this.issue(p, `check_${kind}`, options);
  }

  /**
   * Checks an assertion (a login's second step, or a passkey login) and resolves with its time; a
   * refusal spends an attempt. Without a configuration nothing is claimed.
   */
  async checkAssertion(p: Principal, kind: WebauthnKind, body: Uint8Array, log: Logger): Promise<number> {
    this.settings();
    const parsed = parse<AuthenticationResponseJSON>(body, 'authenticatorData');
    let refused: FactorProblem | undefined;
    const ok = await this.d.guard.attempt(p, async () => {
      refused = await this.precheck(p, `check_${kind}`, parsed);
      const row = refused ? undefined : await this.d.store.find(p, kind, parsed.credential.id);
      if (!refused && !row) refused = 'webauthn-unknown-credential';
      if (!row || refused) return undefined;
      refused = await this.verifyAssertion(p, kind, parsed, row);
      return refused ? undefined : true;
    });
    if (!ok) throw await this.refuse(p, kind, 'check', refused ?? 'webauthn-invalid', log);
    log.info(`factor.${kind}.checked`, { tenant: p.tenantId, user: p.userId });
    return this.d.clock.now();
  }

  list(p: Principal, kind: WebauthnKind): Promise<WebauthnCredentialRow[]> {
    return this.d.store.list(p, kind);
  }

  async remove(p: Principal, kind: WebauthnKind, tokenId: string, proof: string | undefined, log: Logger): Promise<ChangeDetails> {
    await this.d.guard.requireStepUp(p, proof);
    const id = /^[1-9][0-9]{0,14}$/.test(tokenId) ? Number(tokenId) : undefined;
    const details = id === undefined ? undefined : await this.d.store.remove(p, kind, id, this.d.clock.now());
    if (!details) throw new FactorError('webauthn-missing');
    log.info(`factor.${kind}.removed`, { tenant: p.tenantId, user: p.userId, sequence: details.sequence });
    return details;
  }

  private settings(): WebauthnSettings {
    if (!this.d.settings) throw new FactorError('webauthn-off');
    return this.d.settings;
  }

  private async issue(p: Principal, purpose: string, options: { challenge: string }): Promise<string> {
    const now = this.d.clock.now();
    await this.d.store.issueChallenge(p, purpose, options.challenge, now + this.settings().challengeTtlMs, now);
    return JSON.stringify({ publicKey: options });
  }

  /** The checks before the signature: the challenge (consumed here, whatever follows) and the origin. */
  private async precheck(p: Principal, purpose: string, parsed: Parsed<unknown>): Promise<FactorProblem | undefined> {
    const state = await this.d.store.consumeChallenge(p, purpose, parsed.challenge, this.d.clock.now());
    if (state !== 'valid') return state === 'expired' ? 'webauthn-challenge-expired' : 'webauthn-challenge-unknown';
    return this.settings().origins.includes(parsed.origin) ? undefined : 'webauthn-origin';
  }

  private async verifyAssertion(p: Principal, kind: WebauthnKind, parsed: Parsed<AuthenticationResponseJSON>, row: WebauthnCredentialRow): Promise<FactorProblem | undefined> {
    let counter: number;
    try {
      counter = parseAuthenticatorData(isoBase64URL.toBuffer(parsed.credential.response.authenticatorData)).counter;
    } catch {
      return 'webauthn-invalid';
    }
    if ((counter > 0 || row.signCount > 0) && counter <= row.signCount) return 'webauthn-cloned';
    try {
      const r = await verifyAuthenticationResponse({
        response: parsed.credential, expectedChallenge: parsed.challenge, expectedOrigin: this.settings().origins, expectedRPID: this.settings().rpId,
        credential: { id: row.credentialId, publicKey: isoBase64URL.toBuffer(row.publicKey), counter: row.signCount },
        requireUserVerification: POLICY[kind].userVerification === 'required',
      });
      if (!r.verified) return 'webauthn-invalid';
    } catch {
      return 'webauthn-invalid';
    }
    return (await this.d.store.advance(p, row.id, counter, this.d.clock.now())) ? undefined : 'webauthn-cloned';
  }

  private async refuse(p: Principal, kind: WebauthnKind, stage: Stage, problem: FactorProblem, log: Logger): Promise<FactorError> {
    const reason = problem.replace(/^webauthn-/, '');
    await this.d.store.record(p, `${kind}.${stage}.refused.${reason}`, this.d.clock.now());
    log.warn(`factor.${kind}.${stage}_refused`, { tenant: p.tenantId, user: p.userId, reason });
    return new FactorError(problem);
  }
}

/**
 * The credential as the browser's toJSON() gives it (Zitadel's `publicKeyCredential` bytes) with
 * its client data decoded; anything else is malformed — no guess, so no attempt is spent.
 */
function parse<T extends { id: string; response: { clientDataJSON: string } }>(body: Uint8Array, member: string): Parsed<T> {
  try {
    const credential = JSON.parse(Buffer.from(body).toString('utf8')) as T;
    const response = credential.response as unknown as Record<string, unknown>;
    if (typeof credential.id !== 'string' || typeof response?.clientDataJSON !== 'string' || typeof response[member] !== 'string') throw new Error();
    const client = JSON.parse(Buffer.from(isoBase64URL.toBuffer(response.clientDataJSON)).toString('utf8')) as { challenge?: unknown; origin?: unknown };
    if (typeof client.challenge !== 'string' || typeof client.origin !== 'string' || client.challenge.length > 128) throw new Error();
    return { credential, challenge: client.challenge, origin: client.origin };
  } catch {
    throw new FactorError('webauthn-malformed');
  }
}

/** The user handle an authenticator stores with a passkey: opaque, stable, and naming no one. */
function userHandle(p: Principal): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash('sha256').update(`${p.tenantId}\u0000${p.userId}`).digest());
}
