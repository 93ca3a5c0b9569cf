/**
 * The JSON writing engine shared by the three dialect writers. A dialect supplies the value
 * spellings and member rules (`WriterDialect`); this module compiles a TypeRef into an encoder
 * function once and caches per-class member plans, compiled into one straight-line writer per class
 * (json-class-writer.ts), so writing a DTO is string concatenation with no type inspection beyond
 * `constructor` checks.
 */
import { getDtoMeta, isDto, type DtoMeta, type MemberMeta } from '../../dto/dto-meta.js';
import { enumNumber, type EnumMeta } from '../../dto/enum-meta.js';
import { SerializationException } from '../../errors/exceptions.js';
import { isValueType, type Constructor, type PrimitiveName, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { makeAnyEncoder } from './json-any-writer.js';
import { membersWriter, type CompilableMember, type MembersWriter } from './json-class-writer.js';
import { defaultOf, isDefaultValue } from './json-defaults.js';

/** Encodes a non-null value as JSON text. */
export type Enc = (v: any, ctx: WriteContext) => string; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WriteContext {
  readonly opts: CodecOptions;
  readonly tz: string | undefined;
  depth: number;
}

export interface WriterDialect {
  readonly id: string;
  /** Members in wire order for a class. */
  members(ctor: Constructor): readonly MemberMeta[];
  memberName(m: MemberMeta, opts: CodecOptions): string;
  quote(s: string): string;
  scalar(name: Exclude<PrimitiveName, 'object'>, opts: CodecOptions): Enc;
  enumEnc(meta: EnumMeta, opts: CodecOptions): Enc;
  /** Null members (and null dictionary values): written as `null`, or left out. */
  readonly writeNulls: boolean;
  /** Text for a null list element of type `t`; undefined leaves the element out. */
  nullItem(t: TypeRef, opts: CodecOptions): string | undefined;
  /** protojson: scalars at their default, empty lists and maps are left out. */
  readonly omitDefaults: boolean;
  /** Honour `[DataMember(EmitDefaultValue = false)]` for this member. */
  emitDefaultFalse(m: MemberMeta): boolean;
  /** Type information written first when the runtime class is not the declared one (`"__type":…,`). */
  subtypeTag(meta: DtoMeta, opts: CodecOptions): string;
  /** Type information for a DTO held in an `object` member. */
  anyTag(meta: DtoMeta, opts: CodecOptions): string;
  readonly sortMapKeys: boolean;
  /** The whole output for a top-level null. */
  readonly topNull: string;
}

/** A member's plan (json-class-writer.ts): `whenNull` is the text for undefined/null — a value type's default, `null` — or undefined to omit. */
type MemberPlan = CompilableMember;

interface ClassPlan {
  readonly members: readonly MemberPlan[];
  readonly write: MembersWriter;
  tag?: string;
  anyTag?: string;
}

/** Writer state for one dialect under one set of options that change the bytes. */
export class JsonWriter {
  private readonly plans = new WeakMap<Constructor, ClassPlan>();
  private readonly encoders = new WeakMap<TypeRef | Constructor, Enc>();
  readonly any: Enc;

  constructor(readonly d: WriterDialect, readonly opts: CodecOptions) {
    this.any = makeAnyEncoder(this);
  }

  write(value: unknown, type: TypeRef): string {
    const ctx: WriteContext = { opts: this.opts, tz: this.opts.timeZone, depth: 0 };
    if (value === null || value === undefined) {
      if (type.kind !== 'nullable' && isValueType(type)) return this.encoder(type)(defaultOf(type), ctx);
      return this.d.topNull;
    }
    return this.encoder(type)(value, ctx);
  }

  encoder(t: TypeRef): Enc {
    // Class TypeRefs are often made per response (`{ kind: 'class', ctor }`): key those by class.
    const key = t.kind === 'class' ? t.ctor : t;
    let e = this.encoders.get(key);
    if (!e) this.encoders.set(key, (e = this.compile(t)));
    return e;
  }

  private compile(t: TypeRef): Enc {
    switch (t.kind) {
      case 'primitive': return t.name === 'object' ? this.any : this.d.scalar(t.name, this.opts);
      case 'nullable': return this.encoder(t.of);
      case 'enum': {
        const enc = this.d.enumEnc(t.meta, this.opts);
        const meta = t.meta;
        return meta.stringValued ? (v, ctx) => enc(enumNumber(meta, v), ctx) : enc;
      }
      case 'list': return this.listEncoder(t.of);
      case 'dict': return this.dictEncoder(t.key, t.value);
      case 'class': {
        const ctor = t.ctor;
        return (v, ctx) => this.writeObject(v, ctor, ctx, '');
      }
    }
  }

  listEncoder(of: TypeRef): Enc {
    const item = this.encoder(of);
    const nullText = this.d.nullItem(of, this.opts);
    return (v, ctx) => {
      const arr: readonly unknown[] = Array.isArray(v) ? v : Array.from(v as Iterable<unknown>);
      if (++ctx.depth > MAX_WRITE_DEPTH) throw loop();
      let out = '[';
      let sep = '';
      for (let i = 0; i < arr.length; i++) {
        const x = arr[i];
        let text: string | undefined;
        if (x === null || x === undefined) {
          if (nullText === undefined) continue;
          text = nullText;
        } else text = item(x, ctx);
        out += sep + text;
        sep = ',';
      }
      ctx.depth--;
      return out + ']';
    };
  }

  dictEncoder(keyType: TypeRef, valueType: TypeRef): Enc {
    const val = this.encoder(valueType);
    const quote = this.d.quote;
    const keyText = dictKeyText(keyType);
    const writeNulls = this.d.writeNulls;
    const sort = this.d.sortMapKeys;
    return (v, ctx) => {
      const entries: [unknown, unknown][] = v instanceof Map ? [...v.entries()] : Object.keys(v).map((k) => [k, v[k]]);
      if (sort) entries.sort(compareMapKeys);
      if (++ctx.depth > MAX_WRITE_DEPTH) throw loop();
      let out = '{';
      let sep = '';
      for (const [k, x] of entries) {
        let text: string;
        if (x === null || x === undefined) {
          if (!writeNulls) continue;
          text = 'null';
        } else text = val(x, ctx);
        out += sep + quote(keyText(k)) + ':' + text;
        sep = ',';
      }
      ctx.depth--;
      return out + '}';
    };
  }

  /** Writes a DTO; a registered subclass instance is written with its own members and a type tag. */
  writeObject(v: Record<string, unknown>, declared: Constructor, ctx: WriteContext, anyTag: string): string {
    const runtime = v.constructor as Constructor | undefined;
    let plan: ClassPlan;
    let tag = '';
    if (runtime === declared || runtime === undefined || runtime === Object || !isDto(runtime)) {
      plan = this.plan(declared);
      if (anyTag) tag = (plan.anyTag ??= this.d.anyTag(getDtoMeta(declared), this.opts));
    } else {
      plan = this.plan(runtime);
      tag = anyTag ? (plan.anyTag ??= this.d.anyTag(getDtoMeta(runtime), this.opts)) : (plan.tag ??= this.d.subtypeTag(getDtoMeta(runtime), this.opts));
    }
    if (++ctx.depth > MAX_WRITE_DEPTH) throw loop();
    const out = plan.write(v, ctx, '{' + tag, tag !== '');
    ctx.depth--;
    return out + '}';
  }

  private plan(ctor: Constructor): ClassPlan {
    let p = this.plans.get(ctor);
    if (!p) {
      const members = this.d.members(ctor).map((m) => this.memberPlan(m));
      this.plans.set(ctor, (p = { members, write: membersWriter(members) }));
    }
    return p;
  }

  private memberPlan(m: MemberMeta): MemberPlan {
    const d = this.d;
    const name = d.quote(d.memberName(m, this.opts)) + ':';
    const t = m.type;
    const enc = this.encoder(t);
    const valueType = t.kind !== 'nullable' && isValueType(t);
    const emitDefaultFalse = d.emitDefaultFalse(m);
    let whenNull: MemberPlan['whenNull'];
    if (valueType && !d.omitDefaults && !emitDefaultFalse) {
      const def = defaultOf(t);
      whenNull = (ctx) => enc(def, ctx);
    } else if (d.writeNulls && !emitDefaultFalse) {
      whenNull = () => 'null';
    }
    // protojson: optional (nullable) scalars have presence, so only the implicit-presence ones drop defaults.
    const skip = emitDefaultFalse || (d.omitDefaults && t.kind !== 'nullable');
    return { key: m.name, first: name, next: ',' + name, enc, whenNull, skipDefault: skip ? (x) => isDefaultValue(t, x, d.omitDefaults) : undefined };
  }
}

const MAX_WRITE_DEPTH = 512;
const loop = (): SerializationException =>
  new SerializationException(`Self referencing loop detected: object graph deeper than ${MAX_WRITE_DEPTH} levels`);

function dictKeyText(keyType: TypeRef): (k: unknown) => string {
  if (keyType.kind === 'enum') {
    const meta = keyType.meta;
    return (k) => (typeof k === 'number' ? (meta.byValue.get(k)?.name ?? String(k)) : String(k));
  }
  return (k) => (typeof k === 'string' ? k : k instanceof Date ? k.toISOString() : String(k));
}

/** protojson map order: false before true, numbers ascending, strings by code point. */
function compareMapKeys(a: [unknown, unknown], b: [unknown, unknown]): number {
  const x = a[0], y = b[0];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  const s = String(x), t = String(y);
  // Compare by code point, not UTF-16 unit, like Go's string comparison of UTF-8 bytes.
  if (s === t) return 0;
  const cs = [...s], ct = [...t];
  for (let i = 0; i < Math.min(cs.length, ct.length); i++) {
    const d = cs[i]!.codePointAt(0)! - ct[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return cs.length - ct.length;
}
