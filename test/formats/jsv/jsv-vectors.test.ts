/**
 * jsv-vectors.json: each vector in its stated direction (serialize: write exactly; deserialize:
 * read to the value; roundtrip: both), under the JsConfig settings it names. The C# types are
 * mapped by hand in jsv-vector-table.ts; vectors that cannot run here are skipped with a reason.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { jsv, type JsvOptions } from '../../../src/framework/formats/jsv/index.js';
import type { DateTime } from '../../../src/framework/types/date-time.js';
import { resolveTypeSpec } from '../../../src/framework/types/type-ref.js';
import { decodeValue, diffTyped } from '../../support/sstext-values.js';
import { CLIENT_SKIP, JSV_VECTOR_TYPES } from './jsv-vector-table.js';

interface Vector {
  source: string;
  direction: 'serialize' | 'deserialize' | 'roundtrip';
  csharpType: string;
  value: unknown;
  jsv: string | null;
  note?: string;
  config?: Record<string, unknown>;
}

const file = path.resolve(__dirname, '../../../../../shared/conformance/jsv-vectors.json');
const vectors = JSON.parse(readFileSync(file, 'utf8')) as Vector[];
const PREFIX = 'ServiceStack.Text/tests/ServiceStack.Text.Tests/';
const TZ = 'Etc/UTC';

const TEXT_CASES: Record<string, JsvOptions['textCase']> = { PascalCase: 'PascalCase', CamelCase: 'camelCase', SnakeCase: 'snake_case' };

/** The vector's JsConfig as JSV options, or the reason it has no equivalent. */
function configOptions(config: Record<string, unknown> = {}): Partial<JsvOptions> | string {
  const o: Partial<JsvOptions> = {};
  for (const [key, value] of Object.entries(config)) {
    switch (key) {
      case 'TextCase': o.textCase = TEXT_CASES[value as string]!; break;
      case 'TreatEnumAsInteger': o.treatEnumAsInteger = value as boolean; break;
      case 'DateHandler':
        if (value !== 'UnixTime' && value !== 'UnixTimeMs') return `DateHandler ${value} does not affect JSV`;
        o.dateHandler = value;
        break;
      case 'ExcludePropertyReferences': o.excludePropertyReferences = value as string[]; break;
      case 'ConvertObjectTypesIntoStringDictionary': o.convertObjectTypesIntoStringDictionary = value as boolean; break;
      // Stackport DTOs are classes: they are always written as objects, which is all this setting does.
      case 'TreatValueAsRefType': break;
      default: return `JsConfig setting ${key} is not supported`;
    }
  }
  return o;
}

/** Text without a zone names a wall clock; with Z or an offset, an instant. */
function sameDateTime(text: string | null) {
  const zoned = /(Z|[+-]\d\d:\d\d)$/.test(text ?? '');
  return (a: DateTime, e: DateTime): boolean =>
    a.wallClockMs(TZ) === e.wallClockMs(TZ) && a.subMsTicks === e.subMsTicks && (!zoned || a.getTime() === e.getTime());
}

describe('jsv-vectors.json', () => {
  for (const v of vectors) {
    const title = `${v.direction} ${v.source.replace(PREFIX, '')} (${v.csharpType.slice(0, 60)})`;
    it(title, (t) => {
      if (v.source.startsWith('servicestack-client/')) return t.skip(CLIENT_SKIP);
      const mapping = JSV_VECTOR_TYPES[v.source.replace(PREFIX, '')];
      assert.ok(mapping, `no type mapping for ${v.source}`);
      if (mapping.skip) return t.skip(mapping.skip);
      const config = configOptions(v.config);
      if (typeof config === 'string') return t.skip(config);
      const options: Partial<JsvOptions> = {
        textCase: 'PascalCase', runtime: 'core', timeZone: TZ, assemblyName: 'ServiceStack.Interfaces', ...config,
      };
      const type = resolveTypeSpec(mapping.type);
      const value = mapping.value
        ? mapping.value()
        : decodeValue(v.value, resolveTypeSpec(mapping.valueType ?? mapping.type), { convention: 'tagged', tz: TZ });
      if (v.direction !== 'deserialize') {
        assert.equal(jsv.stringify(value, type, options), v.jsv ?? '');
      }
      if (v.direction !== 'serialize') {
        const got = jsv.parse(v.jsv ?? '', type, options);
        const diff = diffTyped(got, value, type, { dateTime: sameDateTime(v.jsv) });
        assert.equal(diff, undefined, diff);
      }
    });
  }
});
