/** A line writer with an indent level, like ServiceStack's StringBuilderWrapper. */
export class CodeWriter {
  private readonly lines: string[] = [];
  private level = 0;
  constructor(private readonly unit = '    ') {}

  line(text = ''): this {
    this.lines.push(text ? this.unit.repeat(this.level) + text : '');
    return this;
  }
  indent(): this { this.level++; return this; }
  unindent(): this { this.level--; return this; }
  toString(): string { return this.lines.join('\n') + '\n'; }
}

/** A C#/TypeScript string literal (both accept JSON's escapes for what DTO metadata contains). */
export function stringLiteral(value: string, quote: '"' | "'" = '"'): string {
  const json = JSON.stringify(value);
  return quote === '"' ? json : `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A `/** … *\/` description comment on one line (Java, Kotlin), unless descriptions are off. */
export function docComment(w: CodeWriter, text: string | undefined, enabled: boolean): void {
  if (text !== undefined && enabled) w.line('/**').line(`* ${text.replace(/\*\//g, '* /').replace(/\r?\n/g, ' ')}`).line('*/');
}
