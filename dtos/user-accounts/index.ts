export * from './operation-bases.js';
export * from './generate-two-factor-authentication-key.js';
export * from './confirm-two-factor-authentication-key.js';
export * from './verify-two-factor-authentication-code.js';
export * from './remove-two-factor-authentication-key.js';
export * from './two-factor-recovery-codes.js';
