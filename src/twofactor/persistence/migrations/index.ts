import { AttemptBudgetSchema1763900000006 } from './attempt-budget-schema.js';
import { AuthFactorsSchema1763900000002 } from './auth-factors-schema.js';
import { DefaultConfigurations1763900000001 } from './default-configurations.js';
import { IdempotencySchema1763900000003 } from './idempotency-schema.js';
import { InitialSchema1763900000000 } from './initial-schema.js';
import { OtpIssueProcedure1763900000004 } from './otp-issue-procedure.js';
import { OutboxLeaseIndex1763900000005 } from './outbox-lease-index.js';
import { EmailChannelSchema1763900000007 } from './email-channel-schema.js';
import { PhoneSchema1763900000008 } from './phone-schema.js';

/** In order; never edit a released migration, add a new one. */
export const MIGRATIONS = [InitialSchema1763900000000, DefaultConfigurations1763900000001, AuthFactorsSchema1763900000002, IdempotencySchema1763900000003,
  OtpIssueProcedure1763900000004, OutboxLeaseIndex1763900000005, AttemptBudgetSchema1763900000006,
  EmailChannelSchema1763900000007,
  PhoneSchema1763900000008,
];
