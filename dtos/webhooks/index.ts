export * from './webhook-endpoint-requests.js';
