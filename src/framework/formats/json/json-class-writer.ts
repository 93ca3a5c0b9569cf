/**
 * Compiles a DTO's member plans into one straight-line writer function: for each member in wire
 * order, read the property, write its name and value or its null text, with each member's encoder
 * called from its own call site (so V8 sees one type per site) and the separator decided at compile
 * time once a member is known to be always written.
 *
 * Only metadata reaches the generated source, and only as string literals (`literal`) or as
 * indexes into the arrays of functions passed in — never a name spliced in as an identifier, and
 * never anything from a request.
 */
import { codegenEnabled, literal } from '../codegen.js';
import type { Enc, WriteContext } from './json-writer.js';

export interface CompilableMember {
  readonly key: string;
  readonly first: string;
  readonly next: string;
  readonly enc: Enc;
  readonly whenNull: ((ctx: WriteContext) => string) | undefined;
  readonly skipDefault: ((v: unknown) => boolean) | undefined;
}

/** Writes the members after `out` (the `{` and any type tag); `started` says whether one was written. */
export type MembersWriter = (v: Record<string, unknown>, ctx: WriteContext, out: string, started: boolean) => string;

export function compileMembersWriter(members: readonly CompilableMember[]): MembersWriter {
  const lines: string[] = ['let x;'];
  // Once a member that is always written has been, every later one takes its `,name:` prefix.
  let written = false;
  members.forEach((m, i) => {
    const prefix = written ? literal(m.next) : `(started ? ${literal(m.next)} : ${literal(m.first)})`;
    const write = (text: string): string => `out += ${prefix} + ${text};${written ? '' : ' started = true;'}`;
    const onNull = m.whenNull ? write(`N[${i}](ctx)`) : '';
    const onValue = m.skipDefault ? `if (!S[${i}](x)) { ${write(`E[${i}](x, ctx)`)} }` : write(`E[${i}](x, ctx)`);
    lines.push(`x = v[${literal(m.key)}];`, `if (x === null || x === undefined) { ${onNull} } else { ${onValue} }`);
    written ||= m.whenNull !== undefined && m.skipDefault === undefined;
  });
  const source = `return function writeMembers(v, ctx, out, started) {\n${lines.join('\n')}\nreturn out;\n};`;
  const factory = new Function('E', 'N', 'S', source) as (e: readonly unknown[], n: readonly unknown[], s: readonly unknown[]) => MembersWriter;
  return factory(members.map((m) => m.enc), members.map((m) => m.whenNull), members.map((m) => m.skipDefault));
}

/** The same writer as a loop over the plans: the path with code generation switched off. */
export function interpretMembersWriter(members: readonly CompilableMember[]): MembersWriter {
  return (v, ctx, out, started) => {
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      const x = v[m.key];
      let text: string;
      if (x === null || x === undefined) {
        if (m.whenNull === undefined) continue;
        text = m.whenNull(ctx);
      } else {
        if (m.skipDefault !== undefined && m.skipDefault(x)) continue;
        text = m.enc(x, ctx);
      }
      out += (started ? m.next : m.first) + text;
      started = true;
    }
    return out;
  };
}

export const membersWriter: (members: readonly CompilableMember[]) => MembersWriter = codegenEnabled ? compileMembersWriter : interpretMembersWriter;
