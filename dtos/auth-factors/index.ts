export * from './object-details.js';
export * from './auth-factor.js';
export * from './auth-factor-requests.js';
export * from './webauthn.js';
export * from './webauthn-requests.js';
export * from './my-phone.js';
