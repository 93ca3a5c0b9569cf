/** The product's wire contracts, one folder per API family. */
export * from './two-factor/index.js';
