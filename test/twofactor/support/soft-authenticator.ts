/**
 * A software WebAuthn authenticator for the suites that cannot drive a browser: ES256 keys from
 * node:crypto, authenticator data and `none` attestation built here byte by byte (WebAuthn L2
 * §6.1, §6.5.4), CBOR by @simplewebauthn's own encoder. It answers the options the API hands out
 * the way a browser's toJSON() would, and lets a test bend one thing at a time: the origin, the
 * challenge, the signature counter, the credential used.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

interface Key { privateKey: KeyObject; counter: number; cose: Uint8Array }

export interface Bend {
  origin?: string;
  /** Sign with this counter instead of the next one (a clone, or a replay). */
  counter?: number;
  challenge?: string;
  /** Answer with this credential instead of the first allowed one. */
  credentialId?: string;
  /** Report user verification (default: what the authenticator does). */
  uv?: boolean;
}

const b64u = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string): Buffer => createHash('sha256').update(b).digest();

export class SoftAuthenticator {
  readonly keys = new Map<string, Key>();

  constructor(private readonly origin: string, private readonly userVerifying = false) {}

  /** navigator.credentials.create: answers `{"publicKey": creation options}` (the API's key.publicKey, decoded). */
  create(optionsJson: string, bend: Bend = {}): Record<string, unknown> {
    const { publicKey: o } = JSON.parse(optionsJson) as { publicKey: { challenge: string; rp: { id: string } } };
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = isoCBOR.encode(new Map<number, number | Uint8Array>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, 'base64url')], [-3, Buffer.from(jwk.y!, 'base64url')]]));
    const id = randomBytes(32);
    const counter = bend.counter ?? 0;
    this.keys.set(b64u(id), { privateKey, counter, cose });
    const attested = Buffer.concat([Buffer.alloc(16), u16(id.length), id, cose]);
    const authData = Buffer.concat([sha256(o.rp.id), Buffer.from([this.flags(bend) | 0x40]), u32(counter), attested]);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]) as never);
    return {
      id: b64u(id), rawId: b64u(id), type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'cross-platform',
      response: { clientDataJSON: this.clientData('webauthn.create', bend.challenge ?? o.challenge, bend), attestationObject: b64u(attestationObject), transports: ['usb'] },
    };
  }

  /** navigator.credentials.get over `{"publicKey": request options}`. */
  get(optionsJson: string, bend: Bend = {}): Record<string, unknown> {
    const { publicKey: o } = JSON.parse(optionsJson) as { publicKey: { challenge: string; rpId: string; allowCredentials?: { id: string }[] } };
    const id = bend.credentialId ?? o.allowCredentials?.map((c) => c.id).find((c) => this.keys.has(c)) ?? [...this.keys.keys()][0]!;
    const key = this.keys.get(id);
    if (!key) throw new Error('this authenticator holds no such credential');
    const counter = bend.counter ?? ++key.counter;
    const authData = Buffer.concat([sha256(o.rpId), Buffer.from([this.flags(bend)]), u32(counter)]);
    const clientDataJSON = this.clientData('webauthn.get', bend.challenge ?? o.challenge, bend);
    const signature = sign('sha256', Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]), key.privateKey);
    return {
      id, rawId: id, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'cross-platform',
      response: { clientDataJSON, authenticatorData: b64u(authData), signature: b64u(signature) },
    };
  }

  /** Another authenticator holding the same private key: a clone, with its own counter. */
  cloneInto(other: SoftAuthenticator): void {
    for (const [id, k] of this.keys) other.keys.set(id, { ...k });
  }

  private flags(bend: Bend): number {
    return 0x01 | ((bend.uv ?? this.userVerifying) ? 0x04 : 0);
  }

  private clientData(type: string, challenge: string, bend: Bend): string {
    return b64u(Buffer.from(JSON.stringify({ type, challenge, origin: bend.origin ?? this.origin, crossOrigin: false })));
  }
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** What the API's bytes fields carry: a credential's JSON, base64 (proto `bytes`). */
export function credentialBytes(credential: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(credential)).toString('base64');
}
