/**
 * DataContractSerializer's output, byte for byte: `xmlns:i` then the default namespace on the
 * root, members base class first and then ordinally by name within each class (then by Order),
 * `i:nil="true"` for nulls, the `d{depth}p{n}` prefix declared on a member element whose value
 * lives in another namespace, primitives in the Arrays namespace, `KeyValueOf…` dictionary
 * entries, DateTimeOffset as its two-member surrogate, `i:type` for a subclass in a base-typed slot.
 */
import { DateTimeOffset } from '../../types/date-time-offset.js';
import { isValueType, type Constructor, type TypeRef } from '../../types/type-ref.js';
import { childNamespaceToDeclare, itemElementName, keyValueName, rootName, stableName } from './contract-names.js';
import { escapeAttribute } from './xml-escape.js';
import { ARRAYS_NS, SYSTEM_NS, XSI_NS } from './xml-namespaces.js';
import { classPlan, runtimeClass, type MemberPlan } from './xml-plans.js';
import { enumRefusal, XmlWriteRefusedException } from './xml-refusal.js';
import { enumNumber } from '../../dto/enum-meta.js';
import { defaultValue, formatEnum, formatScalar, formatUtcInstant, isDefaultValue, parseDateTimeOffset, parseEnum, parseScalar } from './xml-scalars.js';
import { MAX_WRITE_DEPTH, newSink, type XmlSettings } from './xml-settings.js';
import type { XmlSink } from './xml-sink.js';

/** `depthOffset`: elements already open around the document (see SinkOptions.depthOffset). */
export function writeDataContract(value: unknown, type: TypeRef, settings: XmlSettings, depthOffset = 0): string {
  const sink = newSink(settings, depthOffset);
  new DcsWriter(sink, settings).root(value, type);
  return sink.toString();
}

/** Items of a list value: arrays, Sets and other iterables. */
export function itemsOf(v: unknown): readonly unknown[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object' && Symbol.iterator in v) return [...(v as Iterable<unknown>)];
  throw new TypeError('List values must be arrays or iterables');
}

/** Entries of a dictionary value: a Map, or a plain / null-prototype object in key order. */
export function entriesOf(v: unknown): readonly (readonly [unknown, unknown])[] {
  if (v instanceof Map) return [...v];
  return Object.keys(v as object).map((k) => [k, (v as Record<string, unknown>)[k]] as const);
}

/** A dictionary key from an object (always a string) converted to the key type's value. */
export function typedKey(keyType: TypeRef, key: unknown): unknown {
  if (typeof key !== 'string') return key;
  const t = keyType.kind === 'nullable' ? keyType.of : keyType;
  if (t.kind === 'enum') return /^-?\d+$/.test(key) ? Number(key) : parseEnum(t.meta, key, 'dcs') ?? key;
  if (t.kind === 'primitive' && t.name !== 'string') return parseScalar(t.name, key, { runtime: 'core', timeZone: undefined }) ?? key;
  return key;
}

export function toDateTimeOffset(v: unknown): DateTimeOffset {
  if (v instanceof DateTimeOffset) return v;
  if (v instanceof Date) return DateTimeOffset.from(v);
  const parsed = typeof v === 'string' ? parseDateTimeOffset(v) : undefined;
  if (!parsed) throw new TypeError('DateTimeOffset values must be a DateTimeOffset or Date');
  return parsed;
}

const needsXsiDeclaration = (t: TypeRef): boolean =>
  t.kind === 'class' || t.kind === 'list' || t.kind === 'dict' || (t.kind === 'primitive' && t.name === 'DateTimeOffset');

class DcsWriter {
  constructor(private readonly sink: XmlSink, private readonly s: XmlSettings) {}

  root(value: unknown, declared: TypeRef): void {
    const t = declared.kind === 'nullable' ? declared.of : declared;
    const { name, ns } = rootName(t);
    if (value === null || value === undefined) {
      const d = declared.kind !== 'nullable' && isValueType(t) ? defaultValue(t) : undefined;
      if (d === undefined) {
        // XmlWriter declares `i` itself here, after the attribute that uses it.
        this.sink.startElement(name, ns);
        this.sink.rawAttribute('i:nil', 'true');
        this.sink.rawAttribute('xmlns:i', XSI_NS);
        this.sink.endElement();
        return;
      }
      value = d;
    }
    this.sink.startElement(name, ns);
    if (needsXsiDeclaration(t)) this.sink.rawAttribute('xmlns:i', XSI_NS);
    this.content(t, value);
    this.sink.endElement();
  }

  private content(t: TypeRef, v: unknown): void {
    switch (t.kind) {
      case 'nullable': return this.content(t.of, v);
      case 'primitive': {
        if (t.name === 'DateTimeOffset') return this.dateTimeOffset(v);
        if (t.name === 'object') throw new XmlWriteRefusedException('SerializationException', 'Stackport does not write object-typed values as XML.');
        if (t.name === 'string') {
          const text = typeof v === 'string' ? v : String(v);
          if (text !== '' || !this.s.textWriter) this.sink.text(text);
          return;
        }
        const text = formatScalar(t.name, v, this.s);
        if (text !== '') this.sink.rawText(text);
        return;
      }
      case 'enum': {
        const n = enumNumber(t.meta, v);
        const text = formatEnum(t.meta, n, 'dcs');
        if (text === undefined) throw enumRefusal(t.meta, Number.isNaN(n) ? String(v) : n, 'dcs');
        if (text !== '') this.sink.text(text);
        return;
      }
      case 'list': return this.list(t, v);
      case 'dict': return this.dict(t, v);
      case 'class': return this.object(t.ctor, v as object);
    }
  }

  private guardDepth(t: TypeRef | Constructor): void {
    if (this.sink.depth > MAX_WRITE_DEPTH) {
      const type: TypeRef = typeof t === 'function' ? { kind: 'class', ctor: t } : t;
      throw new XmlWriteRefusedException('SerializationException',
        `Object graph for type '${stableName(type).name}' contains cycles and cannot be serialized if reference tracking is disabled.`);
    }
  }

  private object(declared: Constructor, value: object): void {
    this.guardDepth(declared);
    const ctor = runtimeClass(declared, value);
    const plan = classPlan(ctor, 'dcs');
    if (ctor !== declared) this.sink.rawAttribute('i:type', escapeAttribute(this.sink.qualifiedName(plan.ns, plan.name)));
    const members = plan.members;
    for (let i = 0; i < members.length; i++) this.member(members[i]!, (value as Record<string, unknown>)[members[i]!.key]);
  }

  private member(m: MemberPlan, v: unknown): void {
    if ((v === null || v === undefined) && m.type.kind !== 'nullable' && isValueType(m.type)) v = defaultValue(m.type);
    if (m.skipDefault && isDefaultValue(m.type, v)) return;
    this.sink.startElement(m.element, m.ns);
    if (m.childNs !== undefined) this.sink.declareNamespace(m.childNs);
    if (v === null || v === undefined) this.sink.rawAttribute('i:nil', 'true');
    else this.content(m.type, v);
    this.sink.endElement();
  }

  /** One collection item or dictionary Key/Value: an element holding a value of `t`, nil when null. */
  private slot(local: string, ns: string, t: TypeRef, v: unknown, childNs: string | undefined): void {
    if ((v === null || v === undefined) && t.kind !== 'nullable' && isValueType(t)) v = defaultValue(t);
    this.sink.startElement(local, ns);
    if (childNs !== undefined) this.sink.declareNamespace(childNs);
    if (v === null || v === undefined) this.sink.rawAttribute('i:nil', 'true');
    else this.content(t, v);
    this.sink.endElement();
  }

  private list(t: Extract<TypeRef, { kind: 'list' }>, v: unknown): void {
    this.guardDepth(t);
    const ns = stableName(t).ns;
    const itemName = itemElementName(t.of);
    const childNs = childNamespaceToDeclare(ns, t.of);
    if (childNs !== undefined) this.sink.declareNamespace(childNs);
    for (const item of itemsOf(v)) this.slot(itemName, ns, t.of, item, undefined);
  }

  private dict(t: Extract<TypeRef, { kind: 'dict' }>, v: unknown): void {
    this.guardDepth(t);
    const entry = keyValueName(t);
    const keyNs = childNamespaceToDeclare(ARRAYS_NS, t.key);
    const valueNs = childNamespaceToDeclare(ARRAYS_NS, t.value);
    for (const [k, val] of entriesOf(v)) {
      this.sink.startElement(entry, ARRAYS_NS);
      this.slot('Key', ARRAYS_NS, t.key, typedKey(t.key, k), keyNs);
      this.slot('Value', ARRAYS_NS, t.value, val, valueNs);
      this.sink.endElement();
    }
  }

  private dateTimeOffset(v: unknown): void {
    const d = toDateTimeOffset(v);
    this.sink.startElement('DateTime', SYSTEM_NS);
    this.sink.rawText(formatUtcInstant(d));
    this.sink.endElement();
    this.sink.startElement('OffsetMinutes', SYSTEM_NS);
    this.sink.rawText(String(d.offsetMinutes));
    this.sink.endElement();
  }
}
