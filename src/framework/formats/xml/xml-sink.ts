/**
 * A forward-only XML writer with the observable behaviour of .NET's XmlWellFormedWriter, which is
 * what makes DataContractSerializer's bytes what they are:
 *  - an element in a namespace already bound in scope reuses that prefix (or none, for the default
 *    namespace); otherwise it becomes the element's default namespace, declared *after* the
 *    element's other attributes (`<Tags xmlns:d2p1="…" xmlns="…">`);
 *  - `declareNamespace` is XmlWriterDelegator.WriteXmlnsAttribute: a `d{depth}p{n}` prefix, only
 *    if the namespace is not in scope yet;
 *  - an element closed with no content is `<X />` (space before the slash); writing any text,
 *    even an empty string, forces `<X></X>`;
 *  - optional indentation as XmlWriter/XmlTextWriter do it: two spaces, children on their own
 *    lines, text-only elements kept on one line.
 * Passing `ns = null` switches namespace handling off (XmlSerializer writes none).
 */
import { escapeAttribute, escapeText } from './xml-escape.js';
import { XML_NS } from './xml-namespaces.js';

export interface SinkOptions {
  /** Indent (metadata pages). */
  readonly indent: boolean;
  /** Newline for indentation and for newlines inside text. */
  readonly newline: string;
  /** NewLineHandling.Replace (XmlWriter); false = XmlTextWriter, which writes newlines in text as they are. */
  readonly replaceNewlines: boolean;
  /**
   * Elements already open around this writer's output (a SOAP envelope and body): .NET's
   * `d{depth}p{n}` prefixes count them, since WCF hands DataContractSerializer the message's writer.
   */
  readonly depthOffset?: number;
}

const HAS_ELEMENTS = 1;
const HAS_TEXT = 2;

export class XmlSink {
  private out = '';
  private readonly names: string[] = [];
  private readonly content: number[] = [];
  private readonly marks: number[] = [];
  private readonly prefixes: string[] = ['', 'xml'];
  private readonly uris: string[] = ['', XML_NS];
  private open = false;
  private pendingDefault: string | undefined;
  private counter = 1;
  private readonly textNewline: string | null;
  private readonly indent: boolean;

  constructor(private readonly options: SinkOptions, prolog = '') {
    this.out = prolog;
    this.textNewline = options.replaceNewlines ? options.newline : null;
    this.indent = options.indent;
  }

  get depth(): number { return this.names.length; }

  /** The prefix bound to `ns` in scope ('' for the default namespace), or undefined. */
  lookupPrefix(ns: string): string | undefined {
    for (let i = this.uris.length - 1; i >= 0; i--) {
      if (this.uris[i] !== ns) continue;
      const p = this.prefixes[i]!;
      // A later binding of the same prefix shadows this one.
      let shadowed = false;
      for (let j = i + 1; j < this.prefixes.length; j++) if (this.prefixes[j] === p) { shadowed = true; break; }
      if (!shadowed) return p;
    }
    return undefined;
  }

  startElement(local: string, ns: string | null): void {
    if (this.open) this.closeStartTag();
    if (this.indent) {
      const parent = this.content.length - 1;
      if (parent >= 0) this.content[parent]! |= HAS_ELEMENTS;
      if (parent < 0 ? this.out.length > 0 : (this.content[parent]! & HAS_TEXT) === 0) this.out += this.options.newline + '  '.repeat(this.names.length);
      this.content.push(0);
    }
    this.marks.push(this.prefixes.length);
    let qname = local;
    if (ns !== null) {
      const prefix = this.lookupPrefix(ns);
      if (prefix === undefined) {
        this.pendingDefault = ns;
        this.prefixes.push('');
        this.uris.push(ns);
      } else if (prefix !== '') qname = `${prefix}:${local}`;
    }
    this.out += `<${qname}`;
    this.names.push(qname);
    this.counter = 1;
    this.open = true;
  }

  /** Declares `xmlns:d{depth}p{n}` for `ns` on the open start tag unless `ns` is already in scope. */
  declareNamespace(ns: string): void {
    if (this.lookupPrefix(ns) !== undefined) return;
    const prefix = `d${this.names.length + (this.options.depthOffset ?? 0)}p${this.counter++}`;
    this.prefixes.push(prefix);
    this.uris.push(ns);
    this.out += ` xmlns:${prefix}="${escapeAttribute(ns)}"`;
  }

  /** `prefix:local` for a QName-valued attribute, declaring the namespace first if needed. */
  qualifiedName(ns: string, local: string): string {
    this.declareNamespace(ns);
    const prefix = this.lookupPrefix(ns)!;
    return prefix === '' ? local : `${prefix}:${local}`;
  }

  /** An attribute on the open start tag; `qname` and `value` must already be safe to write. */
  rawAttribute(qname: string, value: string): void {
    this.out += ` ${qname}="${value}"`;
  }

  text(s: string): void {
    if (this.open) this.closeStartTag();
    if (this.indent) this.content[this.content.length - 1]! |= HAS_TEXT;
    this.out += escapeText(s, this.textNewline);
  }

  /** Text known to need no escaping: the writers' own number, date, Guid and base64 spellings. */
  rawText(s: string): void {
    if (this.open) this.closeStartTag();
    if (this.indent) this.content[this.content.length - 1]! |= HAS_TEXT;
    this.out += s;
  }

  endElement(): void {
    const qname = this.names.pop()!;
    const content = this.indent ? this.content.pop()! : 0;
    if (this.open) {
      if (this.pendingDefault !== undefined) this.writePendingDefault();
      this.out += ' />';
      this.open = false;
    } else {
      if (this.indent && content === HAS_ELEMENTS) this.out += this.options.newline + '  '.repeat(this.names.length);
      this.out += `</${qname}>`;
    }
    const mark = this.marks.pop()!;
    if (this.prefixes.length !== mark) {
      this.prefixes.length = mark;
      this.uris.length = mark;
    }
  }

  toString(): string { return this.out; }

  private closeStartTag(): void {
    if (this.pendingDefault !== undefined) this.writePendingDefault();
    this.out += '>';
    this.open = false;
  }

  private writePendingDefault(): void {
    this.out += ` xmlns="${escapeAttribute(this.pendingDefault!)}"`;
    this.pendingDefault = undefined;
  }
}
