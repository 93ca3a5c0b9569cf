/**
 * Turns generated documentation pages back into the plain text the seed documents were
 * captured as, so goldens compare text-for-text:
 *  - `pageLines`: the page as a browser's innerText would give it (seed 002 style), `<pre>`
 *    blocks verbatim, table cells of one row joined without separators;
 *  - `helpBlocks` + `seed000Text` / `seed001Text`: a Help page as seeds 000 and 001 render it.
 */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
export const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
const stripTags = (s: string): string => decode(s.replace(/<[^>]+>/g, ''));

/** The `<main>` of a page. */
export function mainOf(html: string): string {
  const m = /<main>([\s\S]*)<\/main>/.exec(html);
  if (!m) throw new Error('no <main> in page');
  return m[1]!.replace(/<footer>[\s\S]*?<\/footer>/, '');
}

/** Decoded text of every `<pre>` block, in order. */
export function preBlocks(html: string): string[] {
  return [...html.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => stripTags(m[1]!.replace(/^\n/, '')));
}

/** innerText-like lines of the page body; `<pre>` lines kept verbatim (with trailing spaces). */
export function pageLines(html: string): string[] {
  const pres: string[] = [];
  let body = mainOf(html).replace(/<pre[^>]*>([\s\S]*?)<\/pre>/g, (_m, inner: string) => {
    pres.push(stripTags(inner.replace(/^\n/, '')));
    return `\n\u0000${pres.length - 1}\u0000\n`;
  });
  body = body.replace(/<\/?(p|div|h[1-6]|tr|table|caption|thead|tbody|section|nav|ul|li|br)[^>]*>/g, '\n').replace(/\n[ \t]*/g, '\n');
  const lines: string[] = [];
  for (const raw of stripTags(body).split('\n')) {
    const pre = /^\u0000(\d+)\u0000$/.exec(raw);
    if (pre) lines.push(...pres[Number(pre[1])]!.split('\n'));
    else if (raw.trim()) lines.push(raw.replace(/\s+/g, ' ').trim());
  }
  return lines;
}

/** Asserts `expected` (non-empty lines) occur in `actual` in order; returns the first missing line. */
export function firstMissingInOrder(expected: readonly string[], actual: readonly string[]): string | undefined {
  let i = 0;
  for (const line of expected) {
    while (i < actual.length && actual[i] !== line) i++;
    if (i === actual.length) return line;
    i++;
  }
  return undefined;
}

export type HelpBlock =
  | { kind: 'heading' | 'paragraph' | 'link'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'sample'; mediaTypes: string; text?: string };

/** The blocks of a Help page from its `<h1>` on. */
export function helpBlocks(html: string): HelpBlock[] {
  const main = mainOf(html);
  // Stackport's own additions sit outside the Web API layout: notes above the title, error bodies after it.
  const end = main.indexOf('<section class="error-responses">');
  const body = main.slice(main.indexOf('<h1>'), end < 0 ? undefined : end);
  const blocks: HelpBlock[] = [];
  const re = /<table[\s\S]*?<\/table>|<div class="sample">[\s\S]*?<\/div><\/div>|<(h[1-4])[^>]*>([\s\S]*?)<\/\1>|<p[^>]*>([\s\S]*?)<\/p>|<a [^>]*>([\s\S]*?)<\/a>/g;
  for (const m of body.matchAll(re)) {
    const s = m[0];
    if (s.startsWith('<table')) {
      const rows = [...s.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => stripTags(c[1]!.replace(/<\/p><p>/g, ' ')).trim()));
      blocks.push({ kind: 'table', rows });
    } else if (s.startsWith('<div class="sample">')) {
      const mediaTypes = stripTags(/<h4[^>]*>([\s\S]*?)<\/h4>/.exec(s)![1]!);
      const pre = /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(s);
      blocks.push({ kind: 'sample', mediaTypes, ...(pre ? { text: decode(pre[1]!) } : {}) });
    } else if (m[1]) blocks.push({ kind: 'heading', text: stripTags(m[2]!) });
    else if (m[3] !== undefined) blocks.push({ kind: 'paragraph', text: stripTags(m[3]) });
    else blocks.push({ kind: 'link', text: stripTags(m[4]!) });
  }
  return blocks;
}

/** Seed 000's capture: markdown-ish tables, JSON unindented, XML on one line. */
export function seed000Text(blocks: readonly HelpBlock[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    const sep = i === 0 || blocks[i - 1]!.kind === 'link' ? '' : '\n';
    if (b.kind === 'table') {
      const [, ...rows] = b.rows;
      out += sep + '| Name | Description | Type | Additional information |\n|---|---|---|---|\n'
        + rows.map((r) => `| ${r.slice(0, 3).filter(Boolean).join(' | ')} |\n${r[3]} |`).join('\n|\n');
    } else if (b.kind === 'sample') {
      const lines = (b.text ?? 'Sample not available.').split('\n').map((l) => l.trim());
      out += `${sep}${b.mediaTypes}\nSample:\n${b.mediaTypes.includes('xml') ? lines.join(' ') : lines.join('\n')}`;
    } else {
      out += sep + b.text;
    }
  });
  return out;
}

/** Seed 001's capture: blank lines between blocks, table rows as "Name Description Type" then the notes. */
export function seed001Text(blocks: readonly HelpBlock[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    const sep = i === 0 ? '' : blocks[i - 1]!.kind === 'link' ? '\n' : '\n\n';
    if (b.kind === 'table') {
      const [, ...rows] = b.rows;
      out += sep + 'Name Description Type Additional information\n' + rows.map((r) => `${r.slice(0, 3).filter(Boolean).join(' ')}\n\n${r[3]}`).join('\n\n');
    } else if (b.kind === 'sample') {
      out += `${sep}${b.mediaTypes}\n\nSample:\n${b.text ?? 'Sample not available.'}`;
    } else {
      out += sep + b.text;
    }
  });
  return out;
}
