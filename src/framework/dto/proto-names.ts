/** The names a gateway (protobuf) DTO member has on the wire: its proto field name and protoc's json_name. */
import type { MemberMeta } from './dto-meta.js';

/** The proto field name: explicit, else the .NET name in snake_case (acronyms kept as one word). */
export function protoNameOf(m: Pick<MemberMeta, 'name' | 'protoName'>): string {
  return m.protoName ?? m.name.replace(/([a-z0-9])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2_').toLowerCase();
}

/** protoc's json_name: drop each `_` and upper-case a following lowercase ASCII letter. */
export function jsonCamelCase(protoName: string): string {
  return protoName.replace(/_([a-z]?)/g, (_, c: string) => c.toUpperCase());
}
