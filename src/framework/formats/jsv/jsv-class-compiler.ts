/**
 * Compiles a JSV member plan (jsv-write-class.ts) into one straight-line function per class and
 * text case: each member's property read, null and default rules and inline fast path are spelt
 * out for that member, so the engine sees one shape and one type per site instead of one loop
 * over every class's members. Same output as `interpretMembers`, which runs when code generation
 * is off (formats/codegen.ts); the conformance vectors run on both.
 *
 * Only metadata reaches the generated source, and only as string literals (`literal`) or as
 * indexes into the arrays passed in — never a name spliced in as an identifier, never request data.
 */
import { literal } from '../codegen.js';
import { encodeJsvString } from './jsv-text.js';
import { defaultValueOf, isDefaultValue } from './jsv-values.js';
import { BOOL, DOUBLE, INT, STRING, type MemberWriter, type MembersFn } from './jsv-write-class.js';

/** The value's text (undefined leaves the member out), as the interpreted loop's fast paths give it. */
function valueText(m: MemberWriter, i: number): string {
  const general = `M[${i}].write(x, w)`;
  switch (m.fast) {
    case STRING: return `typeof x === 'string' ? encode(x) : ${general}`;
    case INT: return `typeof x === 'number' && (x | 0) === x ? '' + x : ${general}`;
    case BOOL: return `x === true ? 'True' : x === false ? 'False' : ${general}`;
    case DOUBLE: return `typeof x === 'number' && w.runtime === 'core' && (x > 0 ? x >= 1e-4 && x < 1e15 : x <= -1e-4 && x > -1e15) ? '' + x : ${general}`;
    default: return general;
  }
}

function memberSource(m: MemberWriter, i: number): string {
  const key = `(more ? ${literal(m.nextKey)} : ${literal(m.key)})`;
  const excluded = `(w.excludes !== undefined && w.excludes.has(${literal(m.ref)}))`;
  // Which defaults are left out: a suppressed member's always, others' under ExcludeDefaultValues (enums excepted).
  const dropsDefault = m.suppressDefault ? 'true' : m.isEnum ? 'false' : 'skipDefaults';
  const onNull = !m.valueType || m.suppressDefault ? '' : `if (!${m.isEnum ? 'false' : 'skipDefaults'} && !${excluded}) {
    const d = M[${i}];
    if (d.defaultCtx !== w) { d.defaultText = d.write(defaultValue(d.type), w); d.defaultCtx = w; }
    out += ${key}; out += d.defaultText; more = true;
  }`;
  return `x = obj[${literal(m.name)}];
if (x === null || x === undefined) { ${onNull} }
else if (!(${dropsDefault} && isDefault(x, M[${i}].type)) && !${excluded}) {
  s = ${valueText(m, i)};
  if (s !== undefined) { out += ${key}; out += s; more = true; }
}`;
}

export function compileMembers(members: readonly MemberWriter[]): MembersFn {
  const body = members.map(memberSource).join('\n');
  const source = `return function writeMembers(obj, w, out, more) {\nconst skipDefaults = w.excludeDefaults;\nlet x, s;\n${body}\nreturn out;\n};`;
  const factory = new Function('M', 'encode', 'defaultValue', 'isDefault', source) as
    (m: readonly MemberWriter[], encode: typeof encodeJsvString, d: typeof defaultValueOf, isDefault: typeof isDefaultValue) => MembersFn;
  return factory(members, encodeJsvString, defaultValueOf, isDefaultValue);
}
