/** The product's wire contracts, one folder per API family. */
export * from './two-factor/index.js';
export * from './user-accounts/index.js';
export * from './auth-factors/index.js';
export * from './webhooks/index.js';
