/**
 * The corpus replay's comparison rules (replay.js of shared/conformance/servicestack-http and aspnet-http, which compare alike): status,
 * reason phrase, Content-Type, every recorded header, the meaningful headers a server adds, and the
 * body bytes; a differing JSON/XML/JSV body is described as "only whitespace/order" when it is.
 */
export interface RecordedResponse {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
  bodyEncoding?: string;
}

export interface ActualResponse extends Partial<RecordedResponse> {
  error?: string;
}

/** Names the platform (ServiceStack/5.00 Net45/Mono/Linux): recorded, never compared. */
const NOT_COMPARED = new Set(['x-powered-by']);
const MEANINGFUL_EXTRA = new Set(['allow', 'location', 'www-authenticate', 'cache-control']);
const meaningfulExtra = (h: string): boolean => MEANINGFUL_EXTRA.has(h) || (h.startsWith('x-') && !NOT_COMPARED.has(h));

type Canon = (text: string) => string;

/** JSON with number literals kept as text, keys sorted. */
const canonJson: Canon = (text) => JSON.stringify(sortKeys(JSON.parse(text.replace(/(?<=[:,[]\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=\s*[,}\]])/g, '"#$1"'))));
const sortKeys = (v: unknown): unknown => Array.isArray(v) ? v.map(sortKeys)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
const canonXml: Canon = (text) => text.replace(/>\s+</g, '><').trim().replace(/<([^\s>/!?]+)((?:\s+[^\s=>]+="[^"]*")*)\s*(\/?)>/g, (_, n: string, attrs: string, sl: string) => {
  const list = (attrs.match(/[^\s=>]+="[^"]*"/g) ?? []).sort();
  return `<${n}${list.length ? ' ' + list.join(' ') : ''}${sl}>`;
});
const canonJsv: Canon = (text) => text.replace(/\s+/g, '');

const KINDS: [RegExp, string, Canon][] = [
  [/json|javascript/, 'JSON', canonJson],
  [/xml/, 'XML', canonXml],
  [/jsv/, 'JSV', canonJsv],
];

function compareBody(rec: RecordedResponse, got: ActualResponse, contentType: string): string | undefined {
  if (rec.body === got.body && (rec.bodyEncoding ?? 'utf8') === (got.bodyEncoding ?? 'utf8')) return undefined;
  const kind = KINDS.find(([re]) => re.test(contentType.toLowerCase()));
  try {
    if (kind && kind[2](rec.body) === kind[2](got.body ?? '')) return `body differs only in whitespace/order (${kind[1]})`;
  } catch { /* not parseable: a plain difference */ }
  const actual = got.body ?? '';
  let at = 0;
  while (at < actual.length && actual[at] === rec.body[at]) at++;
  const from = Math.max(0, at - 80);
  return `body differs at ${at}: ${JSON.stringify(actual.slice(from, at + 200))} != recorded ${JSON.stringify(rec.body.slice(from, at + 200))}`;
}

/** The differences of an actual response from the recorded one; empty when it matches. */
export function compareResponse(rec: RecordedResponse, got: ActualResponse, allowedExtra: ReadonlySet<string> = new Set()): string[] {
  if (got.error) return [`transport error: ${got.error}`];
  const diffs: string[] = [];
  const headers = got.headers ?? {};
  if (rec.status !== got.status) diffs.push(`status ${got.status} != recorded ${rec.status}`);
  if (rec.reason !== got.reason) diffs.push(`reason ${JSON.stringify(got.reason)} != recorded ${JSON.stringify(rec.reason)}`);
  const rct = rec.headers['content-type'];
  if (rct !== headers['content-type']) diffs.push(`content-type ${JSON.stringify(headers['content-type'])} != recorded ${JSON.stringify(rct)}`);
  for (const [h, v] of Object.entries(rec.headers)) {
    if (h !== 'content-type' && !NOT_COMPARED.has(h) && headers[h] !== v) diffs.push(`header ${h}: ${JSON.stringify(headers[h])} != recorded ${JSON.stringify(v)}`);
  }
  for (const h of Object.keys(headers)) if (!(h in rec.headers) && meaningfulExtra(h) && !allowedExtra.has(h)) diffs.push(`extra header ${h}: ${JSON.stringify(headers[h])}`);
  const body = compareBody(rec, got, rct ?? headers['content-type'] ?? '');
  if (body) diffs.push(body);
  return diffs;
}
