/**
 * One key/value pair's value, read the way ServiceStack's StringMapTypeDeserializer reads query
 * strings, form fields and path variables (spec §1.5): strings are taken raw (no unquoting),
 * bools only look before the first comma (the MVC checkbox `true,false`), and everything else is
 * read as top-level JSV, so lists need no brackets (`1,2,3`) and objects are `{Name:x}`.
 */
import { unwrapNullable, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { readJsv } from './jsv-format.js';

/** Returns null for an empty value (the binder skips those); throws SerializationException if unreadable. */
export function parseJsvValue(text: string, type: TypeRef, options: CodecOptions): unknown {
  if (text === '') return null;
  const t = unwrapNullable(type);
  if (t.kind === 'primitive' && t.name === 'string') return text;
  if (t.kind === 'primitive' && t.name === 'bool') {
    const comma = text.indexOf(',');
    return readJsv(comma < 0 ? text : text.slice(0, comma), type, options);
  }
  return readJsv(text, type, options);
}
