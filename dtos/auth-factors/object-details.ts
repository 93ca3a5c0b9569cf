/**
 * zitadel.v1.ObjectDetails: what every change answers with. `sequence` is the per-tenant audit
 * sequence of the event just written (uint64, a JSON string), `resourceOwner` the tenant.
 */
import { DateTime, Dto, Member } from '../../src/index.js';

@Dto({ name: 'ObjectDetails', namespace: 'zitadel.v1', dialect: 'gateway' })
export class ObjectDetails {
  @Member('ulong') Sequence?: number | bigint;
  @Member('DateTime?') CreationDate?: DateTime | Date;
  @Member('DateTime?') ChangeDate?: DateTime | Date;
  @Member() ResourceOwner?: string;
}
