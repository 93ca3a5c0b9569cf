/**
 * RFC 4180 fields and lines as ServiceStack.Text's CsvWriter/CsvReader write and split them: a
 * field is quoted (inner quotes doubled) when it holds `"` `,` CR or LF, or starts like JSV
 * structure (`[` `{`); rows end in CRLF; a reader splits lines outside quotes and fields outside
 * quotes and outside unquoted `{…}`/`[…]` JSV values.
 */
import { fromCsvField } from '../jsv/jsv-text.js';

export const ROW_SEPARATOR = '\r\n';

export function toCsvField(text: string): string {
  if (text.length === 0) return text;
  const quote = /[",\r\n]/.test(text) || text[0] === '[' || text[0] === '{';
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(fields: readonly (string | undefined)[]): string {
  return fields.map((f) => (f === undefined ? '' : toCsvField(f))).join(',') + ROW_SEPARATOR;
}

/** The non-empty lines of a CSV text; line breaks inside quoted fields stay in their field. */
export function parseLines(csv: string): string[] {
  const rows: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') {
      if (csv[i + 1] === '"') { i++; continue; }
      inQuotes = !inQuotes;
    }
    if (inQuotes || c !== '\n') continue;
    const end = i > 0 && csv[i - 1] === '\r' ? i - 1 : i;
    if (end > start) rows.push(csv.slice(start, end));
    start = i + 1;
  }
  if (csv.length > start) rows.push(csv.slice(start));
  return rows;
}

/** The fields of one line, unquoted; an empty field is undefined (ServiceStack reads it as null). */
export function parseFields(line: string): (string | undefined)[] {
  const fields: (string | undefined)[] = [];
  if (line.length === 0) return fields;
  let i = 0;
  for (;;) {
    const end = fieldEnd(line, i);
    fields.push(end === i ? undefined : fromCsvField(line.slice(i, end)));
    if (end >= line.length) return fields;
    i = end + 1;
  }
}

/** Where the field starting at `i` ends (the index of its `,`, or the line's length). */
function fieldEnd(line: string, i: number): number {
  const first = line[i];
  if (first === '"') {
    let j = i;
    while (++j < line.length) {
      if (line[j] !== '"') continue;
      if (line[j + 1] !== '"') return j + 1;
      j++;
    }
    return line.length;
  }
  if (first === '{' || first === '[') {
    const close = first === '{' ? '}' : ']';
    let depth = 0;
    let inQuotes = false;
    for (let j = i; j < line.length; j++) {
      const c = line[j];
      if (c === '"') inQuotes = !inQuotes;
      if (inQuotes) continue;
      if (c === first) depth++;
      else if (c === close && --depth === 0) return j + 1;
    }
    // Unbalanced: read it as a plain value, as ServiceStack gives up on the structure.
  }
  const comma = line.indexOf(',', i);
  return comma < 0 ? line.length : comma;
}
