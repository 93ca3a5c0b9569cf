/**
 * The SerializationException the JSON readers throw. It keeps the failing member's path and
 * position, which the ASP.NET dialect needs for its ModelState keys (`request.Nums[1]`); the
 * wire-visible name and errorCode stay `SerializationException`.
 */
import { SerializationException } from '../../errors/exceptions.js';

export class JsonReadError extends SerializationException {
  constructor(
    message: string,
    /** The member path in Json.NET's notation: `Items[1].Name`, `['odd key']`; '' for the root. */
    readonly path: string,
    readonly line?: number,
    readonly position?: number,
  ) {
    super(message);
    this.name = 'SerializationException';
    this.errorCode = 'SerializationException';
  }
}

/** Json.NET's JsonPosition path text. */
export function formatPath(parts: readonly (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/[.\s[\]()'"]/.test(p) || p === '') out += `['${p.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
    else out += out === '' ? p : '.' + p;
  }
  return out;
}
