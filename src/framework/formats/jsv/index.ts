/**
 * JSV (ServiceStack's JSON-and-CSV-like text format): the Format implementation plus a small
 * convenience API taking any TypeSpec (a DTO class, `'List<int>'`, `Dict('string', Poco)`…).
 *
 *   jsv.stringify(dto, MyDto, { textCase: 'PascalCase' })  // '{Id:1,Name:x}'
 *   jsv.parse('{Id:1,Name:x}', MyDto)                      // MyDto instance
 *
 * Options default as every codec does (`codecOptions()`: camelCase names, .NET Core numbers,
 * the process's time zone); `pretty: true` gives JsvFormatter's indented form.
 */
import { resolveTypeSpec, type TypeSpec } from '../../types/type-ref.js';
import { readJsv, writeJsv } from './jsv-format.js';
import { jsvOptions, type JsvOptionsInput } from './jsv-options.js';

export { jsvFormat, readJsv, writeJsv } from './jsv-format.js';
export { formatJsv } from './jsv-formatter.js';
export { parseJsvValue } from './parse-jsv-value.js';
export { jsvOptions, type JsvOptions, type JsvOptionsInput } from './jsv-options.js';
export { encodeJsvString } from './jsv-text.js';

export const jsv = {
  stringify(value: unknown, type: TypeSpec, options: JsvOptionsInput = {}): string {
    return writeJsv(value, resolveTypeSpec(type), jsvOptions(options));
  },
  parse<T = unknown>(text: string, type: TypeSpec, options: JsvOptionsInput = {}): T {
    return readJsv(text, resolveTypeSpec(type), jsvOptions(options)) as T;
  },
};
