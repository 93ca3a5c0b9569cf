import { ApiAccessKeyEntity } from './api-access-key-entity.js';
import { AttemptBudgetEntity } from './attempt-budget-entity.js';
import { AuditEventEntity, TenantSequenceEntity } from './audit-event-entity.js';
import { AuthFactorEntity } from './auth-factor-entity.js';
import { RecoveryCodeEntity } from './recovery-code-entity.js';
import { DevSmsMessageEntity } from './dev-sms-message-entity.js';
import { DevMailMessageEntity } from './dev-mail-message-entity.js';
import { UserPhoneEntity } from './user-phone-entity.js';
import { EnrollmentEntity } from './enrollment-entity.js';
import { IdempotencyKeyEntity } from './idempotency-key-entity.js';
import { OtpEntity } from './otp-entity.js';
import { PrefixHoldEntity } from './prefix-hold-entity.js';
import { RateLimitLockEntity } from './rate-limit-lock-entity.js';
import { SendCounterEntity } from './send-counter-entity.js';
import { SmsOutboxEntity } from './sms-outbox-entity.js';
import { TwoFactorConfigurationEntity } from './two-factor-configuration-entity.js';
import { WebauthnChallengeEntity, WebauthnCredentialEntity } from './webauthn-credential-entity.js';

export { ApiAccessKeyEntity, AttemptBudgetEntity, AuditEventEntity, AuthFactorEntity, RecoveryCodeEntity, TenantSequenceEntity, DevSmsMessageEntity, EnrollmentEntity, IdempotencyKeyEntity, OtpEntity, RateLimitLockEntity, SmsOutboxEntity, TwoFactorConfigurationEntity };
export { WebauthnChallengeEntity, WebauthnCredentialEntity };
export { PrefixHoldEntity, SendCounterEntity };
import { WebhookEndpointEntity } from './webhook-endpoint-entity.js';
import { WebhookEventEntity } from './webhook-event-entity.js';

export { WebhookEndpointEntity, WebhookEventEntity };
export type { WebhookEventStatus } from './webhook-event-entity.js';
export { DevMailMessageEntity, UserPhoneEntity };
export type { DeliveryStatus } from './otp-entity.js';
export type { OutboxChannel, OutboxStatus } from './sms-outbox-entity.js';
export type { EnrollmentStatus } from './enrollment-entity.js';
export type { FactorKind, FactorState } from './auth-factor-entity.js';
export type { WebauthnKind } from './webauthn-credential-entity.js';

export const ENTITIES = [
  TwoFactorConfigurationEntity, OtpEntity, SmsOutboxEntity, RateLimitLockEntity, DevSmsMessageEntity, ApiAccessKeyEntity, EnrollmentEntity,
  AuthFactorEntity, RecoveryCodeEntity, AuditEventEntity, TenantSequenceEntity, IdempotencyKeyEntity, AttemptBudgetEntity,
  WebauthnCredentialEntity, WebauthnChallengeEntity,
  SendCounterEntity, PrefixHoldEntity,
  WebhookEndpointEntity, WebhookEventEntity,
  DevMailMessageEntity, UserPhoneEntity,
];
