/**
 * ServiceStack's error DTOs, declared once with the member order the XML and JSV writers rely on
 * (`[DataMember(Order = n)]` in ServiceStack.Interfaces) and its types namespace.
 */
import { DataContract, DataMember, Dto } from '../dto/decorators.js';
import { Dict, List } from '../types/type-ref.js';

const SS_TYPES = 'http://schemas.servicestack.net/types';

@Dto({ namespace: 'ServiceStack', builtIn: true })
@DataContract({ namespace: SS_TYPES })
export class ResponseError {
  @DataMember('string', { order: 1 }) ErrorCode?: string;
  @DataMember('string', { order: 2 }) FieldName?: string;
  @DataMember('string', { order: 3 }) Message?: string;
  @DataMember(Dict('string', 'string'), { order: 4 }) Meta?: Record<string, string>;
}

@Dto({ namespace: 'ServiceStack', builtIn: true })
@DataContract({ namespace: SS_TYPES })
export class ResponseStatus {
  @DataMember('string', { order: 1 }) ErrorCode?: string;
  @DataMember('string', { order: 2 }) Message?: string;
  @DataMember('string', { order: 3 }) StackTrace?: string;
  @DataMember(List(ResponseError), { order: 4 }) Errors?: ResponseError[];
  @DataMember(Dict('string', 'string'), { order: 5 }) Meta?: Record<string, string>;
}

@Dto({ namespace: 'ServiceStack', builtIn: true })
@DataContract({ namespace: SS_TYPES })
export class ErrorResponse {
  @DataMember(ResponseStatus, { order: 1 }) ResponseStatus?: ResponseStatus;
}
