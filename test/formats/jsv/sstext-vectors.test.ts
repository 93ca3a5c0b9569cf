/**
 * servicestack-text-vectors.json: every `jsv` and `jsvCamel` entry is written byte for byte (the
 * `netCore` form where one is given: Stackport follows .NET Core) and read back to its value.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { jsv } from '../../../src/framework/formats/jsv/index.js';
import type { DateTime } from '../../../src/framework/types/date-time.js';
import type { TypeRef } from '../../../src/framework/types/type-ref.js';
import { SSTEXT_ASSEMBLY, SSTEXT_CLASSES, SSTEXT_TYPES, Poco } from '../../fixtures/sstext-dtos.js';
import { decodeValue, diffTyped, resolveCSharpType } from '../../support/sstext-values.js';

interface Vector {
  case: string;
  csharpType: string;
  value: unknown;
  tz: string;
  jsv: string | null;
  jsvCamel: string | null;
  roundTripJsv?: string | null;
  netCore?: { jsv?: string; jsvCamel?: string; note: string };
}

const file = path.resolve(__dirname, '../../../../../shared/conformance/servicestack-text-vectors.json');
const vectors = JSON.parse(readFileSync(file, 'utf8')) as Vector[];

/**
 * Where the text cannot carry the value, the read-back is checked against what .NET itself reads
 * (the vector's `roundTripJsv` shows it), not against the original value.
 */
const READ_BACK: Record<string, { why: string; value: (v: unknown) => unknown }> = {
  'string: empty': { why: 'an empty text reads as null in .NET too (roundTripJsv: null)', value: () => null },
  'byte[] empty': { why: 'an empty byte[] writes nothing, which reads as null (roundTripJsv: null)', value: () => null },
  'List<string> [null]': { why: 'a lone null element writes `[]`, the empty list', value: () => [] },
  'Dictionary<string,string>': {
    why: 'entries with null values are not written',
    value: (v) => Object.fromEntries(Object.entries(v as object).filter(([, x]) => x !== null)),
  },
  'List<Poco> with null item': {
    why: 'a null object element writes `{}`, read as a new empty object (roundTripJsv: {Id:0})',
    value: (v) => (v as unknown[]).map((x) => x ?? new Poco()),
  },
};

/**
 * DateTime read-back: a text with Z or an offset names an instant; a date-only text names a wall
 * clock, which is all a midnight value keeps (.NET writes every midnight as `yyyy-MM-dd`).
 */
function sameDateTime(text: string, tz: string) {
  const zoned = /(Z|[+-]\d\d:\d\d)$/.test(text);
  return (a: DateTime, e: DateTime): boolean =>
    a.wallClockMs(tz) === e.wallClockMs(tz) && a.subMsTicks === e.subMsTicks && (!zoned || a.getTime() === e.getTime());
}

describe('servicestack-text-vectors.json (JSV)', () => {
  for (const v of vectors) {
    for (const key of ['jsv', 'jsvCamel'] as const) {
      const expected = v.netCore?.[key] ?? v[key];
      const textCase = key === 'jsv' ? 'PascalCase' : 'camelCase';
      const options = { textCase, timeZone: v.tz, runtime: 'core', assemblyName: SSTEXT_ASSEMBLY, knownTypes: SSTEXT_CLASSES } as const;
      const name = `${v.case} [${key}${v.tz === 'Etc/UTC' ? '' : ` ${v.tz}`}]`;
      let type: TypeRef;
      let value: unknown;
      const setup = (): void => {
        type = resolveCSharpType(v.csharpType, SSTEXT_TYPES);
        value = decodeValue(v.value, type, { convention: 'sstext', tz: v.tz, types: SSTEXT_TYPES });
      };

      it(`writes ${name}`, () => {
        setup();
        assert.equal(jsv.stringify(value, type, options), expected ?? '');
      });

      it(`reads ${name}`, () => {
        setup();
        const text = expected ?? '';
        const override = READ_BACK[v.case];
        const want = override ? override.value(value) : value;
        const got = jsv.parse(text, type, options);
        const diff = diffTyped(got, want, type, { dateTime: sameDateTime(text, v.tz) });
        assert.equal(diff, undefined, override ? `${diff} (${override.why})` : diff);
      });
    }
  }
});
