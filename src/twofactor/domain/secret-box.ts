/**
 * Authenticated encryption for the only places a code must be recoverable for a while: the SMS
 * body waiting in the outbox and the development sender's message list. AES-256-GCM with a key
 * derived from the pepper (HKDF, one key per purpose), so the database never holds a code in clear.
 */
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { randomNonce } from './random-pool.js';

const VERSION = 'v1';

export class SecretBox {
  private readonly key: Buffer;

  constructor(pepper: Buffer, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), `stackport/${purpose}`, 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  seal(plaintext: string): string {
    const iv = randomNonce(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, ct] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || ct === undefined) throw new Error('Unreadable sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }
}
