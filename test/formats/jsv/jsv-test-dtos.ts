/** Small DTOs the JSV unit tests share. */
import { DataContract, DataMember, Dto, Member } from '../../../src/framework/dto/decorators.js';
import { defineEnum } from '../../../src/framework/dto/enum-meta.js';
import { Dict, List } from '../../../src/framework/types/type-ref.js';

export enum Shade { Light, Dark, Darker }
defineEnum(Shade, { name: 'Shade', namespace: 'MyApp.ServiceModel', enumMembers: { Darker: 'DARKER' } });

@Dto({ namespace: 'MyApp.ServiceModel' })
export class Animal {
  @Member('string') Name?: string | null;
}

@Dto({ namespace: 'MyApp.ServiceModel' })
export class Dog extends Animal {
  @Member('int') Barks?: number;
}

@Dto({ namespace: 'MyApp.ServiceModel' })
export class Scalars {
  @Member('string') Value?: string | null;
  @Member('int') Id?: number;
  @Member('bool') Flag?: boolean;
  @Member('bool?') MaybeFlag?: boolean | null;
  @Member('double') Double?: number;
  @Member('Guid') Guid?: string;
  @Member('DateTime') When?: Date;
  @Member('TimeSpan') Span?: unknown;
  @Member(Shade) Shade?: Shade;
  @Member('char') Char?: string;
}

@Dto({ namespace: 'MyApp.ServiceModel' })
export class Names {
  @Member('string') URLValue?: string | null;
  @Member('string') FirstName?: string | null;
  @DataMember('int', { name: 'MyID' }) Id?: number;
  @Member('int', { dataMember: { emitDefaultValue: false } }) Quiet?: number;
}

@DataContract()
@Dto({ namespace: 'MyApp.ServiceModel' })
export class Contract {
  @DataMember('string', { order: 2 }) Second?: string | null;
  @DataMember('string', { order: 1 }) First?: string | null;
  @Member('string') NotAMember?: string | null;
}

@Dto({ namespace: 'MyApp.ServiceModel' })
export class Zoo {
  @Member(() => Animal) Star?: Animal | null;
  @Member(List(() => Animal)) Animals?: (Animal | null)[] | null;
  @Member('object') Anything?: unknown;
  @Member(Dict('string', 'int')) Counts?: Record<string, number> | Map<string, number> | null;
  @Member('Dictionary<int,string>') ById?: Record<string, string> | null;
  @Member('List<int>') Ids?: number[] | null;
  @Member('byte[]') Bytes?: Buffer | null;
}

@Dto({ namespace: 'MyApp.ServiceModel' })
export class Node {
  @Member('int') Id?: number;
  @Member(() => Node) Child?: Node | null;
  @Member(List(() => Node)) Kids?: Node[] | null;
}

/** Seed 002's response DTO with ResponseStatus, filled with the metadata page's sample values. */
@Dto({ namespace: 'ServiceStack' })
export class ResponseError {
  @Member('string') ErrorCode?: string | null;
  @Member('string') FieldName?: string | null;
  @Member('string') Message?: string | null;
  @Member('Dictionary<string,string>') Meta?: Record<string, string> | null;
}

@Dto({ namespace: 'ServiceStack' })
export class ResponseStatus {
  @Member('string') ErrorCode?: string | null;
  @Member('string') Message?: string | null;
  @Member('string') StackTrace?: string | null;
  @Member(List(() => ResponseError)) Errors?: ResponseError[] | null;
  @Member('Dictionary<string,string>') Meta?: Record<string, string> | null;
}

@Dto({ namespace: 'Infrastructure.Api.Interfaces.ServiceOperations.UserAccounts' })
export class GenerateTwoFactorAuthenticationKeyResponse {
  @Member(() => ResponseStatus) ResponseStatus?: ResponseStatus | null;
  @Member('string') TwoFactorUri?: string | null;
}
