/**
 * DTO classes in JSV: members in ServiceStack's order under their wire names, null members
 * omitted, unset value types written as their .NET default, a registered subclass in a base-typed
 * slot written as itself with `__type` first (spec §3.3, §3.12). Each class gets a member plan per
 * text case with its `name:` prefixes precomputed; strings, integers, bools and plain doubles are
 * formatted inline, everything else by the member type's compiled writer.
 *
 * `object`-typed values are written by their runtime type, DTOs with `__type`.
 */
import { isDto } from '../../dto/dto-meta.js';
import { Decimal } from '../../types/decimal.js';
import { DateTimeOffset } from '../../types/date-time-offset.js';
import type { TextCase } from '../../types/text-case.js';
import { TimeSpan } from '../../types/time-span.js';
import type { Constructor, TypeRef } from '../../types/type-ref.js';
import { writeDateTime, writeDateTimeOffset } from './jsv-dates.js';
import { isIntName, writeDouble, writeInteger } from './jsv-numbers.js';
import { assemblyOf } from './jsv-options.js';
import { writeBytes } from './jsv-scalars.js';
import { encodeJsvString } from './jsv-text.js';
import { defaultValueOf, isDefaultValue } from './jsv-values.js';
import { enter, mismatch, writerFor, type WriteCtx, type WriteFn } from './jsv-writer.js';
import { classInfo, derivesFrom, type ClassInfo } from './member-plan.js';
import { compileMembers } from './jsv-class-compiler.js';
import { codegenEnabled } from '../codegen.js';

const classWriters = new WeakMap<Constructor, WriteFn>();

export interface MemberWriter {
  readonly name: string;
  readonly type: TypeRef;
  /** `wireName:` */
  readonly key: string;
  /** `,wireName:` */
  readonly nextKey: string;
  readonly valueType: boolean;
  readonly isEnum: boolean;
  readonly suppressDefault: boolean;
  readonly ref: string;
  /** STRING / INT / BOOL / DOUBLE for the inline fast paths, else GENERAL. */
  readonly fast: number;
  write: WriteFn;
  /** The default value's text, and the context it was written under. */
  defaultText: string | undefined;
  defaultCtx: WriteCtx | undefined;
}

export const GENERAL = 0;
export const STRING = 1;
export const INT = 2;
export const BOOL = 3;
export const DOUBLE = 4;

function fastKind(t: TypeRef): number {
  const p = t.kind === 'nullable' ? t.of : t;
  if (p.kind !== 'primitive') return GENERAL;
  if (p.name === 'string') return STRING;
  if (p.name === 'bool') return BOOL;
  if (p.name === 'double') return DOUBLE;
  return isIntName(p.name) ? INT : GENERAL;
}

const plans = new WeakMap<Constructor, Partial<Record<TextCase, readonly MemberWriter[]>>>();

export function plan(info: ClassInfo, textCase: TextCase): readonly MemberWriter[] {
  let byCase = plans.get(info.ctor);
  if (!byCase) plans.set(info.ctor, (byCase = {}));
  let p = byCase[textCase];
  if (!p) {
    p = byCase[textCase] = info.members.map((m): MemberWriter => {
      const mw: MemberWriter = {
        name: m.name, type: m.type, key: m.wire[textCase] + ':', nextKey: ',' + m.wire[textCase] + ':', valueType: m.valueType, isEnum: m.isEnum,
        suppressDefault: m.suppressDefault, ref: m.ref, fast: fastKind(m.type), defaultText: undefined, defaultCtx: undefined,
        // Resolved on first use so classes referring to each other compile lazily.
        write: (x, w) => (mw.write = writerFor(m.type))(x, w),
      };
      return mw;
    });
  }
  return p;
}

export function classWriter(ctor: Constructor): WriteFn {
  let fn = classWriters.get(ctor);
  if (!fn) {
    // The class's plan for the last text case used, kept here to spare two WeakMap lookups per object.
    let info: ClassInfo | undefined;
    let lastCase: TextCase | undefined;
    let members: readonly MemberWriter[] = [];
    fn = (v, w) => {
      if (v === null || v === undefined) return undefined;
      if (typeof v !== 'object') throw mismatch(ctor.name, v);
      const runtime = (v as object).constructor;
      // A registered subclass in a base-typed slot is written as itself, `__type` first.
      if (runtime !== ctor && derivesFrom(runtime, ctor) && isDto(runtime)) {
        const sub = classInfo(runtime);
        return writeMembers(v, sub, plan(sub, w.textCase), true, w);
      }
      info ??= classInfo(ctor);
      if (lastCase !== w.textCase) {
        members = plan(info, w.textCase);
        lastCase = w.textCase;
      }
      return writeMembers(v, info, members, false, w);
    };
    classWriters.set(ctor, fn);
  }
  return fn;
}

export function typeHint(info: ClassInfo, w: WriteCtx): string {
  return '__type:' + encodeJsvString(`${info.fullName}, ${assemblyOf(w.options, info.namespace)}`);
}

export function writeMembers(v: object, info: ClassInfo, members: readonly MemberWriter[], withType: boolean, w: WriteCtx): string {
  enter(w);
  const out = membersWriter(members)(v as Record<string, unknown>, w, withType ? '{' + typeHint(info, w) : '{', withType);
  w.depth--;
  return out + '}';
}

/** Writes an object's members after `out` (the `{` and any type hint); `more` says whether one was written. */
export type MembersFn = (obj: Record<string, unknown>, w: WriteCtx, out: string, more: boolean) => string;

const membersFns = new WeakMap<readonly MemberWriter[], MembersFn>();

/** The plan's writer: compiled straight-line (jsv-class-compiler.ts) unless code generation is off. */
function membersWriter(members: readonly MemberWriter[]): MembersFn {
  let fn = membersFns.get(members);
  if (!fn) membersFns.set(members, (fn = (codegenEnabled ? compileMembers : interpretMembers)(members)));
  return fn;
}

/** The members of one object after `out`, as a loop over the plan: the path with code generation off. */
export function interpretMembers(members: readonly MemberWriter[]): MembersFn {
  return (obj, w, out, more) => interpretedMembers(obj, members, w, out, more);
}

function interpretedMembers(obj: Record<string, unknown>, members: readonly MemberWriter[], w: WriteCtx, out: string, more: boolean): string {
  const skipDefaults = w.excludeDefaults;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    let x = obj[m.name];
    if (x === null || x === undefined) {
      if (!m.valueType || m.suppressDefault || (skipDefaults && !m.isEnum)) continue;
      if (w.excludes !== undefined && w.excludes.has(m.ref)) continue;
      if (m.defaultCtx !== w) {
        m.defaultText = m.write(defaultValueOf(m.type), w);
        m.defaultCtx = w;
      }
      out += more ? m.nextKey : m.key;
      out += m.defaultText;
      more = true;
      continue;
    } else if ((m.suppressDefault || (skipDefaults && !m.isEnum)) && isDefaultValue(x, m.type)) continue;
    if (w.excludes !== undefined && w.excludes.has(m.ref)) continue;
    let s: string | undefined;
    switch (m.fast) {
      case STRING: s = typeof x === 'string' ? encodeJsvString(x) : m.write(x, w); break;
      case INT: s = typeof x === 'number' && (x | 0) === x ? '' + x : m.write(x, w); break;
      case BOOL: s = x === true ? 'True' : x === false ? 'False' : m.write(x, w); break;
      case DOUBLE: s = typeof x === 'number' && w.runtime === 'core' && (x > 0 ? x >= 1e-4 && x < 1e15 : x <= -1e-4 && x > -1e15) ? '' + x : m.write(x, w); break;
      default: s = m.write(x, w);
    }
    if (s === undefined) continue;
    // Two appends are cheaper than concatenating key and value first.
    out += more ? m.nextKey : m.key;
    out += s;
    more = true;
  }
  return out;
}

// ---- object: the runtime type decides --------------------------------------------------------

const LIST_OF_OBJECT: TypeRef = Object.freeze({ kind: 'list', of: Object.freeze({ kind: 'primitive', name: 'object' }), array: false });
const DICT_OF_OBJECT: TypeRef = Object.freeze({
  kind: 'dict', key: Object.freeze({ kind: 'primitive', name: 'string' }), value: Object.freeze({ kind: 'primitive', name: 'object' }),
});

/** `object`-typed values: written by runtime type; DTOs carry `__type`, as .NET does. */
export function writeObject(v: unknown, w: WriteCtx): string | undefined {
  switch (typeof v) {
    case 'undefined': return undefined;
    case 'string': return encodeJsvString(v);
    case 'boolean': return v ? 'True' : 'False';
    case 'bigint': return v.toString();
    case 'number': return Number.isInteger(v) ? writeInteger(v) : writeDouble(v, w.runtime);
    case 'object': break;
    default: throw mismatch('object', v);
  }
  if (v === null) return undefined;
  if (v instanceof Decimal) return v.text;
  if (v instanceof DateTimeOffset) return writeDateTimeOffset(v);
  if (v instanceof Date) return writeDateTime(v, w.dates);
  if (v instanceof TimeSpan) return v.toXsdDuration();
  if (v instanceof Uint8Array) return writeBytes(v);
  if (Array.isArray(v) || v instanceof Set) return writerFor(LIST_OF_OBJECT)(v, w);
  const ctor = (v as object).constructor;
  if (isDto(ctor)) {
    const info = classInfo(ctor);
    return writeMembers(v, info, plan(info, w.textCase), true, w);
  }
  return writerFor(DICT_OF_OBJECT)(v, w);
}
