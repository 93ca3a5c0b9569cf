/**
 * ServiceStack.Text's CsvSerializer output: a header row of member names (the DataMember name
 * when one is set; names are never re-cased) and one row per record. Strings and chars are
 * written as they are, everything else in its JSV form (booleans `True`/`False`, as TextWriter
 * writes them too); a null is an empty field.
 */
import { unwrapNullable, type TypeRef } from '../../types/type-ref.js';
import type { CodecOptions } from '../codec-options.js';
import { jsvDisplayText } from '../jsv/jsv-display.js';
import { classInfo } from '../jsv/member-plan.js';
import { csvRow } from './csv-fields.js';
import { csvShape } from './csv-shape.js';

/** The text of one field (before CSV quoting), undefined for null. */
const fieldText = jsvDisplayText;

export function writeCsv(value: unknown, type: TypeRef, options: CodecOptions): string {
  if (value === null || value === undefined) return '';
  const shape = csvShape(type);
  const inner = shape.kind !== 'scalar' && shape.member ? (value as Record<string, unknown>)[shape.member.name] : value;
  if (shape.kind === 'scalar') return fieldText(value, shape.type, options) ?? '';
  if (inner === null || inner === undefined) return '';
  return shape.kind === 'rows' ? writeRows(inner as unknown[], shape.of, options) : writeRows([inner], shape.type, options);
}

function writeRows(records: unknown[], of: TypeRef, options: CodecOptions): string {
  const t = unwrapNullable(of);
  if (t.kind === 'class') {
    const members = classInfo(t.ctor).members;
    const header = csvRow(members.map((m) => m.wire.PascalCase));
    return header + records.map((r) => csvRow(members.map((m) => (r == null ? undefined : fieldText((r as Record<string, unknown>)[m.name], m.type, options))))).join('');
  }
  if (t.kind === 'dict') return writeDictionaries(records as (Record<string, unknown> | null)[], t.value, options);
  // Scalars (and lists of lists) are one row of values, without a header.
  return csvRow(records.map((r) => fieldText(r, of, options)));
}

/**
 * CsvDictionaryWriter: string-valued dictionaries share a header of every key, sorted; other
 * dictionaries take the first record's keys.
 */
function writeDictionaries(records: (Record<string, unknown> | null)[], valueType: TypeRef, options: CodecOptions): string {
  const present = records.filter((r): r is Record<string, unknown> => r !== null && r !== undefined);
  if (present.length === 0) return '';
  const v = unwrapNullable(valueType);
  const stringValued = v.kind === 'primitive' && v.name === 'string';
  const keys = stringValued ? [...new Set(present.flatMap((r) => Object.keys(r)))].sort() : Object.keys(present[0]!);
  return csvRow(keys) + present.map((r) => csvRow(keys.map((k) => fieldText(r[k], valueType, options)))).join('');
}
