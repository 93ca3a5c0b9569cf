/**
 * The JSV wire format: ServiceStack.Text's TypeSerializer output, compact or (options.pretty)
 * indented by JsvFormatter. Extra JsConfig-style settings ride on the options object
 * (`JsvOptions`); a plain CodecOptions gives ServiceStack's defaults.
 */
import { SerializationException } from '../../errors/exceptions.js';
import type { Constructor, TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import type { Format } from '../format.js';
import { formatJsv } from './jsv-formatter.js';
import { JsvCursor, type ReadSettings } from './jsv-lexer.js';
import type { JsvOptions } from './jsv-options.js';
import { readWhole } from './jsv-reader.js';
import { encodeJsvString } from './jsv-text.js';
import { writeContext, writerFor } from './jsv-writer.js';
import { classInfo } from './member-plan.js';

export function writeJsv(value: unknown, type: TypeRef, options: CodecOptions): string {
  const o = options as JsvOptions;
  let out: string | undefined;
  try {
    const t = type.kind === 'nullable' ? type.of : type;
    if (value === null || value === undefined) out = undefined;
    // ServiceStack 5.6+ quotes a top-level string like any other, but writes '' as nothing.
    else if (typeof value === 'string' && t.kind === 'primitive' && (t.name === 'string' || t.name === 'object')) {
      out = value === '' ? '' : encodeJsvString(value);
    } else out = writerFor(type)(value, writeContext(o));
  } catch (e) {
    throw asSerializationError(e, 'write');
  }
  if (out === undefined) return '';
  return o.pretty ? formatJsv(out, o.newline) : out;
}

const knownTypeMaps = new WeakMap<readonly Constructor[], ReadonlyMap<string, Constructor>>();

function knownTypeMap(list: readonly Constructor[] | undefined): ReadonlyMap<string, Constructor> | undefined {
  if (!list) return undefined;
  let map = knownTypeMaps.get(list);
  if (!map) knownTypeMaps.set(list, (map = new Map(list.map((c) => [classInfo(c).fullName, c]))));
  return map;
}

const settingsCache = new WeakMap<CodecOptions, ReadSettings>();

/** Derived once per options object (hosts reuse theirs across requests). */
export function readSettings(options: CodecOptions): ReadSettings {
  let cached = settingsCache.get(options);
  if (!cached) settingsCache.set(options, (cached = buildReadSettings(options as JsvOptions)));
  return cached;
}

function buildReadSettings(o: JsvOptions): ReadSettings {
  return {
    tz: o.timeZone,
    lenient: o.textCase === 'snake_case',
    dateHandler: o.dateHandler,
    textCase: o.textCase,
    maxDepth: o.limits.maxDepth,
    knownTypes: knownTypeMap(o.knownTypes),
    convertObjects: o.convertObjectTypesIntoStringDictionary === true,
    throwOnError: o.throwOnError !== false,
    localDates: o.localDateTimes === true,
  };
}

export function readJsv(text: string, type: TypeRef, options: CodecOptions): unknown {
  if (typeof text !== 'string') throw new SerializationException('JSV input must be text');
  const max = options.limits.maxLength;
  if (text.length > max) throw new SerializationException(`JSV input of ${text.length} characters exceeds the limit of ${max}`);
  try {
    return readWhole(new JsvCursor(text, text.length, readSettings(options)), type);
  } catch (e) {
    throw asSerializationError(e, 'read');
  }
}

/** Anything else escaping a codec (a stack overflow, a bad bigint) still surfaces as a 400-able error. */
function asSerializationError(e: unknown, what: 'read' | 'write'): SerializationException {
  if (e instanceof SerializationException) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new SerializationException(`Could not ${what} JSV: ${message}`, { cause: e });
}

export const jsvFormat: Format = {
  name: 'jsv',
  extension: 'jsv',
  contentType: 'application/jsv',
  mediaTypes: ['application/jsv', 'text/jsv'],
  write: writeJsv,
  read: readJsv,
};
