/** Guids travel as lowercase dashed strings inside Stackport; each format picks its spelling. */
import { randomUUID } from 'node:crypto';

export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

export function newGuid(): string {
  return randomUUID();
}

/**
 * Reads the forms .NET's Guid.Parse accepts: N (32 hex), D (dashed), B ({…}) and P ((…)),
 * any case, surrounding whitespace allowed. Returns the dashed lowercase form, or undefined.
 */
export function parseGuid(text: string): string | undefined {
  let t = text.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('(') && t.endsWith(')'))) t = t.slice(1, -1);
  let hex: string;
  if (t.length === 36 && /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(t)) hex = t.replace(/-/g, '');
  else if (t.length === 32 && /^[0-9a-fA-F]{32}$/.test(t)) hex = t;
  else return undefined;
  hex = hex.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The form Stackport keeps Guids in (newGuid, parseGuid): written without parsing it again.
const CANONICAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `N` = 32 hex digits (ServiceStack.Text), `D` = dashed (Json.NET, XML). */
export function formatGuid(value: string, format: 'N' | 'D'): string {
  const d = CANONICAL.test(value) ? value : parseGuid(value);
  if (d === undefined) throw new TypeError(`'${value}' is not a Guid`);
  return format === 'N' ? d.slice(0, 8) + d.slice(9, 13) + d.slice(14, 18) + d.slice(19, 23) + d.slice(24) : d;
}
