/**
 * A tiny element tree and the indented writer .NET's XmlSchema.Write uses (XmlTextWriter,
 * Formatting.Indented: two spaces, one element per line, `<x />` for empty elements, text kept
 * inline). Only what the XSD and WSDL generators need.
 */
export interface XNode {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string])[];
  readonly children?: readonly XNode[];
  readonly text?: string;
}

export const el = (name: string, attrs: readonly (readonly [string, string])[] = [], children?: readonly XNode[], text?: string): XNode =>
  ({ name, attrs, ...(children ? { children } : {}), ...(text !== undefined ? { text } : {}) });

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeTree(node: XNode, newline = '\n', depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (node.text !== undefined) return `${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`;
  if (!node.children || node.children.length === 0) return `${pad}<${node.name}${attrs} />`;
  const inner = node.children.map((c) => writeTree(c, newline, depth + 1)).join(newline);
  return `${pad}<${node.name}${attrs}>${newline}${inner}${newline}${pad}</${node.name}>`;
}
