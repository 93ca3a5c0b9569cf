/**
 * A value as nested HTML tables (ServiceStack's HTML report layout, rendered on the server): an
 * object is a table of member → value, a list of objects a table with a header row and a row per
 * element, a dictionary a table of key → value, any other value its JSV text. Nulls are omitted.
 * Every name, key and value goes through escapeHtml.
 */
import { isDto } from '../../dto/dto-meta.js';
import { SerializationException } from '../../errors/exceptions.js';
import { primitive, unwrapNullable, type Constructor, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { jsvDisplayText } from '../jsv/jsv-display.js';
import { classInfo } from '../jsv/member-plan.js';
import { escapeHtml } from './html-escape.js';

const OBJECT = primitive('object');

interface Ctx { readonly options: CodecOptions; depth: number }

/** [name, value, type] of an object's non-null members, in ServiceStack's member order. */
function membersOf(value: object, type: TypeRef): [string, unknown, TypeRef][] {
  const ctor = value.constructor as Constructor;
  if (isDto(ctor)) {
    return classInfo(ctor).members
      .map((m): [string, unknown, TypeRef] => [m.wire.PascalCase, (value as Record<string, unknown>)[m.name], m.type])
      .filter(([, v]) => v !== null && v !== undefined);
  }
  const valueType = type.kind === 'dict' ? type.value : OBJECT;
  return Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, v, valueType]);
}

const isRecord = (v: unknown, t: TypeRef): v is object =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v) && (t.kind === 'class' || t.kind === 'dict' || (t.kind === 'primitive' && t.name === 'object' && (isDto(v.constructor) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)));

export function htmlOf(value: unknown, type: TypeRef, options: CodecOptions): string {
  return render(value, type, { options, depth: 0 }) ?? '';
}

function render(value: unknown, type: TypeRef, ctx: Ctx): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (++ctx.depth > ctx.options.limits.maxDepth) throw new SerializationException(`The value nests deeper than ${ctx.options.limits.maxDepth} levels`);
  try {
    const t = unwrapNullable(type);
    if (Array.isArray(value) && (t.kind === 'list' || t.kind === 'primitive')) return list(value, t.kind === 'list' ? t.of : OBJECT, ctx);
    if (isRecord(value, t)) return object(membersOf(value, t), ctx);
    return `<span class="value">${escapeHtml(jsvDisplayText(value, type, ctx.options) ?? '')}</span>`;
  } finally {
    ctx.depth--;
  }
}

function object(members: [string, unknown, TypeRef][], ctx: Ctx): string {
  if (members.length === 0) return '';
  const rows = members.map(([name, v, t]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${render(v, t, ctx) ?? ''}</td></tr>`);
  return `<table class="object">${rows.join('')}</table>`;
}

function list(items: unknown[], of: TypeRef, ctx: Ctx): string {
  const records = items.filter((v) => v !== null && v !== undefined);
  if (records.length > 0 && records.every((r) => isRecord(r, unwrapNullable(of)))) {
    const rows = records.map((r) => new Map(membersOf(r as object, unwrapNullable(of)).map(([n, v, t]) => [n, [v, t] as const])));
    const columns = [...new Set(rows.flatMap((r) => [...r.keys()]))];
    const head = `<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
    const body = rows.map((r) => `<tr>${columns.map((c) => { const cell = r.get(c); return `<td>${cell ? render(cell[0], cell[1], ctx) ?? '' : ''}</td>`; }).join('')}</tr>`);
    return `<table class="list">${head}<tbody>${body.join('')}</tbody></table>`;
  }
  return `<table class="list values"><tbody>${records.map((r) => `<tr><td>${render(r, of, ctx) ?? ''}</td></tr>`).join('')}</tbody></table>`;
}
