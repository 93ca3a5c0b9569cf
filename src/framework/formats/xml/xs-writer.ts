/**
 * XmlSerializer's output as ASP.NET Web API writes it with UseXmlSerializer (seed 001):
 * `xmlns:xsd` then `xmlns:xsi` on the root (Mono's order, which the seed shows), no default
 * namespace, members base class first in declaration order, null references omitted, `xsi:nil`
 * only for null Nullable<T> members and null list items, `<S />` for an empty string, lists as a
 * wrapper plus one element per item named after the item type, TimeSpan and DateTimeOffset as
 * empty elements (.NET Framework has no mapping for them), `xsi:type` for a subclass.
 */
import { isValueType, type Constructor, type TypeRef } from '../../types/type-ref.js';
import { xsName } from './contract-names.js';
import { itemsOf } from './dcs-writer.js';
import { escapeAttribute } from './xml-escape.js';
import { XSD_NS, XSI_NS } from './xml-namespaces.js';
import { classPlan, runtimeClass } from './xml-plans.js';
import { enumRefusal, xmlSerializerRefusal, XmlWriteRefusedException } from './xml-refusal.js';
import { enumNumber } from '../../dto/enum-meta.js';
import { defaultValue, formatEnum, formatScalar } from './xml-scalars.js';
import { MAX_WRITE_DEPTH, newSink, type XmlSettings } from './xml-settings.js';
import type { XmlSink } from './xml-sink.js';

export function writeXmlSerializer(value: unknown, type: TypeRef, settings: XmlSettings): string {
  const refusal = xmlSerializerRefusal(type);
  if (refusal) throw refusal;
  const sink = newSink(settings);
  new XsWriter(sink, settings).root(value, type);
  return sink.toString();
}

class XsWriter {
  constructor(private readonly sink: XmlSink, private readonly s: XmlSettings) {}

  root(value: unknown, declared: TypeRef): void {
    const t = declared.kind === 'nullable' ? declared.of : declared;
    if ((value === null || value === undefined) && declared.kind !== 'nullable' && isValueType(t)) value = defaultValue(t);
    this.sink.startElement(xsName(t), null);
    const complex = t.kind === 'class' || t.kind === 'list';
    if (complex || value === null || value === undefined) {
      this.sink.rawAttribute('xmlns:xsd', XSD_NS);
      this.sink.rawAttribute('xmlns:xsi', XSI_NS);
    }
    if (value === null || value === undefined) this.sink.rawAttribute('xsi:nil', 'true');
    else this.content(t, value);
    this.sink.endElement();
  }

  private content(t: TypeRef, v: unknown): void {
    switch (t.kind) {
      case 'nullable': return this.content(t.of, v);
      case 'primitive': {
        if (t.name === 'TimeSpan' || t.name === 'DateTimeOffset') return;
        if (t.name === 'object') throw new XmlWriteRefusedException('InvalidOperationException', 'Stackport does not write object-typed values as XML.');
        const text = formatScalar(t.name, v, this.s);
        if (text === '') return;
        if (t.name === 'string') this.sink.text(text);
        else this.sink.rawText(text);
        return;
      }
      case 'enum': {
        const n = enumNumber(t.meta, v);
        const text = formatEnum(t.meta, n, 'xs');
        if (text === undefined) throw enumRefusal(t.meta, Number.isNaN(n) ? String(v) : n, 'xs');
        if (text !== '') this.sink.text(text);
        return;
      }
      case 'list': {
        if (this.sink.depth > MAX_WRITE_DEPTH) throw cycle(t);
        const itemName = xsName(t.of);
        for (const item of itemsOf(v)) {
          this.sink.startElement(itemName, null);
          const value = (item === null || item === undefined) && t.of.kind !== 'nullable' && isValueType(t.of) ? defaultValue(t.of) : item;
          if (value === null || value === undefined) this.sink.rawAttribute('xsi:nil', 'true');
          else this.content(t.of, value);
          this.sink.endElement();
        }
        return;
      }
      case 'dict': throw xmlSerializerRefusal(t)!;
      case 'class': return this.object(t.ctor, v as object);
    }
  }

  private object(declared: Constructor, value: object): void {
    if (this.sink.depth > MAX_WRITE_DEPTH) throw cycle({ kind: 'class', ctor: declared });
    const ctor = runtimeClass(declared, value);
    if (ctor !== declared) {
      const refusal = xmlSerializerRefusal({ kind: 'class', ctor });
      if (refusal) throw refusal;
      this.sink.rawAttribute('xsi:type', escapeAttribute(classPlan(ctor, 'xs').name));
    }
    for (const m of classPlan(ctor, 'xs').members) {
      let v = (value as Record<string, unknown>)[m.key];
      if (v === null || v === undefined) {
        if (m.type.kind === 'nullable') {
          this.sink.startElement(m.element, null);
          this.sink.rawAttribute('xsi:nil', 'true');
          this.sink.endElement();
          continue;
        }
        if (!isValueType(m.type)) continue;
        v = defaultValue(m.type);
      }
      this.sink.startElement(m.element, null);
      this.content(m.type, v);
      this.sink.endElement();
    }
  }
}

const cycle = (t: TypeRef): XmlWriteRefusedException => new XmlWriteRefusedException('InvalidOperationException',
  `A circular reference was detected while serializing an object of type ${xsName(t)}.`);
