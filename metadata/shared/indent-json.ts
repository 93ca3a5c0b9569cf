/**
 * Re-indents compact JSON the way Json.NET's `Formatting.Indented` writes it (two spaces,
 * `"name": value`, `[]`/`{}` for empty containers) — the form of the Help Page JSON samples.
 * Works on the text, so the codec's exact scalar spellings are kept.
 */
export function indentJson(compact: string, indent = '  '): string {
  let out = '';
  let depth = 0;
  let inString = false;
  const nl = (): string => '\n' + indent.repeat(depth);
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += compact[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    switch (c) {
      case '"': inString = true; out += c; break;
      case '{': case '[': {
        const close = c === '{' ? '}' : ']';
        if (compact[i + 1] === close) { out += c + close; i++; break; }
        depth++;
        out += c + nl();
        break;
      }
      case '}': case ']': depth--; out += nl() + c; break;
      case ',': out += ',' + nl(); break;
      case ':': out += ': '; break;
      case ' ': case '\t': case '\n': case '\r': break;
      default: out += c;
    }
  }
  return out;
}
