/**
 * A registered WebAuthn credential of a user in a tenant: a `u2f` security key (second factor) or
 * a `passwordless` passkey (resident, user-verifying). The public key is COSE, base64url; the
 * signature counter only moves forward (a lower one means a cloned authenticator).
 */
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs, varchar } from './column-types.js';

export type WebauthnKind = 'u2f' | 'passwordless';

@Entity({ name: 'webauthn_credential' })
@Index('ux_webauthn_credential_id', ['tenantId', 'credentialId'], { unique: true })
@Index('ix_webauthn_credential_owner', ['tenantId', 'userId'])
export class WebauthnCredentialEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('kind', 16)) kind!: WebauthnKind;
  /** base64url, as the browser reports it. */
  @Column(varchar('credential_id', 255)) credentialId!: string;
  @Column({ name: 'public_key', type: 'text' }) publicKey!: string;
  @Column(epochMs('sign_count')) signCount!: number;
  @Column(varchar('name', 200)) name!: string;
  @Column(varchar('transports', 128, true)) transports!: string | null;
  @Column(epochMs('created_at_ms')) createdAtMs!: number;
  @Column(epochMs('last_used_at_ms', true)) lastUsedAtMs!: number | null;
}

/** A challenge handed out for one registration or check: used at most once, before it expires. */
@Entity({ name: 'webauthn_challenge' })
@Index('ux_webauthn_challenge', ['tenantId', 'challenge'], { unique: true })
@Index('ix_webauthn_challenge_owner', ['tenantId', 'userId'])
export class WebauthnChallengeEntity {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' }) id!: number;
  @Column(varchar('tenant_id', 64)) tenantId!: string;
  @Column(varchar('user_id', 64)) userId!: string;
  @Column(varchar('purpose', 32)) purpose!: string;
  @Column(varchar('challenge', 128)) challenge!: string;
  @Column(epochMs('expires_at_ms')) expiresAtMs!: number;
}
