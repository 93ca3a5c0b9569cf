/** Formats looked up by `?format=` name, `.ext` suffix or media type — a table, not an if-chain. */
import type { Format } from './format.js';

export class FormatRegistry {
  private readonly byName = new Map<string, Format>();
  private readonly byExt = new Map<string, Format>();
  private readonly byMediaType = new Map<string, Format>();
  private readonly ordered: Format[] = [];

  register(format: Format): this {
    this.byName.set(format.name.toLowerCase(), format);
    this.byExt.set(format.extension.toLowerCase(), format);
    for (const mt of format.mediaTypes) this.byMediaType.set(mt.toLowerCase(), format);
    this.ordered.push(format);
    return this;
  }

  get all(): readonly Format[] { return this.ordered; }
  byFormatName(name: string | undefined): Format | undefined { return name ? this.byName.get(name.toLowerCase()) : undefined; }
  byExtension(ext: string | undefined): Format | undefined { return ext ? this.byExt.get(ext.toLowerCase()) : undefined; }
  /** By media type, ignoring parameters (`application/json; charset=utf-8` → json). */
  byContentType(contentType: string | undefined): Format | undefined {
    return contentType ? this.byMediaType.get(mediaTypeOf(contentType)) : undefined;
  }
}

/** The bare, lower-cased media type of a Content-Type header value. */
export function mediaTypeOf(contentType: string): string {
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

export const FORM_MEDIA_TYPES: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);
