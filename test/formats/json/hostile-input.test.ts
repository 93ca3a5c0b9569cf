import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Dialect } from '../../../src/framework/dto/dto-meta.js';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { DEFAULT_LIMITS } from '../../../src/framework/formats/codec-options.js';
import { json } from '../../../src/framework/formats/json/index.js';
import { Collections, Holder, Poco, ProtoShapes, Scalars } from './json-test-dtos.js';

const DIALECTS: Dialect[] = ['servicestack', 'aspnet', 'gateway'];
const parse = (text: string, type: Parameters<typeof json.parse>[1], dialect: Dialect, extra = {}): unknown =>
  json.parse(text, type, { dialect, ...extra });
const rejects = (fn: () => unknown): void => {
  assert.throws(fn, (e: unknown) => e instanceof SerializationException);
};

describe('hostile JSON input', () => {
  for (const dialect of DIALECTS) {
    describe(dialect, () => {
      it('nesting 10,000 deep is refused, in members, unknown members and object members', () => {
        const deep = '['.repeat(10000) + ']'.repeat(10000);
        const deepObj = '{"a":'.repeat(10000) + '1' + '}'.repeat(10000);
        rejects(() => parse(deep, 'List<object>', dialect));
        rejects(() => parse(`{"Unknown":${deep}}`, Poco, dialect));
        rejects(() => parse(`{"Unknown":${deepObj}}`, Poco, dialect));
        rejects(() => parse(`{"Any":${deepObj}}`, Holder, dialect));
        rejects(() => parse(`{"extra":${deep}}`, ProtoShapes, dialect));
        // Even with an absurd limit the reader fails cleanly instead of overflowing the stack.
        rejects(() => parse('['.repeat(200000), 'List<object>', dialect, { limits: { maxDepth: 1e9, maxLength: 1e9 } }));
      });

      it('a body over the length limit is refused before parsing', () => {
        const big = `{"Name":"${'x'.repeat(10 * 1024 * 1024)}"}`;
        rejects(() => parse(big, Poco, dialect));
        assert.ok(big.length > DEFAULT_LIMITS.maxLength);
      });

      it('__proto__, constructor and prototype keys never touch prototypes', () => {
        const before = Object.getOwnPropertyNames(Object.prototype).length;
        const evil = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1},"Id":1}';
        const p = parse(evil, Poco, dialect) as Poco;
        assert.ok(p instanceof Poco);
        assert.equal(Object.getPrototypeOf(p), Poco.prototype);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        assert.equal((Poco.prototype as unknown as Record<string, unknown>).polluted, undefined);
        const map = parse('{"__proto__":{"x":1},"constructor":2}', 'Dictionary<string,object>', dialect) as Record<string, unknown>;
        assert.equal(Object.getPrototypeOf(map), null);
        assert.deepEqual(Object.keys(map), ['__proto__', 'constructor']);
        const any = (parse('{"Any":{"__proto__":{"polluted":1}}}', Holder, dialect === 'gateway' ? 'aspnet' : dialect) as Holder).Any as object;
        assert.equal(Object.getPrototypeOf(any), null);
        const typed = parse('{"Map":{"__proto__":"x"}}', Collections, dialect === 'gateway' ? 'aspnet' : dialect) as Collections;
        assert.equal(Object.getPrototypeOf(typed.Map), null);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        assert.equal(Object.getOwnPropertyNames(Object.prototype).length, before);
      });

      it('numbers out of range and wrong types are SerializationExceptions', () => {
        const name = (n: string): string => (dialect === 'gateway' ? n.charAt(0).toLowerCase() + n.slice(1) : n);
        for (const body of [
          `{"${name('Int')}":2147483648}`, `{"${name('Int')}":-2147483649}`, `{"${name('Byte')}":256}`, `{"${name('Short')}":"40000"}`,
          `{"${name('ULong')}":-1}`, `{"${name('Long')}":9223372036854775808}`, `{"${name('Int')}":{}}`, `{"${name('Int')}":[1]}`,
          `{"${name('Id')}":"not-a-guid"}`, `{"${name('Int')}":1e400}`, `{"${name('Int')}":"12abc"}`,
        ]) rejects(() => parse(body, Scalars, dialect));
      });

      it('malformed JSON is a SerializationException', () => {
        for (const body of ['{', '{"Id":', '{"Id":1', '{"Id":"abc', '{"Id":1]', '[', '{"Id":tru}', '{"Id":"\\u12"}', '{"Id":"\\uZZZZ"}', '}', ':', '{"Id"}']) {
          rejects(() => parse(body, Poco, dialect));
        }
      });
    });
  }

  // That this stays linear (no quadratic backslash scan) is measured by `npm run bench` (hostile-cases.ts).
  it('reads many members with escapes in long strings', () => {
    const items = Array.from({ length: 20000 }, (_, i) => `"s${i}\\n"`).join(',');
    const v = parse(`[${items}]`, 'List<string>', 'servicestack') as string[];
    assert.equal(v.length, 20000, `read ${v.length} items`);
    assert.equal(v[5], 's5\n');
  });
});
