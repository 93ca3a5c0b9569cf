/**
 * What CsvSerializer writes for a value of a type, and reads back into it: a list is one row per
 * element; a `[DataContract]` DTO (ServiceStack's IsDto) stands for its first list member
 * (ResponseStatus, strings, value types and byte[] skipped), or failing that its first other
 * reference member as one row; anything else is itself, one row.
 */
import { getDtoMeta } from '../../dto/dto-meta.js';
import { isValueType, unwrapNullable, type TypeRef } from '../../types/type-ref.js';
import { classInfo, type MemberInfo } from '../jsv/member-plan.js';

export type CsvShape =
  /** One row per element of `of`, reached through `member` when the value is a DTO holding it. */
  | { readonly kind: 'rows'; readonly of: TypeRef; readonly member?: MemberInfo }
  /** One row (with its header) for a value of `type`, reached through `member` when set. */
  | { readonly kind: 'row'; readonly type: TypeRef; readonly member?: MemberInfo }
  /** A scalar: its JSV text (a string as it is). */
  | { readonly kind: 'scalar'; readonly type: TypeRef };

const IGNORED_MEMBER = 'ResponseStatus';

/** Members CsvSerializer never picks: scalars, and `object`, which Stackport cannot enumerate by type. */
const isCandidate = (m: MemberInfo): boolean => {
  const t = unwrapNullable(m.type);
  return m.name !== IGNORED_MEMBER && !isValueType(t) && !(t.kind === 'primitive');
};

export function csvShape(type: TypeRef): CsvShape {
  const t = unwrapNullable(type);
  if (t.kind === 'list') return { kind: 'rows', of: t.of };
  if (t.kind === 'dict') return { kind: 'row', type: t };
  if (t.kind !== 'class') return { kind: 'scalar', type: t };
  if (!getDtoMeta(t.ctor).dataContract) return { kind: 'row', type: t };
  const candidates = classInfo(t.ctor).members.filter(isCandidate);
  const list = candidates.find((m) => unwrapNullable(m.type).kind === 'list');
  if (list) return { kind: 'rows', of: (unwrapNullable(list.type) as { of: TypeRef }).of, member: list };
  const first = candidates[0];
  return first ? { kind: 'row', type: first.type, member: first } : { kind: 'row', type: t };
}
