/** Small DTOs for the JSON codec's unit tests (the vector suites use the shared fixtures). */
import 'reflect-metadata';
import { DataContract, DataMember, Dto, Member } from '../../../src/framework/dto/decorators.js';
import { defineEnum } from '../../../src/framework/dto/enum-meta.js';
import type { DateTime } from '../../../src/framework/types/date-time.js';
import type { DateTimeOffset } from '../../../src/framework/types/date-time-offset.js';
import type { Decimal } from '../../../src/framework/types/decimal.js';
import type { TimeSpan } from '../../../src/framework/types/time-span.js';
import { Dict, List } from '../../../src/framework/types/type-ref.js';

export enum Color { Red, Green, Blue }
defineEnum(Color, { name: 'Color', namespace: 'Test.Shapes' });

export enum Day { Sun, Mon }
defineEnum(Day, { name: 'Day', namespace: 'Test.Shapes', enumMembers: { Sun: 'SUN' } });

export enum Perms { None = 0, Read = 1, Write = 2, Delete = 4, Admin = 7 }
defineEnum(Perms, { name: 'Perms', namespace: 'Test.Shapes', flags: true });

export enum Code { Success = 1, MaxOtpRequestExceededCode = 4000 }
defineEnum(Code, { name: 'Code', namespace: 'Test.Shapes' });

@Dto({ namespace: 'Test.Shapes' })
export class Poco {
  @Member('int') Id?: number;
  @Member() Name?: string;
}

@Dto({ namespace: 'Test.Shapes' })
export class BaseShape {
  @Member() Zeta?: string;
  @Member('int') BaseId?: number;
}

@Dto({ namespace: 'Test.Shapes' })
export class DerivedShape extends BaseShape {
  @Member() Alpha?: string;
  @Member('int') Extra?: number;
}

@Dto({ namespace: 'Test.Shapes' })
export class Holder {
  @Member(BaseShape) Item?: BaseShape;
  @Member(List(BaseShape)) Items?: BaseShape[];
  @Member('object') Any?: unknown;
}

@Dto({ namespace: 'Test.Shapes' })
export class Scalars {
  @Member('int') Int?: number;
  @Member('long') Long?: number | bigint;
  @Member('ulong') ULong?: number | bigint;
  @Member('short') Short?: number;
  @Member('byte') Byte?: number;
  @Member('uint') UInt?: number;
  @Member('double') Dbl?: number;
  @Member('float') Flt?: number;
  @Member('decimal') Dec?: Decimal;
  @Member() Flag?: boolean;
  @Member('char') Ch?: string;
  @Member('Guid') Id?: string;
  @Member('byte[]') Bytes?: Buffer;
  @Member() Text?: string;
  @Member(Color) Color?: Color;
  @Member(Perms) Perms?: Perms;
  @Member(Day) Day?: Day;
  @Member('int?') MaybeInt?: number | null;
}

@Dto({ namespace: 'Test.Shapes' })
export class Times {
  @Member('DateTime') When?: DateTime | Date;
  @Member('DateTime?') MaybeWhen?: DateTime | null;
  @Member('DateTimeOffset') Offset?: DateTimeOffset;
  @Member('TimeSpan') Span?: TimeSpan | number;
}

@Dto({ namespace: 'Test.Shapes' })
export class Collections {
  @Member('List<string>') Strings?: (string | null)[] | null;
  @Member('List<int?>') Ints?: (number | null)[];
  @Member(List(Poco)) Pocos?: (Poco | null)[];
  @Member(Dict('string', 'string')) Map?: Record<string, string | null> | Map<string, string | null>;
  @Member(Dict('string', Poco)) ByKey?: Record<string, Poco>;
}

@Dto({ namespace: 'Test.Shapes' })
export class Named {
  @Member('int') MyID?: number;
  @Member('string', { dataMember: { name: 'alias' } }) Aliased?: string;
  @Member('int') MaxSMSCount?: number;
  @Member() FirstName?: string;
}

@Dto({ namespace: 'Test.Shapes' })
@DataContract({ name: 'Contract' })
export class ContractShape {
  @DataMember('string', { order: 2 }) Second?: string | null;
  @DataMember('string', { order: 1 }) First?: string | null;
  @DataMember('string') NoOrderB?: string | null;
  @DataMember('string') NoOrderA?: string | null;
  @DataMember('string', { name: 'renamed_member', order: 3 }) Original?: string | null;
  @DataMember('string', { order: 4, emitDefaultValue: false }) OmittedWhenNull?: string | null;
  @DataMember('int', { order: 5, emitDefaultValue: false }) OmittedWhenZero?: number;
  @DataMember('List<string>', { order: 6, emitDefaultValue: false }) OmittedList?: string[] | null;
  @DataMember('string', { order: 7, isRequired: true }) Required?: string | null;
  @Member() NotAMember?: string;
}

/** Seed 000's request, ASP.NET dialect. */
@Dto({ namespace: 'BusinessLayer.Dto.Request', dialect: 'aspnet' })
export class CreateTwoFactorSmsOtpRequest {
  @Member('Guid') UserId?: string;
  @Member() GsmNumber?: string;
  @Member('int') TwoFactorConfigurationId?: number;
  @Member('int') MaxSMSCount?: number;
  @Member('int') MaxSMSInterval?: number;
  @Member('int') OtpExpirationPeriod?: number;
  @Member() IsSync?: boolean;
  @Member() Source?: string;
}

@Dto({ namespace: '' })
export class Req {
  @Member('int') TwoFactorConfigurationId?: number;
  @Member(Code) Code?: Code;
  @Member('Guid') UserId?: string;
  @Member('List<int>') Nums?: number[];
  @Member() GsmNumber?: string;
  @Member('int', { dataMember: { isRequired: true } }) Needed?: number;
}

@Dto({ namespace: '' })
@DataContract()
export class RequiredContract {
  @DataMember('int', { isRequired: true }) Needed?: number;
  @DataMember('string') Name?: string;
}

// ---- gateway (protojson) ------------------------------------------------------------------

export enum OtpState { OTP_STATE_UNSPECIFIED, OTP_STATE_READY }
defineEnum(OtpState, { name: 'OtpState', namespace: 'zitadel.v1' });

@Dto({ name: 'ObjectDetails', namespace: 'zitadel.v1', dialect: 'gateway' })
export class ObjectDetails {
  @Member('ulong') Sequence?: number | bigint;
  @Member('DateTime?') CreationDate?: DateTime | Date;
  @Member('DateTime?') ChangeDate?: DateTime | Date;
  @Member() ResourceOwner?: string;
}

@Dto({ namespace: 'zitadel.auth.v1', dialect: 'gateway' })
export class AddMyAuthFactorOTPSMSResponse {
  @Member(ObjectDetails) Details?: ObjectDetails;
}

@Dto({ name: 'ErrorDetail', namespace: 'zitadel.v1', dialect: 'gateway' })
export class ErrorDetail {
  @Member() Id?: string;
  @Member() Message?: string;
}

@Dto({ name: 'Status', namespace: 'google.rpc', dialect: 'gateway' })
export class RpcStatus {
  @Member('int') Code?: number;
  @Member() Message?: string;
  @Member('List<object>') Details?: unknown[];
}

@Dto({ namespace: 'test.v1', dialect: 'gateway' })
export class ProtoShapes {
  @Member('int', { protoName: 'i32' }) I32?: number;
  @Member('long') I64?: number | bigint;
  @Member('ulong') U64?: number | bigint;
  @Member('int?', { protoName: 'opt_i32' }) OptI32?: number | null;
  @Member() Flag?: boolean;
  @Member() Text?: string;
  @Member('double') Dbl?: number;
  @Member('float') Flt?: number;
  @Member('byte[]') Data?: Buffer;
  @Member(OtpState) State?: OtpState;
  @Member('List<int>') Nums?: number[];
  @Member(Dict('string', 'int')) Counts?: Record<string, number>;
  @Member('DateTime?') CreationDate?: DateTime | Date;
  @Member('TimeSpan?') Timeout?: TimeSpan;
  @Member(ErrorDetail) Detail?: ErrorDetail;
  @Member('object') Extra?: unknown;
}
