/**
 * Query strings and urlencoded forms as ServiceStack sees them: a map of key → value where a
 * repeated key's values are joined with ',' (`?a=1&a=2` → `1,2`). A Map, so keys such as
 * `__proto__` are plain data.
 */
export const MAX_PARAMETERS = 1000;

export function parseQueryString(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text) return out;
  let count = 0;
  for (const [k, v] of new URLSearchParams(text)) {
    if (++count > MAX_PARAMETERS) break;
    const prev = out.get(k);
    out.set(k, prev === undefined ? v : `${prev},${v}`);
  }
  return out;
}

/** Splits a request URL into its decoded path segments and raw query text. */
export function splitUrl(url: string): { path: string; segments: string[]; query: string } {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  const segments = rawPath.split('/').filter(Boolean).map(safeDecode);
  return { path: rawPath || '/', segments, query };
}

function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try { return decodeURIComponent(s); } catch { return s; }
}

/** A query-string value by a name matched case-insensitively, as ASP.NET and ServiceStack bind parameters. */
export function queryValue(query: ReadonlyMap<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of query) if (k.toLowerCase() === lower) return v;
  return undefined;
}
