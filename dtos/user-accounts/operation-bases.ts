/**
 * Seed 002's generic request bases (Infrastructure.Api.Interfaces.ServiceOperations): a verb
 * marker interface, and the tenanted variant that adds OrganisationId (ITenantedRequest). The
 * Delete and Get pairs follow the same pattern for the sibling operations. No descriptions here:
 * the seed's C# listing shows these classes bare.
 */
import { Dto, Member } from '../../src/index.js';

export const OPERATIONS_NS = 'Infrastructure.Api.Interfaces.ServiceOperations';
export const USER_ACCOUNTS_NS = `${OPERATIONS_NS}.UserAccounts`;

@Dto({ namespace: OPERATIONS_NS, dialect: 'servicestack', implements: ['IPut'], genericParams: ['TResponse'] })
export class PutOperationUnTenanted<_TResponse> {}

@Dto({ namespace: OPERATIONS_NS, dialect: 'servicestack', implements: ['ITenantedRequest'], genericParams: ['TResponse'] })
export class PutOperationTenanted<TResponse> extends PutOperationUnTenanted<TResponse> {
  @Member('string', { required: true }) OrganisationId?: string;
}

@Dto({ namespace: OPERATIONS_NS, dialect: 'servicestack', implements: ['IDelete'], genericParams: ['TResponse'] })
export class DeleteOperationUnTenanted<_TResponse> {}

@Dto({ namespace: OPERATIONS_NS, dialect: 'servicestack', implements: ['ITenantedRequest'], genericParams: ['TResponse'] })
export class DeleteOperationTenanted<TResponse> extends DeleteOperationUnTenanted<TResponse> {
  @Member('string', { required: true }) OrganisationId?: string;
}

@Dto({ namespace: OPERATIONS_NS, dialect: 'servicestack', implements: ['IGet'], genericParams: ['TResponse'] })
export class GetOperationUnTenanted<_TResponse> {}

@Dto({ namespace: OPERATIONS_NS, dialect: 'servicestack', implements: ['ITenantedRequest'], genericParams: ['TResponse'] })
export class GetOperationTenanted<TResponse> extends GetOperationUnTenanted<TResponse> {
  @Member('string', { required: true }) OrganisationId?: string;
}
