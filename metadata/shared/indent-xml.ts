/**
 * Re-indents XML as `XDocument.ToString()` prints it (the Help Page XML samples): no declaration,
 * two-space indentation, an element holding only text on one line, empty elements as `<x />`.
 * Whitespace-only text between elements is dropped, as LoadOptions.None does.
 */
export function indentXml(xml: string, indent = '  '): string {
  const tokens = xml.replace(/^<\?xml[^>]*\?>\s*/, '').match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.startsWith('<')) {
      if (t.trim()) lines.push(indent.repeat(depth) + t);
      continue;
    }
    if (t.startsWith('</')) {
      depth--;
      lines.push(indent.repeat(depth) + t);
    } else if (t.endsWith('/>')) {
      lines.push(indent.repeat(depth) + t.replace(/\s*\/>$/, ' />'));
    } else if (!tokens[i + 1]?.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
      // <a>text</a> stays on one line.
      lines.push(indent.repeat(depth) + t + tokens[i + 1] + tokens[i + 2]);
      i += 2;
    } else if (tokens[i + 1]?.startsWith('</')) {
      lines.push(indent.repeat(depth) + t + tokens[i + 1]);
      i += 1;
    } else {
      lines.push(indent.repeat(depth) + t);
      depth++;
    }
  }
  return lines.join('\n');
}
