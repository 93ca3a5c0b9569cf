/**
 * JSON in the three .NET dialects. `json.stringify(value, TypeSpec, options?)` and
 * `json.parse(text, TypeSpec, options?)` are conveniences over `jsonFormat` for services and
 * tests: options default per dialect through `codecOptions`.
 */
import { resolveTypeSpec, type TypeSpec } from '../../types/type-ref.js';
import { codecOptions, type CodecOptionsInput } from '../codec-options.js';
import { jsonFormat } from './json-format.js';

export { jsonFormat } from './json-format.js';
export { JsonReadError } from './json-read-error.js';

export const json = {
  stringify(value: unknown, type: TypeSpec, options: CodecOptionsInput = {}): string {
    return jsonFormat.write(value, resolveTypeSpec(type), codecOptions(options));
  },
  parse<T = unknown>(text: string, type: TypeSpec, options: CodecOptionsInput = {}): T {
    return jsonFormat.read(text, resolveTypeSpec(type), codecOptions(options)) as T;
  },
};
