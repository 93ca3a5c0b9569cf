/**
 * The JSON member name a client sees for a DTO member: ServiceStack DTOs follow the host's text
 * case, ASP.NET (Json.NET) and DataContract names are used as declared.
 */
import { getDtoMeta, type DtoMeta, type MemberMeta, type TextCase } from '../../src/index.js';
import { dataContractName } from '../../src/framework/dto/member-order.js';
import { applyTextCase } from '../../src/framework/types/text-case.js';

export function jsonMemberName(owner: DtoMeta, m: MemberMeta, hostTextCase: TextCase): string {
  const declaring = getDtoMeta(m.declaringClass);
  if (declaring.dataContract && m.dataMember?.name) return m.dataMember.name;
  const dialect = owner.dialect ?? 'servicestack';
  if (dialect === 'aspnet') return dataContractName(declaring, m);
  if (dialect === 'gateway') return applyTextCase(m.name, 'camelCase');
  return applyTextCase(m.name, hostTextCase);
}
