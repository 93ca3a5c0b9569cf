/** What a start tag's attributes mean to the typed reader, once the tag's declarations are in scope. */
import { XSI_NS } from './xml-namespaces.js';

/** A start tag's attributes as read, in order; `seen` holds the qualified names (duplicates are refused on arrival). */
export interface Attributes { readonly names: string[]; readonly values: string[]; readonly seen: Set<string> }

export interface XsiAttributes { readonly nil: boolean; readonly typeName: string | undefined; readonly typeNs: string | undefined }

export const NO_XSI: XsiAttributes = { nil: false, typeName: undefined, typeNs: undefined };

/**
 * `xsi:nil` and `xsi:type` (whatever prefix is bound to the XML Schema instance namespace).
 * Two prefixed attributes with the same namespace and local name are duplicates too, as XML
 * Namespaces 1.0 says: `duplicate` reports them; `lookup` resolves a prefix or throws.
 */
export function xsiAttributes(attrs: Attributes, lookup: (prefix: string) => string, duplicate: (name: string) => never): XsiAttributes {
  let nil = false;
  let typeName: string | undefined;
  let typeNs: string | undefined;
  let expanded: Set<string> | undefined;
  for (let i = 0; i < attrs.names.length; i++) {
    const a = attrs.names[i]!;
    const ac = a.indexOf(':');
    if (ac < 0 || a.startsWith('xmlns:')) continue;
    const attrNs = lookup(a.slice(0, ac));
    const attrLocal = a.slice(ac + 1);
    const key = `${attrNs}}${attrLocal}`;
    if (expanded?.has(key)) duplicate(a);
    (expanded ??= new Set()).add(key);
    if (attrNs !== XSI_NS) continue;
    const v = attrs.values[i]!.trim();
    if (attrLocal === 'nil') nil = v === 'true' || v === '1';
    else if (attrLocal === 'type') {
      const tc = v.indexOf(':');
      typeName = tc < 0 ? v : v.slice(tc + 1);
      typeNs = lookup(tc < 0 ? '' : v.slice(0, tc));
    }
  }
  return { nil, typeName, typeNs };
}
