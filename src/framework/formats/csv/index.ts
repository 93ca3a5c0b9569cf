/** CSV (ServiceStack.Text's CsvSerializer): the Format implementation. */
export { csvFormat } from './csv-format.js';
export { parseFields, parseLines, toCsvField } from './csv-fields.js';
