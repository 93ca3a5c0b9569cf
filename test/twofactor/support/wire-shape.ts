/**
 * "Byte for byte after value substitution": the seed's sample, with its values replaced by the
 * actual response's values, must serialise to exactly the actual response bytes — same members,
 * same order, same spelling; only the values differ.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The seed's (indented) JSON sample re-written compactly with `actual`'s values at its paths. */
export function substituteJson(seedSample: string, actualBody: string): string {
  const actual = JSON.parse(actualBody) as Json;
  const fill = (template: Json, value: Json): Json => {
    if (Array.isArray(template)) {
      if (!Array.isArray(value)) return value;
      return value.map((v) => fill(template[0] ?? null, v));
    }
    if (template && typeof template === 'object') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(Object.keys(template).map((k) => [k, fill(template[k]!, (value as Record<string, Json>)[k] ?? null)]));
    }
    return value;
  };
  return JSON.stringify(fill(JSON.parse(seedSample) as Json, actual));
}

/**
 * The structure of an XML document: its tags in order (root start tag with its namespace
 * declarations verbatim), text ignored, `<X i:nil="true" />` read as an element with no value.
 */
export function xmlShape(xml: string): string[] {
  const tags = xml.match(/<[^>]+>/g) ?? [];
  const out: string[] = [];
  tags.forEach((tag, i) => {
    const nil = /^<([\w:.-]+) (?:i|xsi):nil="true" \/>$/.exec(tag);
    if (nil) { out.push(`<${nil[1]}>`, `</${nil[1]}>`); return; }
    out.push(i === 0 ? tag.replace(/\s+/g, ' ') : tag.replace(/\s.*(?=\/?>)/, ''));
  });
  return out;
}

/** The seed's indented XML sample with the whitespace between elements removed (the wire form). */
export function compactXml(sample: string): string {
  return sample.replace(/>\s+</g, '><').trim();
}
