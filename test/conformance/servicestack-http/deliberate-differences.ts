/**
 * Corpus cases Stackport answers differently, by case id, with the reason: the same list as
 * README's "Deliberate differences". `platform`: the recording shows Mono/HttpListener, not
 * ServiceStack (the corpus README's list); `deliberate`: Stackport chooses otherwise; `pending`:
 * work another issue owns. The replay checks each still differs and names the reason.
 */
export type DifferenceKind = 'platform' | 'deliberate' | 'pending';

const MONO_NEWLINE = "Mono writes ArgumentException's parameter line after '\\n'; the .NET Framework profile writes .NET Framework's '\\r\\n'";
const MONO_XML = "the message quotes Mono's DataContractSerializer exception and stack trace; Stackport names the XML error in its own words";
const NO_CONTENT_LENGTH = 'Content-Length: 0 on a 204 is HttpListener framing (HTTP forbids it); Stackport sends no Content-Length';
const NO_CSV = "Stackport registers no CSV format (ServiceStack's CsvFormat); JSON, XML and JSV only";
const RESPONSE_ERROR_META = "XML ResponseError: ServiceStack 5.4 leaves out a null Meta; the later ServiceStack the product's XML vectors were recorded with writes <Meta i:nil=\"true\" />, and Stackport writes that";
const NO_RANGES = 'Accept-Ranges: bytes on a text HttpResult advertises Range requests, which Stackport does not serve';

const CASES: [string, DifferenceKind, string][] = [
  ['errors:GET /throw/ArgumentNullException #jsv', 'platform', MONO_NEWLINE],
  ['query-binding:GET /alltypes?Decimal=-0.00 #Decimal-2', 'platform', "a negative zero decimal printed as '0.00' is Mono's formatting; .NET keeps '-0.00'"],
  ['responses:GET /json/reply/ReturnNull', 'platform', NO_CONTENT_LENGTH],
  ['responses:GET /return/null?Id=1 #xml', 'platform', NO_CONTENT_LENGTH],
  ['responses:GET /return/void?Id=1 #jsv', 'platform', NO_CONTENT_LENGTH],
  ['responses:POST /json/reply/ReturnVoid', 'platform', NO_CONTENT_LENGTH],
  ['serialization-errors:POST /alltypes #xml-0', 'platform', MONO_XML],
  ['serialization-errors:POST /alltypes #xml-1', 'platform', MONO_XML],
  ['serialization-errors:POST /typesrs #xml-1-rs', 'platform', MONO_XML],
  ['serialization-errors:POST /xml/reply/Hello #predef-hello', 'platform', MONO_XML],
  ['query-binding:GET /alltypes?Int=abc&Guid=zzz #two-bad-xml', 'deliberate', RESPONSE_ERROR_META],
  ['errors:GET /throw/ArgumentExceptionParam #xml', 'deliberate', RESPONSE_ERROR_META],
  ['batch:POST /xml/reply/BatchItem[] #fail', 'deliberate',
    `ResponseStatus.Meta carries AutoBatchIndex (issue 16 item 1, as later ServiceStack versions do; 5.4 leaves Meta null); also: ${MONO_NEWLINE}`],
  ['routing:GET /over', 'deliberate',
    "ServiceStack 5.4 answers 400 'Path Mismatch' when a path is shorter than a wildcard route's fixed part; Stackport answers it as any path no route matches (404)"],
  ['not-found:GET /json/reply/', 'deliberate',
    "ServiceStack reads '/json/reply/' as an operation named 'reply/' (405); Stackport answers it as a path no route matches (404)"],
  ['responses:GET /return/httpresult-text #json', 'deliberate', NO_RANGES],
  ['responses:GET /return/httpresult-text #xml', 'deliberate', NO_RANGES],
  ['negotiation:GET /hello/World.csv', 'deliberate', NO_CSV],
  ['negotiation:GET /hello/World?format=csv', 'deliberate', NO_CSV],
  ['negotiation:GET /return/dto?Id=1&format=csv', 'deliberate', NO_CSV],
  ['negotiation:GET /return/list.csv?Count=2', 'deliberate', NO_CSV],
];

export const DELIBERATE_DIFFERENCES: ReadonlyMap<string, string> = new Map(CASES.map(([id, kind, reason]) => [id, `${kind}: ${reason}`]));

