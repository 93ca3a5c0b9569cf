/**
 * The corpus's reference app (../shared/conformance/servicestack-http/RefApp.cs) ported to
 * Stackport's public API: same DTO names, namespace, routes and behaviour. The oracle split its 30
 * operations over three ServiceStack hosts (licence quota); here the three services share one host,
 * as the corpus README allows: their routes do not collide. Service class names are kept because
 * ServiceStack's "Could not find method…" message names them.
 */
import {
  ArgumentException, ArgumentNullException, createHost, DateTime, Decimal, defineEnum, Dict, DotNetException, Dto,
  Handles, HttpError, HttpResult, InvalidOperationException, KeyNotFoundException, List, Member, NotImplementedException,
  NotSupportedException, ResponseStatus, Returns, ReturnsVoid, Route, UnauthorizedAccessException,
  type AppHost, type HostConfig, type ServiceContext,
} from '../../../src/index.js';

const NS = 'RefApp.ServiceModel';

export enum Color { Red, Green, Blue }
defineEnum(Color, { name: 'Color', namespace: NS });

@Dto({ namespace: NS })
export class Nested {
  @Member() Name?: string;
  @Member('int') Value?: number;
}

// ---------- basic DTO ----------
@Dto({ namespace: NS })
export class HelloResponse {
  @Member() Result?: string;
  @Member() ResponseStatus?: ResponseStatus;
}

@Dto({ namespace: NS })
@Route('/hello')
@Route('/hello/{Name}')
@Returns(() => HelloResponse)
export class Hello { @Member() Name?: string; }

@Dto({ namespace: NS })
@Returns(() => HelloResponse)
export class HelloPredef { @Member() Name?: string; }

// ---------- binding of every scalar type ----------
@Dto({ namespace: NS })
@Route('/alltypes', 'GET POST PUT')
@Route('/alltypes/{Id}', 'GET POST PUT')
@Returns(() => AllTypes)
export class AllTypes {
  @Member('int') Id?: number;
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
  @Member('List<int>') IntList?: number[];
  @Member('List<string>') StringList?: string[];
  @Member(Nested) Nested?: Nested;
  @Member() String?: string;
  @Member(Dict('string', 'string')) StringMap?: Record<string, string>;
}

@Dto({ namespace: NS })
@Route('/typesrs', 'GET POST PUT')
@Returns(() => AllTypesRsResponse)
export class AllTypesRs {
  @Member('int') Int?: number;
  @Member('long') Long?: number | bigint;
  @Member('decimal') Decimal?: Decimal;
  @Member('bool') Bool?: boolean;
  @Member('DateTime') DateTime?: DateTime;
  @Member('Guid') Guid?: string;
  @Member(Color) Color?: Color;
  @Member('List<int>') IntList?: number[];
  @Member(Nested) Nested?: Nested;
}

/** The same members plus ResponseStatus (RefApp.cs repeats them; the wire order is the same). */
@Dto({ namespace: NS })
export class AllTypesRsResponse extends AllTypesRs {
  @Member() ResponseStatus?: ResponseStatus;
}

// ---------- routing ----------
@Dto({ namespace: NS })
export class RouteResponse {
  @Member() Matched?: string;
  @Member() Id?: string;
  @Member() Sub?: string;
  @Member() Name?: string;
  @Member() Ext?: string;
  @Member() Path?: string;
  @Member() Verb?: string;
}

@Dto({ namespace: NS }) @Route('/route/{Name}') @Returns(() => RouteResponse)
export class RouteVar { @Member() Name?: string; }
@Dto({ namespace: NS }) @Route('/wild/{Path*}') @Returns(() => RouteResponse)
export class RouteWild { @Member() Path?: string; }
@Dto({ namespace: NS }) @Route('/files/{Name}.{Ext}') @Returns(() => RouteResponse)
export class RouteFile { @Member() Name?: string; @Member() Ext?: string; }
@Dto({ namespace: NS }) @Route('/over/fixed') @Returns(() => RouteResponse)
export class OverFixed { @Member() Id?: string; }
@Dto({ namespace: NS }) @Route('/over/{Id}') @Returns(() => RouteResponse)
export class OverVar { @Member() Id?: string; }
@Dto({ namespace: NS }) @Route('/over/{Id}/fixed') @Returns(() => RouteResponse)
export class OverVarFixed { @Member() Id?: string; }
@Dto({ namespace: NS }) @Route('/over/{Id}/{Sub}') @Returns(() => RouteResponse)
export class OverTwo { @Member() Id?: string; @Member() Sub?: string; }
@Dto({ namespace: NS }) @Route('/over/{Id}/{Sub}/{Path*}') @Returns(() => RouteResponse)
export class OverWild { @Member() Id?: string; @Member() Sub?: string; @Member() Path?: string; }
@Dto({ namespace: NS }) @Route('/verbrank/{Id}', 'GET') @Returns(() => RouteResponse)
export class VerbRankGet { @Member() Id?: string; }
@Dto({ namespace: NS }) @Route('/verbrank/{Id}') @Returns(() => RouteResponse)
export class VerbRankAny { @Member() Id?: string; }

@Dto({ namespace: NS })
@Route('/verbs/{Id}', 'GET,POST')
@Route('/verbs/{Id}/more', 'PUT DELETE')
@Returns(() => RouteResponse)
export class Verbs { @Member() Id?: string; }

@Dto({ namespace: NS }) @Route('/getonly/{Id}') @Returns(() => RouteResponse)
export class GetOnly { @Member() Id?: string; }

// ---------- precedence of body, query and path ----------
@Dto({ namespace: NS })
export class PrecResponse {
  @Member() Id?: string;
  @Member() Name?: string;
  @Member('int') Count?: number;
}

@Dto({ namespace: NS })
@Route('/prec/{Id}')
@Returns(() => PrecResponse)
export class Prec {
  @Member() Id?: string;
  @Member() Name?: string;
  @Member('int') Count?: number;
}

// ---------- response kinds ----------
@Dto({ namespace: NS })
export class Item {
  @Member('int') Id?: number;
  @Member() Name?: string;
  @Member('DateTime') Created?: DateTime;
  @Member('Guid') Key?: string;
}

@Dto({ namespace: NS }) @Route('/return/void') @ReturnsVoid()
export class ReturnVoid { @Member('int') Id?: number; }
@Dto({ namespace: NS }) @Route('/return/null') @Returns(() => HelloResponse)
export class ReturnNull { @Member('int') Id?: number; }
/** `IReturn<string>`: the public API cannot declare a string response type; the service returns text. */
@Dto({ namespace: NS }) @Route('/return/string')
export class ReturnString { @Member() Data?: string; }
/** `IReturn<List<Item>>`. */
@Dto({ namespace: NS }) @Route('/return/list') @Returns(List(Item))
export class ReturnList { @Member('int') Count?: number; }
/** `IReturn<Dictionary<string,string>>`. */
@Dto({ namespace: NS }) @Route('/return/dict') @Returns('Dictionary<string,string>')
export class ReturnDict { @Member() Key?: string; }
@Dto({ namespace: NS }) @Route('/return/dto') @Returns(() => Item)
export class ReturnDto { @Member('int') Id?: number; }
@Dto({ namespace: NS }) @Route('/return/httpresult/{Status}') @Returns(() => HelloResponse)
export class ReturnHttpResult { @Member('int') Status?: number; }
@Dto({ namespace: NS }) @Route('/return/httpresult-text')
export class ReturnHttpResultText {}
@Dto({ namespace: NS }) @Route('/return/headers') @Returns(() => HelloResponse)
export class ReturnHeaders {}

// ---------- thrown exceptions, with and without a ResponseStatus member ----------
/** The members ThrowEx and ThrowPlain share (RefApp.cs repeats them in each). */
@Dto({ namespace: NS })
export class ThrowRequest {
  @Member() Type?: string;
  @Member() Message?: string;
  @Member('int') Status?: number;
  @Member() Code?: string;
}
@Dto({ namespace: NS })
export class ThrowExResponse { @Member() Result?: string; @Member() ResponseStatus?: ResponseStatus; }
@Dto({ namespace: NS }) @Route('/throw/{Type}') @Returns(() => ThrowExResponse)
export class ThrowEx extends ThrowRequest {}
@Dto({ namespace: NS })
export class ThrowPlainResponse { @Member() Result?: string; }
@Dto({ namespace: NS }) @Route('/throwplain/{Type}') @Returns(() => ThrowPlainResponse)
export class ThrowPlain extends ThrowRequest {}
@Dto({ namespace: NS }) @Route('/throwvoid/{Type}') @ReturnsVoid()
export class ThrowVoid { @Member() Type?: string; }

// ---------- auto batching ----------
@Dto({ namespace: NS })
export class BatchItemResponse { @Member('int') Id?: number; @Member() Result?: string; @Member() ResponseStatus?: ResponseStatus; }
@Dto({ namespace: NS }) @Returns(() => BatchItemResponse)
export class BatchItem { @Member('int') Id?: number; @Member('bool') Fail?: boolean; }

// ---------- services ----------
/** `System.Exception` and the app's own exception types, as a ServiceStack service throws them. */
class Exception extends DotNetException {}
class CustomException extends DotNetException {}
/** IHasStatusCode: its own status, errorCode still the type name. */
class TeapotException extends HttpError {
  constructor(message: string) { super(418, 'TeapotException', message); }
}

const FIXED = DateTime.utc(2024, 1, 2, 3, 4, 5);
const FIXED_GUID = '8a2c5b4e-1f3d-4c6a-9b7e-0d1f2e3a4b5c';

const THROWN: Record<string, (r: ThrowRequest) => Error> = {
  HttpError: (r) => new HttpError(r.Status ?? 0, r.Code, r.Message),
  ArgumentException: (r) => new ArgumentException(r.Message ?? 'Bad argument'),
  ArgumentExceptionParam: (r) => new ArgumentException(r.Message ?? 'Bad argument', 'Name'),
  ArgumentNullException: () => new ArgumentNullException('Name'),
  UnauthorizedAccessException: (r) => new UnauthorizedAccessException(r.Message ?? 'Not allowed'),
  NotImplementedException: (r) => new NotImplementedException(r.Message ?? 'Not yet'),
  NotSupportedException: (r) => new NotSupportedException(r.Message ?? 'Not supported'),
  InvalidOperationException: (r) => new InvalidOperationException(r.Message ?? 'Invalid op'),
  KeyNotFoundException: (r) => new KeyNotFoundException(r.Message ?? 'No key'),
  Custom: (r) => new CustomException(r.Message ?? 'Custom failure'),
  Teapot: (r) => new TeapotException(r.Message ?? 'I am a teapot'),
  NotFound: (r) => HttpError.notFound(r.Message ?? 'Thing not found'),
  Conflict: (r) => HttpError.conflict(r.Message ?? 'Already exists'),
  Unauthorized: (r) => HttpError.unauthorized(r.Message ?? 'Who are you'),
  Forbidden: (r) => HttpError.forbidden(r.Message ?? 'Go away'),
};
const make = (r: ThrowRequest): Error => (THROWN[r.Type ?? ''] ?? ((x: ThrowRequest) => new Exception(x.Message ?? 'Server error')))(r);

const route = (init: Partial<RouteResponse>): RouteResponse => Object.assign(new RouteResponse(), init);

export class CoreServices {
  @Handles(Hello) any_hello(r: Hello): HelloResponse { return Object.assign(new HelloResponse(), { Result: `Hello, ${r.Name ?? ''}` }); }
  @Handles(HelloPredef) any_predef(r: HelloPredef): HelloResponse { return Object.assign(new HelloResponse(), { Result: `Hi, ${r.Name ?? ''}` }); }
  @Handles(AllTypes) any_types(r: AllTypes): AllTypes { return r; }
  @Handles(AllTypesRs) any_typesrs(r: AllTypesRs): AllTypesRsResponse {
    const { Int, Long, Decimal, Bool, DateTime, Guid, Color, IntList, Nested } = r;
    return Object.assign(new AllTypesRsResponse(), { Int, Long, Decimal, Bool, DateTime, Guid, Color, IntList, Nested });
  }
  @Handles(GetOnly) get(r: GetOnly, ctx: ServiceContext): RouteResponse { return route({ Matched: 'GetOnly.Get', Id: r.Id, Verb: ctx.verb }); }
  @Handles(Prec) any_prec(r: Prec): PrecResponse { return Object.assign(new PrecResponse(), { Id: r.Id, Name: r.Name, Count: r.Count }); }
  @Handles(ThrowEx) any_throw(r: ThrowEx): ThrowExResponse { throw make(r); }
  @Handles(ThrowPlain) any_plain(r: ThrowPlain): ThrowPlainResponse { throw make(r); }
  @Handles(ThrowVoid) any_void(r: ThrowVoid): void { throw make({ ...r, Message: undefined }); }
  @Handles(BatchItem) any_batch(r: BatchItem): BatchItemResponse {
    if (r.Fail) throw new ArgumentException(`Item ${r.Id ?? 0} failed`, 'Fail');
    return Object.assign(new BatchItemResponse(), { Id: r.Id, Result: `ok ${r.Id ?? 0}` });
  }
}

export class RouteServices {
  @Handles(RouteVar) any_var(r: RouteVar, ctx: ServiceContext): RouteResponse { return route({ Matched: 'RouteVar', Name: r.Name, Verb: ctx.verb }); }
  @Handles(RouteWild) any_wild(r: RouteWild, ctx: ServiceContext): RouteResponse { return route({ Matched: 'RouteWild', Path: r.Path, Verb: ctx.verb }); }
  @Handles(RouteFile) any_file(r: RouteFile): RouteResponse { return route({ Matched: 'RouteFile', Name: r.Name, Ext: r.Ext }); }
  @Handles(OverFixed) any_fixed(r: OverFixed): RouteResponse { return route({ Matched: 'OverFixed', Id: r.Id }); }
  @Handles(OverVar) any_overvar(r: OverVar): RouteResponse { return route({ Matched: 'OverVar', Id: r.Id }); }
  @Handles(OverVarFixed) any_varfixed(r: OverVarFixed): RouteResponse { return route({ Matched: 'OverVarFixed', Id: r.Id }); }
  @Handles(OverTwo) any_two(r: OverTwo): RouteResponse { return route({ Matched: 'OverTwo', Id: r.Id, Sub: r.Sub }); }
  @Handles(OverWild) any_overwild(r: OverWild): RouteResponse { return route({ Matched: 'OverWild', Id: r.Id, Sub: r.Sub, Path: r.Path }); }
  @Handles(VerbRankGet) any_rankget(r: VerbRankGet, ctx: ServiceContext): RouteResponse { return route({ Matched: 'VerbRankGet', Id: r.Id, Verb: ctx.verb }); }
  @Handles(VerbRankAny) any_rankany(r: VerbRankAny, ctx: ServiceContext): RouteResponse { return route({ Matched: 'VerbRankAny', Id: r.Id, Verb: ctx.verb }); }
}

export class ResponseServices {
  @Handles(Verbs) get(r: Verbs, ctx: ServiceContext): RouteResponse { return route({ Matched: 'Verbs.Get', Id: r.Id, Verb: ctx.verb }); }
  @Handles(Verbs) post(r: Verbs, ctx: ServiceContext): RouteResponse { return route({ Matched: 'Verbs.Post', Id: r.Id, Verb: ctx.verb }); }
  @Handles(Verbs) put(r: Verbs, ctx: ServiceContext): RouteResponse { return route({ Matched: 'Verbs.Put', Id: r.Id, Verb: ctx.verb }); }
  @Handles(Verbs) delete(r: Verbs, ctx: ServiceContext): RouteResponse { return route({ Matched: 'Verbs.Delete', Id: r.Id, Verb: ctx.verb }); }
  @Handles(ReturnVoid) any_void(): void {}
  @Handles(ReturnNull) any_null(): null { return null; }
  @Handles(ReturnString) any_string(r: ReturnString): string { return `plain:${r.Data ?? ''}`; }
  @Handles(ReturnList) any_list(r: ReturnList): Item[] {
    return Array.from({ length: r.Count ?? 0 }, (_, i) => Object.assign(new Item(), {
      Id: i + 1, Name: `item${i + 1}`, Created: new DateTime(FIXED.getTime() + (i + 1) * 86400000), Key: FIXED_GUID,
    }));
  }
  @Handles(ReturnDict) any_dict(r: ReturnDict): Record<string, string | undefined> { return { b: '2', a: '1', key: r.Key }; }
  @Handles(ReturnDto) any_dto(r: ReturnDto): Item { return Object.assign(new Item(), { Id: r.Id, Name: 'dto', Created: FIXED, Key: FIXED_GUID }); }
  @Handles(ReturnHttpResult) any_result(r: ReturnHttpResult): HttpResult<HelloResponse> {
    const headers: Record<string, string> = { 'X-Custom': 'custom-value', 'Cache-Control': 'no-cache' };
    if (r.Status === 201) headers['Location'] = 'http://localhost/hello/created';
    return new HttpResult(Object.assign(new HelloResponse(), { Result: `status ${r.Status ?? 0}` }), { status: r.Status ?? 0, headers });
  }
  @Handles(ReturnHttpResultText) any_text(): HttpResult<string> { return new HttpResult('just text', { status: 202, contentType: 'text/plain' }); }
  @Handles(ReturnHeaders) any_headers(_r: ReturnHeaders, ctx: ServiceContext): HelloResponse {
    ctx.responseHeaders['X-Trace'] = 'trace-1';
    return Object.assign(new HelloResponse(), { Result: 'with header' });
  }
}

/** The three RefApp services on one host. */
export function refApp(config: Partial<HostConfig> = {}): AppHost {
  return createHost({ serviceName: 'RefApp', ...config })
    .register(new CoreServices()).register(new RouteServices()).register(new ResponseServices());
}
