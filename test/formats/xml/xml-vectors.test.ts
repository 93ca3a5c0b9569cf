/**
 * The .NET oracle's vectors (shared/conformance/xml-oracle-vectors.json): every non-error vector
 * is produced byte for byte from its value, read back to its value, and re-written to the same
 * bytes; the 9 error vectors are refused with .NET's own exception chain.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { InvalidOperationException } from '../../../src/framework/errors/exceptions.js';
import { describeDotNetError, xml, XmlWriteRefusedException } from '../../../src/framework/formats/xml/index.js';
import type { XmlCallOptions } from '../../../src/framework/formats/xml/index.js';
import { classPlan } from '../../../src/framework/formats/xml/xml-plans.js';
import { defaultValue } from '../../../src/framework/formats/xml/xml-scalars.js';
import type { TypeRef } from '../../../src/framework/types/type-ref.js';
import { oracleType } from '../../fixtures/oracle-dtos.js';
import { assertOracleEqual, decodeOracleValue } from '../../support/oracle-values.js';

interface Vector {
  type: string; sample: string; serializer: 'DataContractSerializer' | 'XmlSerializer'; tz: string;
  newline: '\n' | '\r\n'; note?: string; value: unknown; xml: string | null; error?: string;
}
const VECTORS = path.resolve(__dirname, '../../../../../shared/conformance/xml-oracle-vectors.json');
const { vectors } = JSON.parse(readFileSync(VECTORS, 'utf8')) as { vectors: Vector[] };

const label = (v: Vector): string => `${v.type} / ${v.sample} / ${v.serializer}${v.tz !== 'Etc/UTC' ? ` / ${v.tz}` : ''}${v.newline === '\r\n' ? ' / CRLF' : ''}`;
const isXs = (v: Vector): boolean => v.serializer === 'XmlSerializer';

/** The options a server emulating the vector's host would use (Mono = .NET Framework number formatting). */
function optionsFor(v: Vector, runtime: 'core' | 'framework' = 'framework'): XmlCallOptions {
  return {
    serializer: isXs(v) ? 'XmlSerializer' : 'DataContract', dialect: isXs(v) ? 'aspnet' : 'servicestack',
    xmlDeclaration: false, timeZone: v.tz, newline: v.newline, runtime,
  };
}

describe('XML oracle vectors: writing', () => {
  assert.equal(vectors.length, 74);
  for (const v of vectors.filter((x) => x.xml !== null)) {
    it(label(v), () => {
      const t = oracleType(v.type);
      const value = decodeOracleValue(v.value, t, { tz: v.tz });
      assert.equal(xml.stringify(value, t, optionsFor(v)), v.xml);
      // None of these values formats differently on .NET Core.
      assert.equal(xml.stringify(value, t, optionsFor(v, 'core')), v.xml);
    });
  }
});

describe('XML oracle vectors: values .NET refuses to write', () => {
  const errors = vectors.filter((x) => x.error !== undefined);
  it('has the 9 documented cases', () => assert.equal(errors.length, 9));
  for (const v of errors) {
    it(label(v), () => {
      const t = oracleType(v.type);
      const value = decodeOracleValue(v.value, t, { tz: v.tz });
      assert.throws(() => xml.stringify(value, t, optionsFor(v)), (e: unknown) => {
        assert.ok(e instanceof XmlWriteRefusedException);
        assert.ok(e instanceof InvalidOperationException, 'the error table answers 500');
        assert.equal(describeDotNetError(e), v.error);
        return true;
      });
    });
  }
});

/** What XmlSerializer cannot carry: TimeSpan and DateTimeOffset are written empty and read back as defaults. */
const xsLost = (t: TypeRef): { value: unknown } | undefined =>
  t.kind === 'primitive' && (t.name === 'TimeSpan' || t.name === 'DateTimeOffset') ? { value: defaultValue(t) } : undefined;

describe('XML oracle vectors: reading', () => {
  for (const v of vectors.filter((x) => x.xml !== null)) {
    it(label(v), () => {
      const t = oracleType(v.type);
      const expected = decodeOracleValue(v.value, t, { tz: v.tz });
      const kind = isXs(v) ? 'xs' : 'dcs';
      const got = xml.parse(v.xml!, t, optionsFor(v));
      assertOracleEqual(got, expected, t, {
        members: (ctor) => classPlan(ctor, kind).members.map((m) => m.key),
        normalizeNewlines: true,
        ...(isXs(v) ? { lost: xsLost } : {}),
      });
      assert.equal(xml.stringify(got, t, optionsFor(v)), v.xml, 're-written byte for byte');
    });
  }

  it('reads the ServiceStack form, with its XML declaration', () => {
    for (const v of vectors.filter((x) => x.xml !== null && !isXs(x))) {
      const t = oracleType(v.type);
      const withDecl = xml.stringify(xml.parse(v.xml!, t, optionsFor(v)), t, { ...optionsFor(v), xmlDeclaration: true });
      assert.equal(withDecl, `<?xml version="1.0" encoding="utf-8"?>${v.xml}`);
      assert.equal(xml.stringify(xml.parse(withDecl, t, optionsFor(v)), t, optionsFor(v)), v.xml);
    }
  });
});
