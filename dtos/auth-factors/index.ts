export * from './object-details.js';
export * from './auth-factor.js';
export * from './auth-factor-requests.js';
export * from './my-phone.js';
