/**
 * Corpus cases the `aspnet` dialect still answers differently from Web API 2, by case id, with the
 * rule of issue 25 each belongs to (or `platform`: the recording shows Mono/HttpListener, not Web
 * API — the corpus README's list). The replay checks each still differs, so fixing a rule forces
 * its cases out of this table (and out of README's list).
 */
const ITEM_6 = 'item 6, routing';
const STACK_TRACE = "StackTrace is Mono's frames (its presence and place are pinned by web-api-errors.test.ts, not its text)";
const ISSUE_18 = 'issue 18 item 1, the HTML report';
/** Listed in README's "Deliberate differences from .NET": a .NET reader would drop or refuse data a legacy client sent. */
const DELIBERATE = 'deliberate (README)';
const PLATFORM_204 = 'Content-Length: 0 on a 204 is HttpListener framing (HTTP forbids it)';

const CASES: [string, string, string][] = [
  ['negotiation:GET /api/Items/5 #accept text/html', ISSUE_18, 'a browser (first Accept range text/html) gets the HTML report in every dialect; Web API 2 answers JSON'],

  ['body-binding:POST /api/Types/Echo #xml-no-namespace', DELIBERATE, "DataContractSerializer rejects a root outside the contract's namespace; Stackport reads the XmlSerializer form too when no member is lost"],
  ['body-binding:POST /api/Types/Echo #xml-out-of-order', DELIBERATE, 'DataContractSerializer silently skips a member out of order; Stackport reads it'],
  ['body-binding:detail:POST /api/Types/Echo #xml-bad-int', DELIBERATE, "under detail Web API shows the reflection wrapper's text ('Exception has been thrown by the target of an invocation.'); Stackport words XML errors its own way"],

  ['errors:detail:GET /api/Errors/Unauthorized', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Errors/Unauthorized #xml', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Errors/Throw #xml', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Errors/ThrowInner #xml', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Items/500', 'platform', STACK_TRACE],
  ['errors:detail:GET /api/Items/500 #xml', 'platform', STACK_TRACE],
  ['validation:detail:POST /api/TwoFactor/CreateTwoFactorSmsOtp #ct-text/plain', 'platform', STACK_TRACE],

  ['routing:GET /api/TwoFactor', ITEM_6,
    "Web API's 405 with Allow: POST comes from DefaultApi selecting among TwoFactor's actions; its paths below api/TwoFactor/ are claimed first by the {action} route, which convention routes cannot say yet, so WebRef's port serves Items alone by convention (404 here)"],

  ['results:DELETE /api/Items/5', 'platform', PLATFORM_204],
];

export const WEB_API_DIFFERENCES: ReadonlyMap<string, string> = new Map(CASES.map(([id, rule, what]) => [id, `${rule}: ${what}`]));

