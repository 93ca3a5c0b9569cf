/**
 * The typed JSON reading engine shared by the three dialect readers. It walks the cursor's
 * tokens straight into typed values: DTO instances (`new ctor()`, only declared members set),
 * arrays, null-prototype dictionaries and the value types of the shared representation. A
 * dialect supplies scalar conversions, member matching and its error texts (`ReaderDialect`).
 */
import type { MemberMeta } from '../../dto/dto-meta.js';
import { enumValue, type EnumMeta } from '../../dto/enum-meta.js';
import { SerializationException } from '../../errors/exceptions.js';
import type { Constructor, PrimitiveName, TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { JsonCursor, T_ARRAY, T_NULL, T_OBJECT, T_STRING, type Grammar, type SyntaxMessages, type Tok } from './json-cursor.js';

/** Reads one value whose first token (`tok`) was just read; consumes the whole value. */
export type Dec = (c: JsonCursor, tok: Tok) => unknown;

/** Returned by a decoder or null handler to leave a member (or element) unset. */
export const SKIP: unique symbol = Symbol('skip');

export interface MemberReader {
  readonly key: string;
  /** The name errors should mention (the JSON name). */
  readonly name: string;
  readonly index: number;
  readonly member: MemberMeta;
  readonly type: TypeRef;
  dec: Dec;
}

export interface ReaderDialect {
  readonly grammar: Grammar;
  syntax(opts: CodecOptions): SyntaxMessages;
  scalar(name: Exclude<PrimitiveName, 'object'>, r: JsonReader): Dec;
  enumDec(meta: EnumMeta, r: JsonReader): Dec;
  any(r: JsonReader): Dec;
  /** What a JSON `null` becomes for type `t`: a value, SKIP, or an exception. */
  nullValue(c: JsonCursor, t: TypeRef, where: 'member' | 'item' | 'top'): unknown;
  /** Member lookup for a class: `(jsonKey) → reader`. */
  lookup(ctor: Constructor, members: (m: MemberMeta, jsonName: string) => MemberReader, opts: CodecOptions): (key: string) => MemberReader | undefined;
  /** A token that cannot start a value of container type `t` (object/list/dict): a value to use instead, or an exception. */
  wrongToken(c: JsonCursor, t: TypeRef, tok: Tok): unknown;
  /** Called when a member appears twice (protojson rejects it; the others keep the last). */
  duplicate?(c: JsonCursor, key: string): never;
  /** Called after an object's closing brace with the members that were set (Json.NET required members). */
  afterObject?(c: JsonCursor, ctor: Constructor, seen: (index: number) => boolean, readers: readonly MemberReader[]): void;
  /** `""` reads as null for nullable value types (Json.NET's and ServiceStack's coercion). */
  readonly emptyStringIsNull?: boolean;
  /** A leading member naming the runtime class (ServiceStack's `__type`), honoured for whitelisted classes. */
  readonly typeHint?: { readonly key: string; resolve(typeName: string, declared: Constructor, opts: CodecOptions): Constructor | undefined };
  /** Error paths name members by their json name rather than the key as sent (protojson's fd.JSONName()). */
  readonly pathByMemberName?: boolean;
  /** What an empty body (or only whitespace) reads as. */
  empty(t: TypeRef): unknown;
  /** Judges the first character of a body about to be read as `t` (ServiceStack wants `{` for a class), before any lexing. */
  start?(c: JsonCursor, t: TypeRef, ch: number): void;
  /** Wraps anything unexpected (a stack overflow on absurd limits) as the dialect's error. */
  internal(c: JsonCursor, e: unknown): Error;
}

interface ReadPlan {
  readonly readers: readonly MemberReader[];
  readonly find: (key: string) => MemberReader | undefined;
}

/** Reader state for one dialect under one set of options. */
export class JsonReader {
  private readonly plans = new WeakMap<Constructor, ReadPlan>();
  private readonly decoders = new WeakMap<TypeRef, Dec>();
  private readonly syntax: SyntaxMessages;
  private readonly typeHint: ReaderDialect['typeHint'];

  constructor(readonly d: ReaderDialect, readonly opts: CodecOptions) {
    this.syntax = d.syntax(opts);
    // Type hints only matter when some classes are whitelisted (ServiceStack's knownTypes).
    this.typeHint = (opts as CodecOptions & { knownTypes?: unknown }).knownTypes ? d.typeHint : undefined;
  }

  /** With `errors`, a member that does not read is recorded there and the read goes on (JsonCursor.errors). */
  read(text: string, type: TypeRef, limits = this.opts.limits, errors?: SerializationException[]): unknown {
    if (text.length > limits.maxLength) {
      throw new SerializationException(`Request body of ${text.length} characters exceeds the limit of ${limits.maxLength}`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const c = new JsonCursor(body, this.d.grammar, this.syntax, limits.maxDepth);
    c.errors = errors;
    try {
      const ch = c.ws();
      if (ch < 0) return this.d.empty(type);
      this.d.start?.(c, type, ch);
      const tok = c.next();
      if (tok === T_NULL) {
        const v = this.d.nullValue(c, type, 'top');
        return v === SKIP ? null : v;
      }
      const v = this.decoder(type)(c, tok);
      return v === SKIP ? null : v;
    } catch (e) {
      if (e instanceof SerializationException) throw e;
      throw this.d.internal(c, e);
    }
  }

  decoder(t: TypeRef): Dec {
    let dec = this.decoders.get(t);
    if (!dec) this.decoders.set(t, (dec = this.compile(t)));
    return dec;
  }

  private compile(t: TypeRef): Dec {
    switch (t.kind) {
      case 'primitive': return t.name === 'object' ? this.d.any(this) : this.d.scalar(t.name, this);
      case 'nullable': {
        const inner = this.decoder(t.of);
        if (!this.d.emptyStringIsNull) return inner;
        return (c, tok) => (tok === T_STRING && c.text === '' ? null : inner(c, tok));
      }
      case 'enum': {
        const dec = this.d.enumDec(t.meta, this);
        if (!t.meta.stringValued) return dec;
        const meta = t.meta;
        return (c, tok) => { const v = dec(c, tok); return typeof v === 'number' ? enumValue(meta, v) : v; };
      }
      case 'list': return this.listDecoder(t);
      case 'dict': return this.dictDecoder(t);
      case 'class': {
        const ctor = t.ctor;
        return (c, tok) => this.readObject(c, tok, ctor, t);
      }
    }
  }

  private listDecoder(t: Extract<TypeRef, { kind: 'list' }>): Dec {
    const of = t.of;
    let item: Dec | undefined;
    return (c, tok) => {
      if (tok !== T_ARRAY) return this.d.wrongToken(c, t, tok);
      item ??= this.decoder(of);
      const out: unknown[] = [];
      c.enter();
      const parts = c.parts;
      const at = c.plen;
      // The path keeps the last element until the next one starts, as Json.NET's reader reports it.
      for (let first = true, i = 0; c.arrayItem(first); first = false, i++) {
        parts[at] = i;
        c.plen = at + 1;
        const k = c.next();
        const v = k === T_NULL ? this.d.nullValue(c, of, 'item') : item(c, k);
        if (v !== SKIP) out.push(v);
      }
      c.plen = at;
      return out;
    };
  }

  private dictDecoder(t: Extract<TypeRef, { kind: 'dict' }>): Dec {
    let val: Dec | undefined;
    return (c, tok) => {
      if (tok !== T_OBJECT) return this.d.wrongToken(c, t, tok);
      val ??= this.decoder(t.value);
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      c.enter();
      const parts = c.parts;
      const at = c.plen;
      for (let first = true; c.objectKey(first); first = false) {
        const key = c.key;
        parts[at] = key;
        c.plen = at + 1;
        const k = c.next();
        const v = k === T_NULL ? this.d.nullValue(c, t.value, 'item') : val(c, k);
        if (v !== SKIP) out[key] = v;
      }
      c.plen = at;
      return out;
    };
  }

  readObject(c: JsonCursor, tok: Tok, declared: Constructor, t: TypeRef): unknown {
    if (tok !== T_OBJECT) return this.d.wrongToken(c, t, tok);
    c.enter();
    let ctor = declared;
    let first = true;
    const hint = this.typeHint;
    if (hint !== undefined && c.objectKey(true)) {
      first = false;
      if (c.key === hint.key) {
        const k = c.next();
        const sub = k === T_STRING ? hint.resolve(c.text, declared, this.opts) : undefined;
        if (sub !== undefined) ctor = sub;
        else c.skip(k);
        if (!c.objectKey(false)) return this.finishObject(c, ctor, new (ctor as new () => object)(), undefined);
      }
    } else if (hint !== undefined) {
      return this.finishObject(c, ctor, new (ctor as new () => object)(), undefined);
    }
    const plan = this.plan(ctor);
    const readers = plan.readers;
    const obj = new (ctor as new () => Record<string, unknown>)();
    const parts = c.parts;
    const at = c.plen;
    const track = this.d.duplicate !== undefined || this.d.afterObject !== undefined;
    // Members set so far: a bit mask for the first 31, a Set beyond (rare).
    let seen = 0;
    let seenMore: Set<number> | undefined;
    const byName = this.d.pathByMemberName === true;
    let guess = 0;
    // With a type hint the first key was already read above.
    const lenient = !this.opts.throwOnError || c.errors !== undefined;
    try {
      for (let more = first ? c.objectKey(true, readers[0]?.name) : true; more; more = c.objectKey(false, readers[guess]?.name)) {
        const m = c.hit ? readers[guess] : plan.find(c.key);
        parts[at] = m !== undefined && byName ? m.name : c.key;
        c.plen = at + 1;
        if (m === undefined) { c.skip(c.next()); continue; }
        guess = m.index + 1;
        if (track) {
          const i = m.index;
          const dup = i < 31 ? (seen & (1 << i)) !== 0 : (seenMore ??= new Set()).has(i);
          if (dup && this.d.duplicate) this.d.duplicate(c, c.key);
          if (i < 31) seen |= 1 << i;
          else seenMore!.add(i);
        }
        const k = c.next();
        const mark = c.tokStart;
        const depth = c.depth;
        try {
          const v = k === T_NULL ? this.d.nullValue(c, m.type, 'member') : m.dec(c, k);
          if (v !== SKIP) obj[m.key] = v;
        } catch (e) {
          // Without ThrowOnError a value that does not parse leaves the member at its default.
          if (!lenient || !(e instanceof SerializationException) || c.i >= c.s.length) throw e;
          c.errors?.push(e);
          c.i = mark;
          c.depth = depth;
          c.skip(c.next());
        }
      }
    } catch (e) {
      // …and a body that ends early keeps the members read before the end.
      if (!lenient || !(e instanceof SerializationException) || c.i < c.s.length) throw e;
      c.errors?.push(e);
    }
    c.plen = at;
    if (this.d.afterObject) this.d.afterObject(c, ctor, (i) => (i < 31 ? (seen & (1 << i)) !== 0 : seenMore?.has(i) === true), readers);
    return obj;
  }

  private finishObject(c: JsonCursor, ctor: Constructor, obj: object, seen: ((index: number) => boolean) | undefined): object {
    if (this.d.afterObject) this.d.afterObject(c, ctor, seen ?? (() => false), this.plan(ctor).readers);
    return obj;
  }

  private plan(ctor: Constructor): ReadPlan {
    let p = this.plans.get(ctor);
    if (p) return p;
    const readers: MemberReader[] = [];
    const make = (m: MemberMeta, name: string): MemberReader => {
      let r = readers.find((x) => x.member === m);
      if (!r) {
        const dec: Dec = (c, tok) => (r!.dec = this.decoder(m.type))(c, tok);
        readers.push((r = { key: m.name, name, index: readers.length, member: m, type: m.type, dec }));
      }
      return r;
    };
    p = { readers, find: this.d.lookup(ctor, make, this.opts) };
    this.plans.set(ctor, p);
    return p;
  }
}
