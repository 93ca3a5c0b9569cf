/**
 * xml-oracle-vectors.json `jsonNet`: what ASP.NET Web API 2 (Json.NET 6.0.8) writes for each
 * sample object, written byte for byte by the aspnet dialect (in the vector's time zone) and read
 * back to the sample value. `jsonNet` does not depend on the XML serializer, so each
 * type/sample/tz is checked once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getDtoMeta } from '../../../src/framework/dto/dto-meta.js';
import { jsonNetMembers } from '../../../src/framework/dto/member-order.js';
import { json } from '../../../src/framework/formats/json/index.js';
import type { Constructor, TypeRef } from '../../../src/framework/types/type-ref.js';
import { oracleType } from '../../fixtures/oracle-dtos.js';
import { assertOracleEqual, decodeOracleValue } from '../../support/oracle-values.js';

interface Vector { type: string; sample: string; tz: string; serializer: string; value: unknown; jsonNet: string | null }

const file = path.resolve(__dirname, '../../../../../shared/conformance/xml-oracle-vectors.json');
const { vectors } = JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] };

/**
 * Json.NET writes no type information, so a subclass instance reads back as the declared class
 * with the declared class's members.
 */
function asDeclared(v: unknown, t: TypeRef): unknown {
  if (v === null || v === undefined) return v;
  switch (t.kind) {
    case 'nullable': return asDeclared(v, t.of);
    case 'list': return (v as unknown[]).map((x) => asDeclared(x, t.of));
    case 'dict': {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, x] of Object.entries(v as object)) out[k] = asDeclared(x, t.value);
      return out;
    }
    case 'class': {
      const out = new (t.ctor as new () => Record<string, unknown>)();
      for (const m of getDtoMeta(t.ctor).allMembers) out[m.name] = asDeclared((v as Record<string, unknown>)[m.name], m.type);
      return out;
    }
    default: return v;
  }
}

/** The members Json.NET writes and therefore reads back: [DataContract] filter, minus EmitDefaultValue=false ones. */
const written = (ctor: Constructor): string[] =>
  jsonNetMembers(ctor).filter((m) => !(getDtoMeta(m.declaringClass).dataContract && m.dataMember?.emitDefaultValue === false)).map((m) => m.name);

describe('xml-oracle-vectors.json jsonNet (Web API 2 JSON)', () => {
  const seen = new Set<string>();
  for (const v of vectors) {
    const id = `${v.type} / ${v.sample}${v.tz === 'Etc/UTC' ? '' : ` [${v.tz}]`}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const options = { dialect: 'aspnet', timeZone: v.tz } as const;
    const setup = (): { type: TypeRef; value: unknown } => {
      const type = oracleType(v.type);
      return { type, value: decodeOracleValue(v.value, type, { tz: v.tz }) };
    };

    it(`writes ${id}`, () => {
      const { type, value } = setup();
      assert.equal(json.stringify(value, type, options), v.jsonNet);
    });

    it(`reads ${id}`, () => {
      const { type, value } = setup();
      const back = json.parse(v.jsonNet!, type, options);
      const want = asDeclared(value, type);
      assertOracleEqual(back, want, type, { members: written });
      assert.equal(json.stringify(back, type, options), json.stringify(want, type, options));
    });
  }
});
