/**
 * A value as ServiceStack shows it outside JSV documents (CSV fields, the HTML report): a string
 * as it is, anything else in its JSV form without the quotes JSV would put around it (StripQuotes).
 */
import { unwrapNullable, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { writeJsv } from './jsv-format.js';

export function jsvDisplayText(value: unknown, type: TypeRef, options: CodecOptions): string | undefined {
  if (value === null || value === undefined) return undefined;
  const t = unwrapNullable(type);
  if (typeof value === 'string' && t.kind === 'primitive' && (t.name === 'string' || t.name === 'char' || t.name === 'object')) return value;
  const s = writeJsv(value, type, options);
  return s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"' ? s.slice(1, -1) : s;
}
