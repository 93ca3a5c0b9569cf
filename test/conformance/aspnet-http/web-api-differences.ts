/**
 * Corpus cases the `aspnet` dialect still answers differently from Web API 2, by case id, with the
 * rule of issue 25 each belongs to (or `platform`: the recording shows Mono/HttpListener, not Web
 * API — the corpus README's list). The replay checks each still differs, so fixing a rule forces
 * its cases out of this table (and out of README's list).
 */
const ITEM_1 = 'item 1, Accept negotiation';
const ITEM_2 = 'item 2, non-DTO results';
const ITEM_3 = 'item 3, ModelState keys and messages';
const ITEM_4 = 'item 4, simple action parameters';
const ITEM_6 = 'item 6, routing';
const PARAMETER_NAME = "the key's parameter name: WebRef's action calls it body; Stackport always says request (seeds 000/001's name), not declarable yet";
const STACK_TRACE = "StackTrace is Mono's frames (its presence and place are pinned by web-api-errors.test.ts, not its text)";
const ISSUE_18 = 'issue 18 item 1, the HTML report';
const PLATFORM_204 = 'Content-Length: 0 on a 204 is HttpListener framing (HTTP forbids it)';

const CASES: [string, string, string][] = [
  ['negotiation:GET /api/Items/5 #accept-charset-utf16', ITEM_1, "Accept-Charset picks the formatter's encoding (utf-16)"],
  ['negotiation:GET /api/Items/5 #accept text/html', ISSUE_18, 'a browser (first Accept range text/html) gets the HTML report in every dialect; Web API 2 answers JSON'],
  ['negotiation:GET /api/Items/5.xml #ext', ITEM_1, "no media-type mapping for '.xml' in Web API: it is part of {id}, and Int32 conversion fails"],

  ['form:POST /api/Forms/Dto #empty', ITEM_2, 'an empty body binds a null parameter, and null answers 200 null'],
  ['validation:POST /api/TwoFactor/CreateTwoFactorSmsOtp #empty-body', ITEM_2, 'an empty body binds a null parameter (no validation runs)'],

  ['body-binding:POST /api/Types/Echo #int-null', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #guid-bad', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #date-bad', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #string-root', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #garbage', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #two-errors', ITEM_3, `${PARAMETER_NAME}; and Json.NET reads on after an error, so every bad member gets its key`],
  ['body-binding:detail:POST /api/Types/Echo #int-bad', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #xml-truncated', ITEM_3, PARAMETER_NAME],
  ['body-binding:POST /api/Types/Echo #xml-no-namespace', ITEM_3, "DataContractSerializer rejects a root outside the contract's namespace"],
  ['body-binding:POST /api/Types/Echo #xml-out-of-order', ITEM_3, 'DataContractSerializer skips a member out of order'],
  ['body-binding:detail:POST /api/Types/Echo #xml-bad-int', ITEM_3, `${PARAMETER_NAME}; and under detail Web API shows the reflection wrapper's text ('Exception has been thrown by the target of an invocation.')`],
  ['form:POST /api/Forms/Dto #bad-enum', ITEM_3, "key body.Color (the parameter's name), 'The value … is not valid for Color.'"],
  ['validation:POST /api/TwoFactor/CreateTwoFactorSmsOtp #ct-multipart/form-data', ITEM_3, 'no formatter reads multipart/form-data: 415'],
  ['query-binding:GET /api/Types/Scalars?i=1.5 #bad', ITEM_3, "key i, 'The value … is not valid for Int32.'"],
  ['query-binding:GET /api/Types/Scalars?i=99999999999 #bad', ITEM_3, "key i, 'An error has occurred.' (overflow)"],
  ['query-binding:GET /api/Types/Scalars?g=not-a-guid #bad', ITEM_3, "key g, '… not valid for Nullable`1.'"],
  ['query-binding:GET /api/Types/Scalars?dt=yesterday #bad', ITEM_3, "key dt, '… not valid for Nullable`1.'"],

  ['seed001:POST /User/verify-2fa-opt-in #missing-FileId', ITEM_4, 'a missing required parameter selects no action: 404'],
  ['seed001:detail:POST /User/verify-2fa-opt-in #missing-FileId', ITEM_4, 'a missing required parameter: 404 with MessageDetail'],
  ['seed001:POST /User/verify-2fa-opt-in?FileId= #FileId-empty', ITEM_4, 'key FileId.Int32, a value is required'],
  ['query-binding:detail:GET /api/Types/Required?i=1 #missing-g', ITEM_4, 'a missing required parameter: 404 with MessageDetail'],
  ['query-binding:GET /api/Types/Required?i=1 #missing-g-xml', ITEM_4, 'a missing required parameter: 404'],
  ['query-binding:GET /api/Types/Scalars?s=', ITEM_4, 'an empty string parameter: key s.String, a value is required'],
  ['query-binding:GET /api/Types/Scalars?i=%2B5', ITEM_4, "Int32 conversion accepts '+5'"],
  ['query-binding:GET /api/Types/Scalars?i=1&i=2 #repeated', ITEM_4, 'a repeated simple parameter takes the first value'],
  ['query-binding:GET /api/Types/Scalars?d=1,5 #bad', ITEM_4, "Decimal conversion rejects '1,5' (Stackport reads 15)"],
  ['query-binding:GET /api/Types/Scalars?i=5&l=9007199254740993&d=1.50&dbl=0.1&b=true&dt=2024-01-02T03:04:05Z&g=8a2c5b4e-1f3d-4c6a-9b7e-0d1f2e3a4b5c&color=Blue&ni=3&s=x',
    ITEM_4, "a URI DateTime with 'Z' binds as Local: written +00:00 under TZ=UTC"],
  ['query-binding:GET /api/Types/Scalars?dt=2024-01-02T03%3A04%3A05.1234567Z', ITEM_4, "a URI DateTime with 'Z' binds as Local: written +00:00 under TZ=UTC"],
  ['query-binding:GET /api/Types/Query?Int=42&Long=9007199254740993&Decimal=123.4500&Double=1.5&Bool=true&DateTime=2024-01-02T03:04:05Z&Guid=8a2c5b4e-1f3d-4c6a-9b7e-0d1f2e3a4b5c&Color=Blue&NullableInt=5&NullableDateTime=2024-06-30&NullableGuid=8a2c5b4e-1f3d-4c6a-9b7e-0d1f2e3a4b5c&String=hello%20world',
    ITEM_4, "[FromUri] binding: a DateTime with 'Z' binds as Local (+00:00 under TZ=UTC)"],
  ['query-binding:GET /api/Types/Query?q.Int=8&q.String=prefixed #prefixed', ITEM_4, "[FromUri] binding accepts the parameter's name as a prefix (q.Int)"],

  ['errors:detail:GET /api/Errors/Unauthorized', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Errors/Unauthorized #xml', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Errors/Throw #xml', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Errors/ThrowInner #xml', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Items/500', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Items/500 #xml', 'platform', STACK_TRACE],
  ['validation:detail:POST /api/TwoFactor/CreateTwoFactorSmsOtp #ct-text/plain', 'platform', STACK_TRACE],

  ['routing:GET /api/TwoFactor', ITEM_6, "Web API's 405 with Allow"],
  ['routing:POST /api/Items/5 #post-with-id', ITEM_6, "convention routes: Post(Item) ignores the route's {id}"],
  ['routing:OPTIONS /api/Items/5', ITEM_6, 'convention routes: Allow lists the actions that take {id}'],

  ['results:DELETE /api/Items/5', 'platform', PLATFORM_204],
];

export const WEB_API_DIFFERENCES: ReadonlyMap<string, string> = new Map(CASES.map(([id, rule, what]) => [id, `${rule}: ${what}`]));

