/**
 * The corpus's reference app (../shared/conformance/aspnet-http/WebRef.cs) ported to Stackport's
 * public API in the `aspnet` dialect: same model names, namespaces, routes and behaviour, each
 * action's parameters declared with `@WebApiAction` (the body parameter's name, the simple
 * parameters from the URI). Where the public API cannot say something yet, the replay's
 * difference table names the rule.
 * Two hosts serve the corpus: `main` (error detail off) and `detail` (error detail on).
 */
import { IsNotEmpty, IsOptional, Length, Max, Min } from 'class-validator';
import {
  ArgumentException, createHost, DateTime, DateTimeOffset, Decimal, defineEnum, Dict, Dto, Handles, HttpError, HttpResult, Nullable,
  InvalidOperationException, List, Member, NotImplementedException, Returns, ReturnsVoid, Route, TimeSpan,
  UnauthorizedAccessException, DotNetException, WebApiAction, type AppHost, type HostConfig, type ServiceContext,
} from '../../../src/index.js';

const REQ = 'BusinessLayer.Dto.Request';
const RES = 'BusinessLayer.Dto.Response';
const PARTNER = 'PartnerApi.Models';
const MODELS = 'WebRef.Models';
const aspnet = { dialect: 'aspnet' } as const;

// ---------- seed 000 ----------
export enum CreateTwoFactorSmsOtpResponseCode { Success = 1, Queued = 2, InvalidGsmNumber = 1001, MaxOtpRequestExceededCode = 4000, SmsProviderError = 5000 }
defineEnum(CreateTwoFactorSmsOtpResponseCode, { name: 'CreateTwoFactorSmsOtpResponseCode', namespace: RES });
export enum VerifyTwoFactorSmsOtpResponseCode { Success = 1, InvalidOtp = 3101, OtpExpired = 3102 }
defineEnum(VerifyTwoFactorSmsOtpResponseCode, { name: 'VerifyTwoFactorSmsOtpResponseCode', namespace: RES });

@Dto({ namespace: RES, ...aspnet })
export class CreateTwoFactorSmsOtpResponse {
  @Member('int') Id?: number;
  @Member() OtpIdReference?: string;
  @Member() ReferenceCode?: string;
  @Member() OtpCode?: string;
  @Member('int') RemainingExpirationSeconds?: number;
  @Member() GsmNumber?: string;
  @Member() ExceptionMessage?: string;
  @Member('bool') Success?: boolean;
  @Member(CreateTwoFactorSmsOtpResponseCode) Code?: CreateTwoFactorSmsOtpResponseCode;
}

@Dto({ namespace: RES, ...aspnet })
export class VerifyTwoFactorSmsOtpResponse {
  @Member() OtpIdReference?: string;
  @Member('bool') Success?: boolean;
  @Member() ExceptionMessage?: string;
  @Member(VerifyTwoFactorSmsOtpResponseCode) Code?: VerifyTwoFactorSmsOtpResponseCode;
}

@Dto({ namespace: REQ, ...aspnet })
@Route('/api/TwoFactor/CreateTwoFactorSmsOtp', 'POST')
@WebApiAction({ body: 'request' })
@Returns(() => CreateTwoFactorSmsOtpResponse)
export class CreateTwoFactorSmsOtpRequest {
  @Member('Guid') UserId?: string;
  @IsNotEmpty({ message: 'The GsmNumber field is required.' }) @Member() GsmNumber?: string;
  @Member('int') TwoFactorConfigurationId?: number;
  @IsOptional() @Min(0, { message: 'The field MaxSMSCount must be between 0 and 100.' })
  @Max(100, { message: 'The field MaxSMSCount must be between 0 and 100.' })
  @Member('int') MaxSMSCount?: number;
  @Member('int') MaxSMSInterval?: number;
  @Member('int') OtpExpirationPeriod?: number;
  @Member('bool?') IsSync?: boolean;
  @Member() Source?: string;
}

@Dto({ namespace: REQ, ...aspnet })
@Route('/api/TwoFactor/VerifyTwoFactorSmsOtp', 'POST')
@WebApiAction({ body: 'request' })
@Returns(() => VerifyTwoFactorSmsOtpResponse)
export class VerifyTwoFactorSmsOtpRequest {
  @IsNotEmpty({ message: 'The OtpIdReference field is required.' }) @Member() OtpIdReference?: string;
  @IsNotEmpty({ message: 'The OtpCode field is required.' })
  @Length(4, 10, { message: 'The field OtpCode must be a string with a minimum length of 4 and a maximum length of 10.' })
  @Member() OtpCode?: string;
}

/** `GetTwoFactorSmsOtp(string otpIdReference, int attempt)`: required simple parameters. */
@Dto({ namespace: REQ, ...aspnet })
@Route('/api/TwoFactor/GetTwoFactorSmsOtp', 'GET')
@Returns(() => VerifyTwoFactorSmsOtpResponse)
@WebApiAction({ uri: { otpIdReference: 'string', attempt: 'int' } })
export class GetTwoFactorSmsOtp {}

// ---------- seed 001 (XmlSerializer) ----------
const xs = { namespace: PARTNER, ...aspnet, xml: 'XmlSerializer' } as const;

@Dto(xs)
export class Link {
  @Member() rel?: string;
  @Member() href?: string;
  @Member() method?: string;
  @Member() title?: string;
}
@Dto(xs)
export class LinkedModel { @Member(List(Link)) _links?: Link[]; }
@Dto(xs)
export class BaseResponseModel extends LinkedModel { @Member() StatusMessage?: string; }
@Dto(xs)
export class OptInTo2FAResponse extends BaseResponseModel { @Member('int') ProviderUserId?: number; }

/** `(int FileId, [FromBody] … request, string WsAccessKey = null)`, both actions of UserController. */
const fileParameters = { body: 'request', uri: { FileId: 'int', WsAccessKey: { type: 'string', default: null } } } as const;

@Dto(xs)
@Route('/User/verify-2fa-opt-in', 'POST')
@Returns(() => BaseResponseModel)
@WebApiAction(fileParameters)
export class Verify2FAOptInRequest {
  @Member('int') ProviderUserId?: number;
  @IsNotEmpty({ message: 'The Otp field is required.' }) @Member() Otp?: string;
}

@Dto(xs)
@Route('/User/opt-in-to-2fa', 'POST')
@Returns(() => OptInTo2FAResponse)
@WebApiAction(fileParameters)
export class OptInTo2FARequest { @IsNotEmpty({ message: 'The MobileNumber field is required.' }) @Member() MobileNumber?: string; }

// ---------- WebRef.Models ----------
export enum Color { Red, Green, Blue }
defineEnum(Color, { name: 'Color', namespace: MODELS });
const models = { namespace: MODELS, ...aspnet } as const;

@Dto(models)
export class AllTypes {
  @Member('int') Int?: number;
  @Member('long') Long?: number | bigint;
  @Member('decimal') Decimal?: Decimal;
  @Member('double') Double?: number;
  @Member('bool') Bool?: boolean;
  @Member('DateTime') DateTime?: DateTime;
  @Member('Guid') Guid?: string;
  @Member(Color) Color?: Color;
  @Member('int?') NullableInt?: number;
  @Member('DateTime?') NullableDateTime?: DateTime;
  @Member('Guid?') NullableGuid?: string;
  @Member() String?: string;
}

@Dto(models)
export class ScalarEcho {
  @Member('int') I?: number;
  @Member('long') L?: number | bigint;
  @Member('decimal') D?: Decimal;
  @Member('double') Dbl?: number;
  @Member('bool') B?: boolean;
  @Member('DateTime?') Dt?: DateTime;
  @Member('Guid?') G?: string;
  @Member(Nullable(Color)) Color?: Color;
  @Member('int?') Ni?: number;
  @Member() S?: string;
}

/** `Query([FromUri] AllTypes q)`. */
@Dto(models) @Route('/api/Types/Query', 'GET') @Returns(() => AllTypes) @WebApiAction({ body: 'q', fromUri: true })
export class QueryAllTypes extends AllTypes {}

/** `Echo(AllTypes body)`: the body parameter is called `body`, and the XML body's root is `AllTypes`. */
@Dto({ ...models, name: 'AllTypes' }) @Route('/api/Types/Echo', 'POST') @Returns(() => AllTypes) @WebApiAction({ body: 'body' })
export class EchoAllTypes extends AllTypes {}

/** `Scalars(int i = 0, long l = 0, decimal d = 0, …, string s = null)`: optional simple parameters. */
@Dto(models)
@Route('/api/Types/Scalars', 'GET')
@Returns(() => ScalarEcho)
@WebApiAction({
  uri: {
    i: { type: 'int', default: 0 }, l: { type: 'long', default: 0 }, d: { type: 'decimal', default: Decimal.from('0') },
    dbl: { type: 'double', default: 0 }, b: { type: 'bool', default: false }, dt: { type: 'DateTime?', default: null },
    g: { type: 'Guid?', default: null }, color: { type: Nullable(Color), default: null }, ni: { type: 'int?', default: null },
    s: { type: 'string', default: null },
  },
})
export class Scalars {}

/** `Required(int i, Guid g)`: required simple parameters. */
@Dto(models)
@Route('/api/Types/Required', 'GET')
@Returns(() => ScalarEcho)
@WebApiAction({ uri: { i: 'int', g: 'Guid' } })
export class RequiredScalars {}

@Dto(models)
export class Fixture {
  @Member('DateTime') Utc?: DateTime;
  @Member('DateTime') Unspecified?: DateTime;
  @Member('DateTime') WithFraction?: DateTime;
  @Member('DateTime') MinValue?: DateTime;
  @Member('DateTimeOffset') Offset?: DateTimeOffset;
  @Member('Guid') Guid?: string;
  @Member('Guid') EmptyGuid?: string;
  @Member('double[]') Doubles?: number[];
  @Member('decimal[]') Decimals?: Decimal[];
  @Member('long') BigLong?: number | bigint;
  @Member('TimeSpan') Span?: TimeSpan;
  @Member('byte[]') Bytes?: Uint8Array;
  @Member() Escapes?: string;
  @Member() Null?: string;
  @Member('List<string>') Strings?: (string | null)[];
  @Member(Dict('string', 'int')) Map?: Record<string, number>;
  @Member(Color) Color?: Color;
  @Member(Nullable(Color)) NullColor?: Color;
  @Member('char') Char?: string;
}

@Dto(models) @Route('/api/Types/Fixture', 'GET') @Returns(() => Fixture)
export class GetFixture {}

@Dto(models)
export class Item {
  @Member('int') Id?: number;
  @Member() Name?: string;
  /** [Range(0, 1000)] in WebRef: no corpus case breaks it, and class-validator's Min/Max read numbers, not Decimals. */
  @Member('decimal') Price?: Decimal;
  @Member('List<string>') Tags?: string[];
}

@Dto(models)
@Route('/api/Forms/Dto', 'POST')
@Returns(() => FormEcho)
@WebApiAction({ body: 'body' })
export class FormEcho {
  @Member() Name?: string;
  @Member('int') Count?: number;
  @Member('bool') Flag?: boolean;
  @Member(Color) Color?: Color;
  @Member('List<string>') Tags?: string[];
}

/** `Raw(FormDataCollection form)` → `Dictionary<string, string>`: the form's pairs, in order. */
@Dto(models) @Route('/api/Forms/Raw', 'POST') @Returns(Dict('string', 'string'))
export class FormsRaw {}

// ---------- ItemsController: no routes of their own, reached by the convention route api/{controller}/{id} ----------
const id = { id: 'int' } as const;
/** `IEnumerable<Item> Get()`. */
@Dto(models) @Returns(List(Item))
export class GetItems {}
@Dto(models) @Returns(() => Item) @WebApiAction({ uri: id })
export class GetItem {}
/** `Post(Item item)`: the route's {id} is no parameter of it. */
@Dto(models) @Returns(() => Item) @WebApiAction({ body: 'item' })
export class PostItem extends Item {}
@Dto(models) @ReturnsVoid() @WebApiAction({ body: 'item', uri: id })
export class PutItem extends Item {}
@Dto(models) @ReturnsVoid() @WebApiAction({ uri: id })
export class DeleteItem {}

// ---------- api/Errors/{action} ----------
/** The actions whose declared result is `object` to Stackport. */
@Dto(models) @Route('/api/Errors/{Action}', 'GET')
export class ErrorsAction { @Member() Action?: string; }
/** `int Number()`, `List<int> List()`, `Dictionary<string, string> Dict()`: non-DTO results. */
@Dto(models) @Route('/api/Errors/Number', 'GET') @Returns('int')
export class ErrorsNumber {}
@Dto(models) @Route('/api/Errors/List', 'GET') @Returns('List<int>')
export class ErrorsList {}
@Dto(models) @Route('/api/Errors/Dict', 'GET') @Returns('Dictionary<string,string>')
export class ErrorsDict {}
/** `Item NullObject()`: the declared type names XML's nil root. */
@Dto(models) @Route('/api/Errors/NullObject', 'GET') @Returns(() => Item)
export class NullObject {}
/**
 * The `Item item` parameter of Created: the XML body's root is `Item`. (Post's is `PostItem`: an
 * operation's .NET name is unique, and no corpus case posts XML there.)
 */
@Dto({ ...models, name: 'Item' }) @Route('/api/Errors/Created', 'POST') @Returns(() => Item) @WebApiAction({ body: 'item' })
export class CreatedItem extends Item {}

// ---------- services ----------
const FIXED_GUID = '8a2c5b4e-1f3d-4c6a-9b7e-0d1f2e3a4b5c';
const dto = <T extends object>(ctor: new () => T, init: Partial<T>): T => Object.assign(new ctor(), init);

/** System.ApplicationException and System.ArgumentException as WebRef's actions throw them. */
class ApplicationException extends DotNetException {}

/** A declared action's simple parameter, by name (ServiceContext.parameters). */
const param = <T>(ctx: ServiceContext, name: string): T => ctx.parameters!.get(name) as T;

export class TwoFactorController {
  @Handles(CreateTwoFactorSmsOtpRequest) post_create(r: CreateTwoFactorSmsOtpRequest | null): CreateTwoFactorSmsOtpResponse {
    if (r === null) return dto(CreateTwoFactorSmsOtpResponse, { Id: 0, RemainingExpirationSeconds: 0, Success: false, ExceptionMessage: 'request was null', Code: CreateTwoFactorSmsOtpResponseCode.SmsProviderError });
    const res = dto(CreateTwoFactorSmsOtpResponse, {
      Id: r.TwoFactorConfigurationId ?? 0,
      OtpIdReference: `otp-${(r.UserId ?? '00000000').replace(/-/g, '').slice(0, 8).toLowerCase()}`,
      ReferenceCode: r.Source, OtpCode: undefined, RemainingExpirationSeconds: r.OtpExpirationPeriod ?? 0,
      GsmNumber: r.GsmNumber, Success: r.IsSync ?? false,
      Code: (r.MaxSMSCount ?? 0) > 50 ? CreateTwoFactorSmsOtpResponseCode.MaxOtpRequestExceededCode : CreateTwoFactorSmsOtpResponseCode.Success,
    });
    if (r.TwoFactorConfigurationId === 99) res.Code = 0 as CreateTwoFactorSmsOtpResponseCode;
    if ((r.MaxSMSInterval ?? 0) < 0) res.ExceptionMessage = `MaxSMSInterval ${r.MaxSMSInterval}`;
    return res;
  }

  @Handles(VerifyTwoFactorSmsOtpRequest) post_verify(r: VerifyTwoFactorSmsOtpRequest | null): VerifyTwoFactorSmsOtpResponse | null {
    if (r === null) return null;
    const ok = r.OtpCode === '123456';
    return dto(VerifyTwoFactorSmsOtpResponse, { OtpIdReference: r.OtpIdReference, Success: ok, Code: ok ? VerifyTwoFactorSmsOtpResponseCode.Success : VerifyTwoFactorSmsOtpResponseCode.InvalidOtp });
  }

  @Handles(GetTwoFactorSmsOtp) get(_r: GetTwoFactorSmsOtp, ctx: ServiceContext): VerifyTwoFactorSmsOtpResponse {
    const ok = param<number>(ctx, 'attempt') > 0;
    return dto(VerifyTwoFactorSmsOtpResponse, { OtpIdReference: param<string>(ctx, 'otpIdReference'), Success: ok, Code: ok ? VerifyTwoFactorSmsOtpResponseCode.Success : VerifyTwoFactorSmsOtpResponseCode.OtpExpired });
  }
}

const links = (file: number, next: string): Link[] => [
  dto(Link, { rel: 'self', href: `/User/${next}?FileId=${file}`, method: 'POST', title: 'This action' }),
  dto(Link, { rel: 'help', href: '/Help', method: 'GET', title: undefined }),
];

export class UserController {
  @Handles(Verify2FAOptInRequest) post_verify(r: Verify2FAOptInRequest | null, ctx: ServiceContext): BaseResponseModel {
    const file = param<number>(ctx, 'FileId');
    if (r === null) return dto(BaseResponseModel, { StatusMessage: 'no body' });
    if (r.Otp === '000000') return dto(BaseResponseModel, { StatusMessage: undefined, _links: [] });
    return dto(BaseResponseModel, {
      StatusMessage: `Verified ${r.ProviderUserId ?? 0} otp=${r.Otp} file=${file} key=${param<string | null>(ctx, 'WsAccessKey') ?? '(none)'}`,
      _links: links(file, 'verify-2fa-opt-in'),
    });
  }

  @Handles(OptInTo2FARequest) post_optin(r: OptInTo2FARequest | null, ctx: ServiceContext): OptInTo2FAResponse {
    const file = param<number>(ctx, 'FileId');
    return dto(OptInTo2FAResponse, { ProviderUserId: 1000 + file, StatusMessage: `Opted in ${r?.MobileNumber ?? '(null)'}`, _links: links(file, 'opt-in-to-2fa') });
  }
}

export class TypesController {
  @Handles(Scalars) get_scalars(_r: Scalars, ctx: ServiceContext): ScalarEcho {
    const p = (name: string): never => param(ctx, name);
    return dto(ScalarEcho, { I: p('i'), L: p('l'), D: p('d'), Dbl: p('dbl'), B: p('b'), Dt: p('dt'), G: p('g'), Color: p('color'), Ni: p('ni'), S: p('s') });
  }
  @Handles(RequiredScalars) get_required(_r: RequiredScalars, ctx: ServiceContext): ScalarEcho {
    return dto(ScalarEcho, { I: param(ctx, 'i'), L: 0, D: Decimal.from('0'), Dbl: 0, B: false, G: param(ctx, 'g') });
  }
  @Handles(QueryAllTypes) get_query(r: QueryAllTypes): AllTypes { return r; }
  @Handles(EchoAllTypes) post_echo(r: EchoAllTypes | null): AllTypes | null { return r; }
  @Handles(GetFixture) get_fixture(): Fixture {
    return dto(Fixture, {
      Utc: DateTime.utc(2024, 1, 2, 3, 4, 5),
      Unspecified: DateTime.fromWallClock(Date.UTC(2024, 0, 2, 3, 4, 5), 'Unspecified', 0, 'UTC'),
      WithFraction: DateTime.utc(2024, 1, 2, 3, 4, 5, 123, 4500),
      MinValue: DateTime.minValue,
      Offset: new DateTimeOffset(Date.UTC(2024, 0, 2, 1, 4, 5), 120),
      Guid: FIXED_GUID, EmptyGuid: '00000000-0000-0000-0000-000000000000',
      Doubles: [100.0, 0.1, 1e15, 1e-5, 1 / 3, -0, 1.5e300],
      Decimals: ['1.10', '100', '0', '0.00001'].map((d) => Decimal.from(d)),
      BigLong: 9223372036854775807n, Span: TimeSpan.fromParts(0, 1, 2, 3),
      Bytes: Uint8Array.of(0, 0x41, 0x61, 0xff),
      Escapes: "q\"b\\s/ <>&' \t\n\u0001\u007f é \u2028 😀",
      Null: undefined, Strings: ['a', null, 'c'], Map: { b: 2, a: 1 }, Color: Color.Blue, NullColor: undefined, Char: 'x',
    });
  }
  @Handles(FormEcho) post_form(r: FormEcho | null): FormEcho | null { return r; }
  @Handles(FormsRaw) post_raw(_r: FormsRaw, ctx: ServiceContext): Record<string, string> {
    return Object.fromEntries(new URLSearchParams(Buffer.from(ctx.request.body ?? '').toString('utf8')));
  }
}

const make = (id: number): Item => dto(Item, { Id: id, Name: `item${id}`, Price: Decimal.from('9.90'), Tags: [`t${id}`] });

export class ItemsController {
  @Handles(GetItems) get_all(): Item[] { return [make(1), make(2)]; }
  @Handles(GetItem) get(_r: GetItem, ctx: ServiceContext): Item | null {
    const id = param<number>(ctx, 'id');
    if (id === 0) throw new HttpError(404, 'NotFound', 'Item 0 not found');
    if (id === 404) throw new HttpError(404, 'NotFound', undefined, { emptyBody: true });
    if (id === 418) throw new HttpError(418, undefined, undefined, { response: 'I am a teapot' });
    if (id === 500) throw new InvalidOperationException('Item 500 exploded');
    return id < 0 ? null : make(id);
  }
  @Handles(PostItem) post(r: PostItem | null): HttpResult<Item> {
    const item = dto(Item, { Id: r?.Id ?? 0, Name: r?.Name, Price: r?.Price ?? Decimal.from('0'), Tags: r?.Tags });
    return new HttpResult(item, { status: 201, headers: { Location: `http://localhost/api/Items/${item.Id}`, 'X-Item-Id': String(item.Id) } });
  }
  @Handles(PutItem) put(): void {}
  @Handles(DeleteItem) delete(): void {}
}

const ERRORS: Record<string, () => unknown> = {
  Throw: () => { throw new InvalidOperationException('kaboom'); },
  ThrowInner: () => { throw new ApplicationException('outer', { cause: new ArgumentException('inner') }); },
  NotImplemented: () => { throw new NotImplementedException('The method or operation is not implemented.'); },
  Unauthorized: () => { throw new UnauthorizedAccessException('no access'); },
  Teapot: () => { throw new HttpError(418, undefined, 'I am a teapot', { messageDetail: 'short and stout' }); },
  Conflict: () => { throw new HttpError(409, 'Conflict', 'Already exists'); },
  ExceptionError: () => { throw new InvalidOperationException('not thrown'); },
  Forbidden: () => new HttpResult(null, { status: 403 }),
  Void: () => undefined,
  NullString: () => null,
  Text: () => 'hello "world"',
  Headers: () => new HttpResult(dto(Item, { Id: 7, Name: 'seven', Price: Decimal.from('0') }), {
    status: 202, headers: { 'X-Custom': 'custom-value', 'Cache-Control': 'no-store', ETag: '"v1"', Location: 'http://localhost/api/Items/7' },
  }),
  Plain: () => new HttpResult('plain text body', { contentType: 'text/plain; charset=utf-8' }),
};

export class ErrorsController {
  @Handles(ErrorsAction) get(r: ErrorsAction): unknown {
    const action = Object.keys(ERRORS).find((k) => k.toLowerCase() === (r.Action ?? '').toLowerCase());
    if (!action) throw new HttpError(404, 'NotFound', `No action '${r.Action}'`);
    return ERRORS[action]!();
  }
  @Handles(ErrorsNumber) get_number(): number { return 42; }
  @Handles(ErrorsList) get_list(): number[] { return [3, 1, 2]; }
  @Handles(ErrorsDict) get_dict(): Record<string, string | null> { return { b: '2', a: null }; }
  @Handles(NullObject) get_null(): Item | null { return null; }
  @Handles(CreatedItem) post(r: CreatedItem | null): HttpResult<Item> {
    return new HttpResult(dto(Item, { Id: r?.Id ?? 0, Name: r?.Name, Price: r?.Price ?? Decimal.from('0'), Tags: r?.Tags }), { status: 201 });
  }
}

/**
 * WebRef's HttpConfiguration: `detail` is IncludeErrorDetailPolicy.Always, otherwise Never. Its
 * DefaultApi route serves the Items controller; WebRef's earlier routes (api/TwoFactor/{action},
 * User/{action}, api/{controller}/{action}) claim the other controllers' paths, and each of their
 * actions says its path with @Route.
 */
export function webRefApp(config: Partial<HostConfig> = {}): AppHost {
  return createHost({
    serviceName: 'WebRef', dialect: 'aspnet', platform: 'netfx-5.4', timeZone: 'UTC',
    conventionRoutes: [{ template: '/api/{controller}/{id?}', controllers: ['Items'] }], ...config,
  })
    .register(new TwoFactorController()).register(new UserController()).register(new TypesController())
    .register(new ItemsController()).register(new ErrorsController());
}
