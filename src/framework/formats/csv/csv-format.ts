/**
 * The CSV format (ServiceStack's CsvFormat over ServiceStack.Text's CsvSerializer): `text/csv`,
 * answered as a download (`Content-Disposition: attachment;filename="{Operation}.csv"`), and
 * read from request bodies sent as `text/csv`.
 */
import { SerializationException } from '../../errors/exceptions.js';
import type { TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import type { Format } from '../format.js';
import { readCsv } from './csv-reader.js';
import { writeCsv } from './csv-writer.js';

/** A value CSV cannot hold (a runaway nesting, a bad bigint) is still a SerializationException. */
function guarded<T>(what: 'read' | 'write', fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SerializationException) throw e;
    throw new SerializationException(`Could not ${what} CSV: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

export const csvFormat: Format = Object.freeze({
  name: 'csv',
  extension: 'csv',
  contentType: 'text/csv',
  mediaTypes: Object.freeze(['text/csv']),
  attachment: true,
  write: (value: unknown, type: TypeRef, options: CodecOptions): string => guarded('write', () => writeCsv(value, type, options)),
  read: (text: string, type: TypeRef, options: CodecOptions): unknown => guarded('read', () => readCsv(text, type, options)),
});
