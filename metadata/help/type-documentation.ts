/**
 * The Help Page's Type column (ModelDescriptionGenerator.DefaultTypeDocumentation and the
 * *ModelDescription display templates): simple types in words, complex types and enums as links
 * to their ResourceModel page, collections as "Collection of X".
 */
import { getDtoMeta, type TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';
import { escapeHtml } from '../shared/html.js';

const SIMPLE: Record<PrimitiveName, string> = {
  short: 'integer', int: 'integer', long: 'integer',
  ushort: 'unsigned integer', uint: 'unsigned integer', ulong: 'unsigned integer',
  byte: 'byte', sbyte: 'signed byte', char: 'character',
  float: 'decimal number', double: 'decimal number', decimal: 'decimal number',
  string: 'string', Guid: 'globally unique identifier', TimeSpan: 'time interval',
  DateTime: 'date', DateTimeOffset: 'date', bool: 'boolean',
  'byte[]': 'Collection of byte', object: 'Object',
};

/** `modelHref(name)` builds the ResourceModel link of a complex type or enum. */
export function typeDocumentationHtml(t: TypeRef, modelHref: (name: string) => string): string {
  const linkTo = (name: string): string => `<a href="${escapeHtml(modelHref(name))}">${escapeHtml(name)}</a>`;
  switch (t.kind) {
    case 'primitive': return escapeHtml(SIMPLE[t.name]);
    case 'nullable': return typeDocumentationHtml(t.of, modelHref);
    case 'list': return `Collection of ${typeDocumentationHtml(t.of, modelHref)}`;
    case 'dict': return `Dictionary of ${typeDocumentationHtml(t.key, modelHref)} [key] and ${typeDocumentationHtml(t.value, modelHref)} [value]`;
    case 'class': return linkTo(getDtoMeta(t.ctor).name);
    case 'enum': return linkTo(t.meta.name);
  }
}
