/**
 * The "HTTP + FORMAT" request and response blocks of an operation page (OperationControl):
 * verb and path chosen from the routes, the format's content type, and the PopulateWith sample
 * serialized by the host's codec in the operation's dialect — JSV through JsvFormatter, XML
 * indented with its declaration, JSON compact.
 */
import type { AppHost, Operation, TypeRef } from '../../src/index.js';
import { escapeHtml } from '../shared/html.js';
import { returnTypeOf } from '../shared/type-graph.js';
import { populateSample, sampleOf } from './populate-sample.js';

/** `Format.ToContentType()`: the sample headers say `text/jsv`, not the wire's `application/jsv`. */
export const SAMPLE_CONTENT_TYPES: Readonly<Record<string, string>> = { json: 'application/json', xml: 'application/xml', jsv: 'text/jsv' };

/** The verb of the sample: POST if any route allows it, then PUT, PATCH (with body), GET, DELETE. */
export function sampleVerb(op: Operation): { verb: string; body: boolean } {
  const routes = op.meta.routes;
  if (!routes.length) return { verb: 'POST', body: true };
  const verbs = new Set<string>();
  for (const r of routes) {
    if (!r.verbs.length) { verbs.add('POST'); break; }
    r.verbs.forEach((v) => verbs.add(v));
  }
  for (const v of ['POST', 'PUT', 'PATCH']) if (verbs.has(v)) return { verb: v, body: true };
  for (const v of ['GET', 'DELETE']) if (verbs.has(v)) return { verb: v, body: false };
  return { verb: 'POST', body: true };
}

/** The path: the first route allowing POST (or all verbs), else the first route, else the predefined route. */
export function samplePath(op: Operation, format: string): string {
  const routes = op.meta.routes;
  if (!routes.length) return `/${format}/${op.meta.returnType ? 'reply' : 'oneway'}/${op.name}`;
  return (routes.find((r) => !r.verbs.length || r.verbs.includes('POST')) ?? routes[0]!).path;
}

/** BaseMetadataHandler.CreateResponse: a string or byte[] response is shown as its type name, not a sample. */
const OPAQUE_RESPONSES: Readonly<Record<string, string>> = { string: '(string)', 'byte[]': '(byte[])' };

function serialize(host: AppHost, op: Operation, format: string, value: unknown, type: TypeRef): string {
  const f = host.formats.byFormatName(format);
  if (!f) throw new Error(`The host has no ${format} format`);
  const base = host.codecOptions(op.dialect);
  const options = format === 'json' ? base : { ...base, pretty: true, ...(format === 'xml' ? { xmlDeclaration: true } : {}) };
  return f.write(value, type, options);
}

/** The two `<pre>` blocks, as HTML (sample text escaped). */
export function httpSamplesHtml(host: AppHost, op: Operation, format: string, hostName: string): string {
  const contentType = SAMPLE_CONTENT_TYPES[format] ?? format;
  const { verb, body } = sampleVerb(op);
  const path = samplePath(op, format);
  let request = `${verb} ${escapeHtml(path)} HTTP/1.1 \nHost: ${escapeHtml(hostName)} \nAccept: ${contentType}`;
  if (body) {
    request += `\nContent-Type: ${contentType}\nContent-Length: <span class="value">length</span>\n\n`
      + escapeHtml(serialize(host, op, format, populateSample(op.requestType), { kind: 'class', ctor: op.requestType }));
  }
  const responseType = returnTypeOf(op);
  const sample = (t: TypeRef): string => (t.kind === 'primitive' && OPAQUE_RESPONSES[t.name]) || serialize(host, op, format, sampleOf(t), t);
  const response = responseType
    ? `\n<div class="response">\n<pre>\nHTTP/1.1 200 OK\nContent-Type: ${contentType}\nContent-Length: length\n\n${escapeHtml(sample(responseType))}\n</pre>\n</div>\n`
    : '';
  return `<div class="request">\n<pre>${request}</pre>\n</div>${response}`;
}
