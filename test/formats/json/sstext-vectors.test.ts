/**
 * servicestack-text-vectors.json: every `json` and `jsonCamel` entry is written byte for byte and
 * read back to its value. Stackport follows the `netCore` form where one is given, except for
 * DateTimeOffset, a host setting: the pre-6.11 `json` form under `dateTimeOffset: 'legacy'` (the
 * default) and the `netCore` form under `'v6.11'`; both are checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { json } from '../../../src/framework/formats/json/index.js';
import type { DateTime } from '../../../src/framework/types/date-time.js';
import type { TypeRef } from '../../../src/framework/types/type-ref.js';
import { Poco, SSTEXT_ASSEMBLY, SSTEXT_CLASSES, SSTEXT_TYPES } from '../../fixtures/sstext-dtos.js';
import { decodeValue, diffTyped, resolveCSharpType } from '../../support/sstext-values.js';

interface Vector {
  case: string;
  csharpType: string;
  value: unknown;
  tz: string;
  json: string | null;
  jsonCamel: string | null;
  netCore?: { json?: string; jsonCamel?: string; note: string };
}

const file = path.resolve(__dirname, '../../../../../shared/conformance/servicestack-text-vectors.json');
const vectors = JSON.parse(readFileSync(file, 'utf8')) as Vector[];

/** Where the JSON text cannot carry the value, what .NET itself would read back instead. */
const READ_BACK: Record<string, { why: string; value: (v: unknown) => unknown }> = {
  'Dictionary<string,string>': {
    why: 'entries with null values are not written',
    value: (v) => Object.fromEntries(Object.entries(v as object).filter(([, x]) => x !== null)),
  },
  'List<Poco> with null item': { why: 'a null object element is written `{}`', value: (v) => (v as unknown[]).map((x) => x ?? new Poco()) },
};

/**
 * `\/Date(ms)\/` keeps whole milliseconds only, and .NET computes them through a double, so
 * DateTime.MaxValue comes back one tick later; the Kind survives in the suffix.
 */
const sameDateTime = (a: DateTime, e: DateTime): boolean => Math.abs(a.getTime() - e.getTime()) <= 1 && a.kind === e.kind;

describe('servicestack-text-vectors.json (JSON)', () => {
  for (const v of vectors) {
    for (const key of ['json', 'jsonCamel'] as const) {
      const modes = v.csharpType === 'DateTimeOffset'
        ? [['legacy', v[key]], ['v6.11', v.netCore?.[key] ?? v[key]]] as const
        : [['legacy', v.netCore?.[key] ?? v[key]]] as const;
      for (const [mode, expected] of modes) {
        const options = {
          dialect: 'servicestack', textCase: key === 'json' ? 'PascalCase' : 'camelCase', timeZone: v.tz, runtime: 'core',
          dateTimeOffset: mode, assemblyName: SSTEXT_ASSEMBLY, knownTypes: SSTEXT_CLASSES,
        } as const;
        const name = `${v.case} [${key}${v.tz === 'Etc/UTC' ? '' : ` ${v.tz}`}${v.csharpType === 'DateTimeOffset' ? ` ${mode}` : ''}]`;
        const setup = (): { type: TypeRef; value: unknown } => {
          const type = resolveCSharpType(v.csharpType, SSTEXT_TYPES);
          return { type, value: decodeValue(v.value, type, { convention: 'sstext', tz: v.tz, types: SSTEXT_TYPES }) };
        };

        it(`writes ${name}`, () => {
          const { type, value } = setup();
          assert.equal(json.stringify(value, type, options), expected ?? '');
        });

        it(`reads ${name}`, () => {
          const { type, value } = setup();
          const back = json.parse(expected ?? '', type, options);
          const want = READ_BACK[v.case]?.value(value) ?? value;
          const diff = diffTyped(back, want, type, { dateTime: sameDateTime });
          assert.equal(diff, undefined, diff);
          // What was read writes the same text again (a `{}` element reads as an object with defaults).
          if (!READ_BACK[v.case]) assert.equal(json.stringify(back, type, options), expected ?? '');
        });
      }
    }
  }
});
