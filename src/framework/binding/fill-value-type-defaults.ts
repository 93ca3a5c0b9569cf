/**
 * A bound request DTO as a .NET service sees it: a non-nullable value-type member that the request
 * did not set (or set to null) holds default(T) — 0, false, Guid.Empty, DateTime.MinValue,
 * TimeSpan.Zero, the enum's zero — in every format and in the query string, since .NET creates the
 * DTO before any reader sets a member. Nested DTOs, including those in lists and dictionaries,
 * are filled the same way. Reference types and `Nullable<T>` stay unset (.NET's null).
 * Only bound requests: a response DTO a service builds is written as it is.
 */
import { getDtoMeta, isDto } from '../dto/dto-meta.js';
import { defaultValue } from '../types/default-value.js';
import { isValueType, type Constructor, type TypeRef } from '../types/type-ref.js';

export function fillValueTypeDefaults(value: unknown, type: TypeRef): void {
  if (value === null || typeof value !== 'object') return;
  switch (type.kind) {
    case 'list': for (const item of value as Iterable<unknown>) fillValueTypeDefaults(item, type.of); return;
    case 'dict': for (const item of value instanceof Map ? value.values() : Object.values(value)) fillValueTypeDefaults(item, type.value); return;
    case 'class': return fillObject(value as Record<string, unknown>, type.ctor);
    default: return;
  }
}

function fillObject(dto: Record<string, unknown>, declared: Constructor): void {
  // A subclass instance (a polymorphic `__type` body) is filled by its own members.
  const ctor = isDto(dto.constructor as Constructor) ? dto.constructor as Constructor : declared;
  for (const m of getDtoMeta(ctor).allMembers) {
    const v = dto[m.name];
    if ((v === undefined || v === null) && isValueType(m.type)) dto[m.name] = defaultValue(m.type);
    else fillValueTypeDefaults(v, m.type);
  }
}
