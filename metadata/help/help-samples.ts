/**
 * HelpPageSampleGenerator: one sample object per type, written by every formatter of the
 * direction, identical texts grouped under one heading ("application/json, text/json"). The
 * form-urlencoded formatters read but cannot write, so they give "Sample not available.".
 */
import type { AppHost, TypeRef } from '../../src/index.js';
import { indentJson } from '../shared/indent-json.js';
import { indentXml } from '../shared/indent-xml.js';
import { ObjectGenerator, type SampleOverrides } from './object-generator.js';

export interface SampleGroup {
  readonly mediaTypes: readonly string[];
  /** Undefined for an invalid sample ("Sample not available."). */
  readonly text?: string;
}

interface Formatter {
  readonly mediaTypes: readonly string[];
  /** Undefined when the formatter cannot write (the form formatters). */
  readonly write?: (host: AppHost, value: unknown, type: TypeRef) => string;
}

const JSON_FORMATTER: Formatter = {
  mediaTypes: ['application/json', 'text/json'],
  write: (host, value, type) => indentJson(formatOf(host, 'json').write(value, type, host.codecOptions('aspnet'))),
};
const XML_FORMATTER: Formatter = {
  mediaTypes: ['application/xml', 'text/xml'],
  write: (host, value, type) => indentXml(formatOf(host, 'xml').write(value, type, host.codecOptions('aspnet'))),
};
const FORM_FORMATTER: Formatter = { mediaTypes: ['application/x-www-form-urlencoded'] };

function formatOf(host: AppHost, name: string): NonNullable<ReturnType<AppHost['formats']['byFormatName']>> {
  const f = host.formats.byFormatName(name);
  if (!f) throw new Error(`The host has no ${name} format`);
  return f;
}

/**
 * The samples of a body or response of `type` — a DTO class, or a collection, dictionary or
 * primitive `IReturn<T>` — written by the same formats, with the same type, as a live answer.
 */
export function helpSamples(host: AppHost, type: TypeRef, direction: 'request' | 'response', formUrlEncoded: boolean, overrides: SampleOverrides = {}): SampleGroup[] {
  const formatters = direction === 'request' && formUrlEncoded ? [JSON_FORMATTER, XML_FORMATTER, FORM_FORMATTER] : [JSON_FORMATTER, XML_FORMATTER];
  // GetSampleObject: a fresh ObjectGenerator per sample, so a top-level simple value is "sample string 1" or 1.
  const sample = new ObjectGenerator(overrides).generate(type);
  const groups: { mediaTypes: string[]; text?: string }[] = [];
  for (const f of formatters) {
    let text: string | undefined;
    try {
      text = f.write?.(host, sample, type);
    } catch {
      text = undefined; // Web API shows a failed serialization as an invalid sample too.
    }
    const same = groups.find((g) => g.text === text);
    if (same) same.mediaTypes.push(...f.mediaTypes);
    else groups.push({ mediaTypes: [...f.mediaTypes], ...(text === undefined ? {} : { text }) });
  }
  return groups;
}
