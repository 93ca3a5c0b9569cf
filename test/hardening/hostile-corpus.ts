/**
 * A corpus of hostile requests, generated from payload families × endpoints. Each payload says
 * how it is sent (body with a content type, query string or path) and is meant to be refused
 * with a 4xx — never a 5xx, a crash or a hang.
 */
export interface HostilePayload {
  /** `syntax`: malformed for any DTO. `type`: well-formed, but a typed member gets a wrong value. */
  kind: 'syntax' | 'type';
  family: 'json' | 'xml' | 'jsv' | 'form' | 'query' | 'path' | 'content-type';
  name: string;
  contentType?: string;
  body?: Buffer;
  /** Appended to the endpoint's path (query strings start with '?'). */
  suffix?: string;
  /** Replaces the endpoint's last path segment. */
  pathSegment?: string;
  /** Only endpoints whose path matches: where the payload is an error by the emulated stack's own rules. */
  appliesTo?: RegExp;
}

/**
 * Payloads .NET itself accepts are left out on purpose: trailing content after a JSON object
 * (ServiceStack.Text and Json.NET both ignore it), and deep nesting under unknown keys (skipped
 * without recursion, as ServiceStack does).
 */
const ONLY: Record<string, RegExp> = {
  // ServiceStack.Text leaves a non-nullable member at its default on null; Json.NET (Web API) refuses it.
  'null into int': /\/api\/|\/User\//,
  // Deep nesting must reach a typed member to be read at all.
  'deep braces 10k': /AllTypes/,
  'deep brackets 10k': /AllTypes/,
};

const deep = (open: string, close: string, n: number): string => open.repeat(n) + close.repeat(n);
const b = (s: string, enc: BufferEncoding = 'utf8'): Buffer => Buffer.from(s, enc);

/** A well-formed body giving every int member of the test DTOs (Id, TwoFactorConfigurationId, ProviderUserId) a bad value. */
const typed = (name: string, value: string): [string, Buffer][] =>
  [[name, b(`{"Id":${value},"TwoFactorConfigurationId":${value},"ProviderUserId":${value}}`)]];

const TYPE_ERRORS = new Set(['int overflow', 'fraction into int', 'exponent overflow', 'object into int', 'array into int', 'string into int',
  'null into int', 'bad guid', 'bad bool', 'lone surrogate into int', 'wrong type in element', 'wrong types', 'bad int', 'bad guid ', 'percent garbage', 'proto keys']);

const JSON_BODIES: [string, Buffer][] = [
  ['truncated object', b('{"UserId":"3698b76f-a5c0-4b04-b579-bc084019fb95"')],
  ['truncated string', b('{"GsmNumber":"+90')],
  ['bare garbage', b('not json at all')],
  ['single quotes only', b("{'a")],
  ['array instead of object', b('[1,2,3]')],
  ['nested array instead of object', b('[[[[]]]]')],
  ['string instead of object', b('"just a string"')],
  ['number instead of object', b('12345')],
  ['deep arrays 10k', b(deep('[', ']', 10000))],
  ['deep objects 5k', b(deep('{"a":', '}', 5000))],
  ...typed('int overflow', '99999999999999999999'),
  ...typed('fraction into int', '1.5'),
  ...typed('exponent overflow', '1e400'),
  ...typed('object into int', '{"a":1}'),
  ...typed('array into int', '[1]'),
  ...typed('string into int', '"abc"'),
  ...typed('null into int', 'null'),
  ['bad guid', b('{"UserId":"not-a-guid","Guid":"not-a-guid","Id":"x","TwoFactorConfigurationId":"x","ProviderUserId":"x"}')],
  ['bad bool', b('{"IsSync":"maybe","Bool":"maybe","Id":"x","TwoFactorConfigurationId":"x","ProviderUserId":"x"}')],
  ['unterminated escape', b('{"GsmNumber":"\\u12"}')],
  ['lone surrogate into int', b('{"Id":"\\ud800","TwoFactorConfigurationId":"\\ud800","ProviderUserId":"\\ud800"}')],
  ['invalid utf-8 bytes', b('{"GsmNumber":"\xff\xfe\xfd"}', 'latin1')],
  ['utf-16 bytes', Buffer.from('{"a":1}', 'utf16le')],
  ['control characters raw', b('{"GsmNumber":"a\u0000b"')],
  ['unbalanced close', b('}]')],
  ['many commas', b(`{${','.repeat(200000)}}`)],
];

const XML_BODIES: [string, Buffer][] = [
  ['billion laughs', b('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><Hello><Name>&lol2;</Name></Hello>')],
  ['external entity', b('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Hello><Name>&xxe;</Name></Hello>')],
  ['bare doctype', b('<!DOCTYPE html><Hello/>')],
  ['undeclared entity', b('<Hello><Name>&nope;</Name></Hello>')],
  ['deep elements 10k', b(deep('<a>', '</a>', 10000))],
  ['unclosed element', b('<Hello><Name>x</Hello>')],
  ['mismatched tags', b('<Hello><Name>x</Nom></Hello>')],
  ['wrong root namespace', b('<CreateTwoFactorSmsOtpRequest xmlns="urn:wrong"><GsmNumber>1</GsmNumber></CreateTwoFactorSmsOtpRequest>')],
  ['garbage text', b('this is not xml')],
  ['invalid utf-8', b('<Hello><Name>\xff\xfe</Name></Hello>', 'latin1')],
  ['processing instruction soup', b('<?a?><?b?><?c?>')],
  ['cdata unterminated', b('<Hello><Name><![CDATA[x</Name></Hello>')],
  ['attribute soup', b(`<Hello ${Array.from({ length: 5000 }, (_, i) => `a${i}="x"`).join(' ')}/>`)],
  ['wrong type in element', b('<CreateTwoFactorSmsOtpRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request"><TwoFactorConfigurationId>abc</TwoFactorConfigurationId></CreateTwoFactorSmsOtpRequest>')],
];

const JSV_BODIES: [string, Buffer][] = [
  ['unbalanced braces', b('{Name:{a:1')],
  ['unbalanced brackets', b('{Ids:[1,2')],
  ['unterminated quote', b('{Name:"abc')],
  ['deep braces 10k', b(`{Poco:${deep('{Id:', '}', 10000)}}`)],
  ['deep brackets 10k', b(`{Ids:${deep('[', ']', 10000)}}`)],
  ['not an object', b('just text')],
  ['10 MB of commas', b(`{Ids:[${','.repeat(10 * 1024 * 1024)}]}`)],
  ['wrong types', b('{Id:abc,TwoFactorConfigurationId:abc}')],
  ['invalid utf-8', b('{Name:\xff\xfe}', 'latin1')],
];

const FORM_BODIES: [string, Buffer][] = [
  ['bad int', b('Id=abc&TwoFactorConfigurationId=abc&ProviderUserId=abc')],
  ['bad guid ', b('UserId=zzz&Guid=zzz&Id=zzz&TwoFactorConfigurationId=zzz&ProviderUserId=zzz')],
  ['percent garbage', b('Id=%zz%&TwoFactorConfigurationId=%zz%&ProviderUserId=%&Name=%')],
  ['bad multipart boundary', b('--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n')],
  ['proto keys', b('__proto__[x]=1&constructor[prototype][x]=1&Id=abc&TwoFactorConfigurationId=abc&ProviderUserId=abc')],
];

const QUERIES: string[] = [
  '?Id=abc', '?Id=99999999999999999999', '?Guid=nope', '?Color=Purple', '?Ids=1,x,3', '?Poco={Id:abc}',
  '?DateTime=not-a-date', '?TimeSpan=forever', '?Bytes=%%%', '?Id=1e5', '?Map={a:{b:{c:', '?Pocos=[{Id:1},{Id:x}]',
];

const PATHS: string[] = ['%zz', '..%2F..%2Fetc%2Fpasswd', 'abc', '99999999999999999999', '%00'];

export function payloads(): HostilePayload[] {
  const kindOf = (name: string): 'syntax' | 'type' => (TYPE_ERRORS.has(name) ? 'type' : 'syntax');
  const list: Omit<HostilePayload, 'kind'>[] = [
    ...JSON_BODIES.map(([name, body]) => ({ family: 'json' as const, name, contentType: 'application/json', body })),
    ...XML_BODIES.map(([name, body]) => ({ family: 'xml' as const, name, contentType: 'application/xml', body })),
    ...JSV_BODIES.map(([name, body]) => ({ family: 'jsv' as const, name, contentType: 'text/jsv', body })),
    ...FORM_BODIES.map(([name, body]) => ({ family: 'form' as const, name, contentType: name.includes('multipart') ? 'multipart/form-data; boundary=y' : 'application/x-www-form-urlencoded', body })),
    ...QUERIES.map((suffix) => ({ family: 'query' as const, name: suffix, suffix })),
    ...PATHS.map((pathSegment) => ({ family: 'path' as const, name: pathSegment, pathSegment })),
    { family: 'content-type', name: 'text/plain body', contentType: 'text/plain', body: b('hello') },
    { family: 'content-type', name: 'no content type', body: b('{"a":1}') },
  ];
  return list.map((p) => ({ ...p, kind: p.family === 'query' || p.family === 'path' ? 'type' : kindOf(p.name), ...(ONLY[p.name] ? { appliesTo: ONLY[p.name] } : {}) }));
}
