/**
 * The CSV format (ServiceStack's CsvFormat over ServiceStack.Text's CsvSerializer): `text/csv`,
 * answered as a download (`Content-Disposition: attachment;filename="{Operation}.csv"`), and
 * read from request bodies sent as `text/csv`.
 */
import type { TypeRef } from '../../types/type-ref.js';
import { guarded } from '../codec-guard.js';
import type { CodecOptions } from '../codec-options.js';
import type { Format } from '../format.js';
import { readCsv } from './csv-reader.js';
import { writeCsv } from './csv-writer.js';

export const csvFormat: Format = Object.freeze({
  name: 'csv',
  extension: 'csv',
  contentType: 'text/csv',
  mediaTypes: Object.freeze(['text/csv']),
  attachment: true,
  write: (value: unknown, type: TypeRef, options: CodecOptions): string => guarded('CSV', 'write', () => writeCsv(value, type, options)),
  read: (text: string, type: TypeRef, options: CodecOptions): unknown => guarded('CSV', 'read', () => readCsv(text, type, options)),
});
