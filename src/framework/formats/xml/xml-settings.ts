/** What the XML writers and reader take from CodecOptions, resolved once per call. */
import { DEFAULT_LIMITS, type CodecLimits, type CodecOptions } from '../codec-options.js';
import type { DotNetRuntime } from '../../types/number-format.js';
import { XML_DECLARATION } from './xml-namespaces.js';
import { XmlSink } from './xml-sink.js';

export interface XmlSettings {
  readonly runtime: DotNetRuntime;
  readonly timeZone: string | undefined;
  readonly newline: string;
  readonly pretty: boolean;
  readonly declaration: boolean;
  /**
   * XmlTextWriter semantics (ServiceStack's indented metadata samples): an empty string is `<S />`
   * and newlines inside text are written as they are. Off for the wire form (XmlWriter.Create).
   */
  readonly textWriter: boolean;
  readonly limits: CodecLimits;
}

export function xmlSettings(o: CodecOptions): XmlSettings {
  // Hosts pass complete options; the fallbacks only keep a hand-built object from failing oddly.
  return {
    runtime: o.runtime ?? 'core', timeZone: o.timeZone, newline: o.newline ?? '\n', pretty: o.pretty === true,
    declaration: o.xmlDeclaration === true, textWriter: o.pretty === true && o.dialect === 'servicestack', limits: o.limits ?? DEFAULT_LIMITS,
  };
}

export function newSink(s: XmlSettings, depthOffset = 0): XmlSink {
  return new XmlSink({ indent: s.pretty, newline: s.newline, replaceNewlines: !s.textWriter, depthOffset }, s.declaration ? XML_DECLARATION : '');
}

/** Writers stop here: only a cyclic object graph nests this deep. */
export const MAX_WRITE_DEPTH = 512;
