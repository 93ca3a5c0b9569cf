/**
 * jsv-vectors.json describes each C# type in prose (`csharpType` is not machine-readable), so
 * this table maps every vector — keyed by its `source` without the common test-folder prefix —
 * to a TypeSpec, by hand. The DTOs below are those sketches as decorated classes. `value`
 * overrides the generic decoding where the vector's value is keyed by wire names rather than
 * .NET member names. `skip` says why a vector cannot run here; `note` records an equivalence
 * the mapping relies on.
 */
import { DataContract, DataMember, Dto, Member } from '../../../src/framework/dto/decorators.js';
import { defineEnum } from '../../../src/framework/dto/enum-meta.js';
import { ArrayOf, List, Nullable, type TypeSpec } from '../../../src/framework/types/type-ref.js';

const NS = 'ServiceStack.Text.Tests';

export enum TestEnum { EnumValue1, EnumValue2 }
defineEnum(TestEnum, { name: 'TestEnum', namespace: NS });

export enum UnsignedFlags { EnumValue1 = 0, EnumValue2 = 1, EnumValue3 = 2 }
defineEnum(UnsignedFlags, { name: 'UnsignedFlags', namespace: NS, flags: true, underlyingType: 'uint' });

export enum Day { Sunday, Monday }
defineEnum(Day, { name: 'Day', namespace: NS, enumMembers: { Sunday: 'SUN' } });

export enum ExampleEnum { None = 0, One = 1, Two = 2, Four = 4, Eight = 8 }
defineEnum(ExampleEnum, { name: 'ExampleEnum', namespace: NS, flags: true, underlyingType: 'ulong' });

export enum EnumWithoutFlags { Zero, One, Two }
defineEnum(EnumWithoutFlags, { name: 'EnumWithoutFlags', namespace: NS });

@Dto({ namespace: NS }) export class ModelWithFloatTypes {
  @Member('float') Float?: number;
  @Member('double') Double?: number;
  @Member('decimal') Decimal?: unknown;
}

@Dto({ namespace: NS }) export class ModelWithNullableFloatTypes {
  @Member('float?') Float?: number | null;
  @Member('double?') Double?: number | null;
  @Member('decimal?') Decimal?: unknown;
}

@Dto({ namespace: NS }) export class Item {
  @Member('string') Key?: string | null;
  @Member('string') Value?: string | null;
}

@Dto({ namespace: NS }) export class A {
  @Member('string') Value?: string | null;
}

@Dto({ namespace: NS }) export class Exclude {
  @Member('int') Id?: number;
  @Member('string') Key?: string | null;
}

@Dto({ namespace: NS }) export class IncludeExclude {
  @Member('int') Id?: number;
  @Member('string') Name?: string | null;
  @Member(() => Exclude) Obj?: Exclude | null;
}

@Dto({ namespace: NS }) export class ExcludeList {
  @Member('int') Id?: number;
  @Member(List(() => Exclude)) Excludes?: Exclude[] | null;
}

@Dto({ namespace: NS }) export class EnumMemberDto {
  @Member(Day) Day?: Day;
}

@Dto({ namespace: NS }) export class FlagsPair {
  @Member(ExampleEnum) EnumProp1?: ExampleEnum;
  @Member(ExampleEnum) EnumProp2?: ExampleEnum;
}

@Dto({ namespace: NS }) export class ClassWithEnumWithoutFlagsAttribute {
  @Member(EnumWithoutFlags) EnumProp1?: EnumWithoutFlags;
  @Member(EnumWithoutFlags) EnumProp2?: EnumWithoutFlags;
}

@DataContract() @Dto({ namespace: NS }) export class Person {
  @DataMember('int', { name: 'MyID' }) Id?: number;
  @DataMember('string') Name?: string | null;
}

@DataContract() @Dto({ namespace: NS }) export class SnakePerson {
  @DataMember('int', { name: 'MyID' }) Id?: number;
  @DataMember('string') Name?: string | null;
  @DataMember('string', { name: 'sur_name' }) LastName?: string | null;
  @DataMember('int?', { name: 'current_age' }) Age?: number | null;
}

@Dto({ namespace: NS }) export class AliasWithoutDataContract {
  @Member('int') Id?: number;
  @DataMember('string', { name: 'alias' }) Name?: string | null;
}

@Dto({ namespace: NS }) export class TestModel {
  @Member('int') PublicInt?: number;
  @Member('int') PublicGetInt?: number;
}

@Dto({ namespace: NS }) export class UserStruct {
  @Member('int') Id?: number;
  @Member('string') Name?: string | null;
}

/** ServiceStack's Message<string>; its .NET name is the generic CLR name `__type` shows. */
@Dto({ namespace: 'ServiceStack.Messaging', name: 'Message`1[[System.String, System.Private.CoreLib]]' })
export class MessageOfString {
  @Member('Guid') Id?: string;
  @Member('DateTime') CreatedDate?: Date;
  @Member('long') Priority?: number;
  @Member('int') RetryAttempts?: number;
  @Member('Guid?') ReplyId?: string | null;
  @Member('string') ReplyTo?: string | null;
  @Member('int') Options?: number;
  @Member('object') Error?: unknown;
  @Member('string') Tag?: string | null;
  @Member('Dictionary<string,string>') Meta?: Record<string, string> | null;
  @Member('string') Body?: string | null;
}

/** DateOnly / TimeOnly write exactly as a midnight DateTime / a TimeSpan of the time of day. */
@Dto({ namespace: NS }) export class DateOnlyDto { @Member('DateTime') Date?: Date; }
@Dto({ namespace: NS }) export class NullableDateOnlyDto { @Member('DateTime?') Date?: Date | null; }
@Dto({ namespace: NS }) export class TimeOnlyDto { @Member('TimeSpan') Time?: unknown; }
@Dto({ namespace: NS }) export class NullableTimeOnlyDto { @Member('TimeSpan?') Time?: unknown; }

export interface VectorMapping {
  type: TypeSpec;
  /** The typed value, where the vector's value is keyed by wire names. */
  value?: () => unknown;
  /** Decode the vector's value as this type instead (an object slot holding a DTO). */
  valueType?: TypeSpec;
  skip?: string;
  note?: string;
}

const DATE_ONLY = 'DateOnly is written and read exactly as a Kind=Unspecified midnight DateTime';
const TIME_ONLY = 'TimeOnly is written and read exactly as the TimeSpan of its time of day';
const CLIENT = "describes @servicestack/client's JSV.stringify (a TypeScript client writer), not .NET's serializer";
const RAW_FN = 'JsConfig<T>.RawSerializeFn (a custom per-type .NET serializer function) has no Stackport equivalent';

const bss = 'BasicStringSerializerTests.cs';
const basic = 'JsvTests/JsvBasicDataTests.cs';
const dict = 'JsvTests/TypeSerializerToStringDictionaryTests.cs';
const ts = 'TimeSpanConverterTests.cs';
const dts = 'Utils/DateTimeSerializerTests.cs';
const net6 = 'Net6TypeTests.cs';

export const JSV_VECTOR_TYPES: Readonly<Record<string, VectorMapping>> = {
  [`${bss}:72`]: { type: 'List<string>' },
  [`${bss}:89`]: { type: 'Dictionary<string,string>' },
  [`${bss}:62`]: { type: 'List<string>' },
  [`${bss}:99`]: { type: 'string[]' },
  [`${bss}:50`]: { type: 'List<string>' },
  [`${bss}:108`]: { type: TestEnum },
  [`${bss}:117`]: { type: Nullable(TestEnum) },
  [`${bss}:127`]: { type: Nullable(TestEnum) },
  [`${bss}:142`]: { type: Nullable(TestEnum) },
  [`${bss}:151`]: { type: UnsignedFlags },
  [`${bss}:171`]: { type: 'DateTime' },
  [`${bss}:181`]: { type: 'DateTime' },
  [`${bss}:190`]: { type: 'DateTime?' },
  [`${bss}:200`]: { type: 'DateTime?' },
  [`${bss}:208`]: { type: 'List<string>' },
  [`${bss}:224`]: { type: 'object', note: 'a JS array in an object slot is written as a list' },
  [`${bss}:232`]: { type: 'List<string>' },
  [`${bss}:242`]: { type: 'List<List<double>>', note: 'double[,] as nested lists' },
  [`${bss}:247`]: { type: 'List<List<List<double>>>', note: 'double[,,] as nested lists' },
  [`${bss}:254`]: { type: 'object' },
  [`${bss}:265`]: { type: 'Dictionary<string,string>' },
  [`${bss}:277`]: { type: 'Dictionary<string,string>' },
  [`${bss}:288`]: { type: 'object', note: 'a null-prototype object in an object slot is written as a dictionary' },
  [`${bss}:300`]: { type: 'Dictionary<string,string>' },
  [`${bss}:314`]: { type: 'Dictionary<string,string>' },
  [`${bss}:328`]: { type: 'List<string>' },
  [`${bss}:342`]: { type: 'List<string>' },
  [`${bss}:363`]: { type: 'byte[]' },
  [`${bss}:374`]: { type: 'byte[]' },
  [`${basic}:19`]: { type: ModelWithFloatTypes },
  [`${basic}:32`]: { type: ModelWithFloatTypes },
  [`${basic}:49`]: { type: ModelWithNullableFloatTypes },
  [`${basic}:62`]: { type: ModelWithNullableFloatTypes },
  [`${basic}:78`]: { type: ModelWithFloatTypes },
  [`${basic}:82`]: { type: ModelWithFloatTypes },
  [`${basic}:101`]: { type: ModelWithNullableFloatTypes },
  [`${basic}:110`]: { type: 'string' },
  [`${basic}:111`]: { type: 'object' },
  ['JsvTests/JsvCollectionTests.cs:65']: { type: ArrayOf(() => Item) },
  [`${dict}:45`]: { type: 'Guid' },
  [`${dict}:46`]: { type: 'bool' },
  [`${dict}:47`]: { type: 'DateTime' },
  [`${dict}:48`]: { type: 'double' },
  [`${dict}:44`]: { type: 'long' },
  [`${dict}:42`]: { type: 'int' },
  [`${dict}:43`]: { type: 'string' },
  ['AdhocModelTests.cs:724']: { type: A },
  ['AdhocModelTests.cs:425']: { type: IncludeExclude },
  ['AdhocModelTests.cs:456']: { type: ExcludeList },
  ['AdhocModelTests.cs:398']: { type: IncludeExclude },
  ['AdhocModelTests.cs:783']: { type: 'DateTime' },
  ['AdhocModelTests.cs:786']: { type: 'DateTime' },
  ['EnumTests.cs:247']: { type: EnumMemberDto },
  ['EnumTests.cs:259']: { type: Day },
  ['EnumTests.cs:263']: { type: Nullable(Day) },
  ['JsonTests/BasicJsonTests.cs:324']: { type: FlagsPair, note: 'the anonymous type as a DTO' },
  ['JsonTests/BasicJsonTests.cs:358']: { type: ClassWithEnumWithoutFlagsAttribute },
  ['JsonTests/BasicJsonTests.cs:300']: { type: Person, value: () => Object.assign(new Person(), { Id: 123, Name: 'Abc' }) },
  ['JsonTests/CamelCaseTests.cs:65']: { type: Person, value: () => Object.assign(new Person(), { Id: 123, Name: 'Abc' }) },
  ['JsonTests/LowercaseUnderscoreTests.cs:93']: {
    type: SnakePerson, value: () => Object.assign(new SnakePerson(), { Id: 123, Name: 'Abc', LastName: 'Xyz' }),
  },
  ['DataContractTests.cs:306']: {
    type: AliasWithoutDataContract, value: () => Object.assign(new AliasWithoutDataContract(), { Id: 1, Name: 'foo' }),
  },
  ['ReflectionExtensionTests.cs:79']: { type: TestModel },
  ['StructTests.cs:209']: { type: UserStruct, note: 'TreatValueAsRefType: Stackport DTOs are always written as objects' },
  ['JsonTests/CustomRawSerializerTests.cs:126']: { type: 'Guid' },
  ['JsonTests/CustomRawSerializerTests.cs:131']: { type: 'Guid', skip: RAW_FN },
  ['JsonTests/CustomSerializerTests.cs:302']: { type: ModelWithFloatTypes, skip: RAW_FN },
  ['InterfaceTests.cs:20']: { type: MessageOfString, note: 'Message<string> sketched with the members the note lists' },
  ['InterfaceTests.cs:34']: { type: 'object', valueType: MessageOfString, note: 'an interface-typed root is an object slot: the runtime DTO gets __type' },
  [`${net6}:97`]: { type: 'DateTime', note: DATE_ONLY },
  [`${net6}:104`]: { type: DateOnlyDto, note: DATE_ONLY },
  [`${net6}:110`]: { type: NullableDateOnlyDto, note: DATE_ONLY },
  [`${net6}:144`]: { type: 'DateTime', note: DATE_ONLY },
  [`${net6}:151`]: { type: DateOnlyDto, note: DATE_ONLY },
  [`${net6}:187`]: { type: 'TimeSpan', note: TIME_ONLY },
  [`${net6}:194`]: { type: TimeOnlyDto, note: TIME_ONLY },
  [`${net6}:200`]: { type: NullableTimeOnlyDto, note: TIME_ONLY },
  ...Object.fromEntries([30, 31, 32, 33, 34, 35, 36, 38, 43, 45, 48, 50, 64, 68, 70, 78, 83, 88].map((l) => [`${ts}:${l}`, { type: 'TimeSpan' }])),
  ...Object.fromEntries([71, 72, 74, 120, 122, 124].map((l) => [`${dts}:${l}`, { type: 'DateTime' }])),
  ['ConversionTests.cs:23']: { type: 'int[]' },
  ['ConversionTests.cs:24']: { type: 'string[]' },
  ['ConversionTests.cs:26']: { type: 'string[]' },
  ['Issues/WhitespaceIssues.cs:54']: { type: 'Dictionary<string,object>' },
};

export const CLIENT_SKIP = CLIENT;
