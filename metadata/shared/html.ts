/**
 * HTML building blocks for every documentation page. All text that reaches a page goes through
 * `escapeHtml` — DTO names, descriptions and samples are data, and a description containing
 * `<script>` must render as text.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number | undefined | null): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A link; `href` is escaped as an attribute value. */
export function link(href: string, text: string, attrs = ''): string {
  return `<a href="${escapeHtml(href)}"${attrs ? ' ' + attrs : ''}>${escapeHtml(text)}</a>`;
}

/** A table from pre-rendered cell HTML (callers escape cell text themselves). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], cls = ''): string {
  const head = headers.length ? `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>` : '';
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${escapeHtml(cls)}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

/** Query-string value encoding for links built from DTO names. */
export function qs(value: string): string {
  return encodeURIComponent(value);
}
