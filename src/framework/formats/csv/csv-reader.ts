/**
 * Reads CSV as CsvSerializer does (CsvReader): the first line names the members (matched
 * case-insensitively, DataMember names included; unknown names ignored), each further line is a
 * record. Strings and chars are taken as they are, everything else is parsed as JSV; an empty
 * field leaves its member unset.
 */
import { SerializationException } from '../../errors/exceptions.js';
import { unwrapNullable, type Constructor, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { readJsv } from '../jsv/jsv-format.js';
import { classInfo, findMember } from '../jsv/member-plan.js';
import { parseFields, parseLines } from './csv-fields.js';
import { csvShape } from './csv-shape.js';

function fieldValue(text: string | undefined, type: TypeRef, options: CodecOptions): unknown {
  if (text === undefined) return undefined;
  const t = unwrapNullable(type);
  if (t.kind === 'primitive' && (t.name === 'string' || t.name === 'char')) return text;
  return readJsv(text, type, options);
}

export function readCsv(text: string, type: TypeRef, options: CodecOptions): unknown {
  if (typeof text !== 'string') throw new SerializationException('CSV input must be text');
  const max = options.limits.maxLength;
  if (text.length > max) throw new SerializationException(`CSV input of ${text.length} characters exceeds the limit of ${max}`);
  if (text.length === 0) return null;
  const shape = csvShape(type);
  if (shape.kind === 'scalar') return fieldValue(text, shape.type, options);
  const lines = parseLines(text);
  const records = readRows(lines, shape.kind === 'rows' ? shape.of : shape.type, options);
  const inner = shape.kind === 'rows' ? records : records[0] ?? null;
  if (!shape.member) return inner;
  const outer = new ((unwrapNullable(type) as { ctor: Constructor }).ctor as unknown as new () => Record<string, unknown>)();
  if (inner !== null) outer[shape.member.name] = inner;
  return outer;
}

function readRows(lines: string[], of: TypeRef, options: CodecOptions): unknown[] {
  if (lines.length === 0) return [];
  const t = unwrapNullable(of);
  if (t.kind === 'class') {
    const info = classInfo(t.ctor);
    const members = parseFields(lines[0]!).map((h) => (h === undefined ? undefined : findMember(info, h.trim(), false)));
    return lines.slice(1).map((line) => {
      const record = new (t.ctor as unknown as new () => Record<string, unknown>)();
      parseFields(line).forEach((field, i) => {
        const m = members[i];
        const v = m ? fieldValue(field, m.type, options) : undefined;
        if (m && v !== undefined) record[m.name] = v;
      });
      return record;
    });
  }
  if (t.kind === 'dict') {
    const keys = parseFields(lines[0]!);
    return lines.slice(1).map((line) => {
      const record: Record<string, unknown> = Object.create(null);
      parseFields(line).forEach((field, i) => { const k = keys[i]; if (k !== undefined) record[k] = fieldValue(field, t.value, options) ?? null; });
      return record;
    });
  }
  // Scalars: one line holds them all, or each line is one.
  const fields = lines.length === 1 ? parseFields(lines[0]!) : lines;
  return fields.map((f) => fieldValue(f, of, options) ?? null);
}
