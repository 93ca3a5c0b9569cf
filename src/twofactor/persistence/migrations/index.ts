import { AttemptBudgetSchema1763900000006 } from './attempt-budget-schema.js';
import { AuthFactorsSchema1763900000002 } from './auth-factors-schema.js';
import { ConfigPumpingSchema1763900000008 } from './config-pumping-schema.js';
import { DefaultConfigurations1763900000001 } from './default-configurations.js';
import { EmailChannelSchema1763900000010 } from './email-channel-schema.js';
import { EmailLockRowAlwaysWritten1763900000023 } from './email-lock-row-always-written.js';
import { IdempotencySchema1763900000003 } from './idempotency-schema.js';
import { InitialSchema1763900000000 } from './initial-schema.js';
import { LockRowAlwaysWritten1763900000022 } from './lock-row-always-written.js';
import { OtpIssueProcedure1763900000004 } from './otp-issue-procedure.js';
import { OutboxLeaseIndex1763900000005 } from './outbox-lease-index.js';
import { PhoneSchema1763900000011 } from './phone-schema.js';
import { WebauthnSchema1763900000007 } from './webauthn-schema.js';
import { WebhookSchema1763900000009 } from './webhook-schema.js';

/** In order; never edit a released migration, add a new one. */
export const MIGRATIONS = [InitialSchema1763900000000, DefaultConfigurations1763900000001, AuthFactorsSchema1763900000002, IdempotencySchema1763900000003,
  OtpIssueProcedure1763900000004, OutboxLeaseIndex1763900000005, AttemptBudgetSchema1763900000006,
  WebauthnSchema1763900000007, ConfigPumpingSchema1763900000008, WebhookSchema1763900000009, EmailChannelSchema1763900000010, PhoneSchema1763900000011,
  LockRowAlwaysWritten1763900000022, EmailLockRowAlwaysWritten1763900000023];
