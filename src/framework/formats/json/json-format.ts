/**
 * The JSON `Format`: picks the writer and reader of `options.dialect` (ServiceStack.Text,
 * Json.NET/Web API 2, protojson/grpc-gateway). Writers and readers keep compiled plans, so one
 * instance is kept per combination of the options that change bytes.
 */
import type { Dialect } from '../../dto/dto-meta.js';
import type { SerializationException } from '../../errors/exceptions.js';
import type { TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import type { Format } from '../format.js';
import { jsonNetReader } from './json-net-reader.js';
import { jsonNetDialect } from './json-net-writer.js';
import { JsonReader, type ReaderDialect } from './json-reader.js';
import { JsonWriter, type WriterDialect } from './json-writer.js';
import { protoJsonReader } from './protojson-reader.js';
import { protoJsonDialect } from './protojson-writer.js';
import { serviceStackJsonReader } from './servicestack-json-reader.js';
import { serviceStackJsonDialect } from './servicestack-json-writer.js';

const WRITERS: Record<Dialect, WriterDialect> = {
  servicestack: serviceStackJsonDialect,
  aspnet: jsonNetDialect,
  gateway: protoJsonDialect,
};

const READERS: Record<Dialect, (opts: CodecOptions) => ReaderDialect> = {
  servicestack: () => serviceStackJsonReader,
  aspnet: jsonNetReader,
  gateway: protoJsonReader,
};

/**
 * Options that change bytes or binding. `assemblyName` and `knownTypes` are the ServiceStack
 * `__type` settings the JSV codec also reads (its JsvOptions); functions and lists are told
 * apart by identity.
 */
type SharedOptions = CodecOptions & { assemblyName?: string | ((ns: string) => string); knownTypes?: readonly unknown[] };
const keyOf = (o: SharedOptions): string => {
  const a = o.assemblyName;
  return `${o.dialect}|${o.textCase}|${o.runtime}|${o.dateTimeOffset}|${o.newline}|${o.timeZone ?? ''}|${o.throwOnError}|${o.localDateTimes}|${typeof a === 'string' ? a : idOf(a)}|${idOf(o.knownTypes)}`;
};

const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(x: object | undefined): number {
  if (x === undefined) return 0;
  let id = ids.get(x);
  if (id === undefined) ids.set(x, (id = nextId++));
  return id;
}

const writers = new Map<string, JsonWriter>();
const readers = new Map<string, JsonReader>();
// Hosts pass the same options object for many requests: skip building the key for those.
const writerByOptions = new WeakMap<CodecOptions, JsonWriter>();
const readerByOptions = new WeakMap<CodecOptions, JsonReader>();

export function jsonWriter(options: CodecOptions): JsonWriter {
  let w = writerByOptions.get(options);
  if (w) return w;
  const key = keyOf(options);
  w = writers.get(key);
  if (!w) writers.set(key, (w = new JsonWriter(WRITERS[options.dialect], options)));
  writerByOptions.set(options, w);
  return w;
}

export function jsonReader(options: CodecOptions): JsonReader {
  let r = readerByOptions.get(options);
  if (r) return r;
  const key = keyOf(options);
  r = readers.get(key);
  if (!r) readers.set(key, (r = new JsonReader(READERS[options.dialect](options), options)));
  readerByOptions.set(options, r);
  return r;
}

export const jsonFormat: Format = {
  name: 'json',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  mediaTypes: ['application/json', 'text/json'],
  write(value: unknown, type: TypeRef, options: CodecOptions): string {
    return jsonWriter(options).write(value, type);
  },
  read(text: string, type: TypeRef, options: CodecOptions, errors?: SerializationException[]): unknown {
    return jsonReader(options).read(text, type, options.limits, errors);
  },
};
