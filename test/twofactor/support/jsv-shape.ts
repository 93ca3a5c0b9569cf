/**
 * The structure of a JSV document — its keys and nesting, values ignored — so a response can be
 * compared with a seed's JSV sample whatever the values are. Keys of `meta` maps (the seed writes
 * `String: String`) become `*`. Reads compact and pretty JSV alike.
 */
export type Shape = { [key: string]: Shape | Shape[] | null } | Shape[] | null;

export function jsvShape(text: string): Shape {
  let i = 0;
  const ws = (): void => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  const value = (inMap: boolean): Shape => {
    ws();
    if (text[i] === '{') return object(inMap);
    if (text[i] === '[') {
      i++;
      const items: Shape[] = [];
      ws();
      while (text[i] !== ']') { items.push(value(false)); ws(); if (text[i] === ',') i++; ws(); }
      i++;
      return items;
    }
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
      return null;
    }
    while (i < text.length && !',}]'.includes(text[i]!) && text[i] !== '\n') i++;
    return null;
  };
  const object = (isMap: boolean): Shape => {
    i++;
    const out: Record<string, Shape> = {};
    ws();
    while (text[i] !== '}') {
      const start = i;
      while (text[i] !== ':') i++;
      const key = text.slice(start, i).trim();
      i++;
      out[isMap ? '*' : key] = value(key === 'meta');
      ws();
      if (text[i] === ',') i++;
      ws();
    }
    i++;
    return out;
  };
  return value(false);
}

/** The same structure from parsed JSON (camelCase keys, `meta` keys as `*`). */
export function jsonShape(v: unknown, isMap = false): Shape {
  if (Array.isArray(v)) return v.map((x) => jsonShape(x));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [isMap ? '*' : k, jsonShape(x, k === 'meta')]));
  return null;
}

/** Whether `actual` has only members the seed has, in the seed's order, nested alike. */
export function fitsShape(actual: Shape, seed: Shape): boolean {
  if (actual === null) return true;
  if (Array.isArray(actual)) return Array.isArray(seed) && actual.every((a) => fitsShape(a, seed[0] ?? null));
  if (!seed || Array.isArray(seed)) return false;
  const seedKeys = Object.keys(seed);
  let last = -1;
  for (const k of Object.keys(actual)) {
    const at = seedKeys.indexOf(k);
    if (at <= last || !fitsShape(actual[k]!, seed[k]!)) return false;
    last = at;
  }
  return true;
}
