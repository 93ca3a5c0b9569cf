/**
 * The error bodies an ASP.NET-dialect API answers, for its Help page: Web API's HttpError for a
 * request that does not bind (400, ModelState), lacks a credential (401), selects no action (404),
 * uses another verb (405), sends a body no formatter reads (415) or fails in the service (500).
 * Each body is written by the renderer the pipeline uses (webApiErrorBody), in JSON and XML, as a
 * remote client reads it.
 */
import {
  bindUriParameters, frameworkErrors, getDtoMeta, HttpError, InvalidOperationException, ValidationError, webApiActionOf, webApiErrorBody,
  type AppHost, type FieldError,
} from '../../src/index.js';
import { indentJson } from '../shared/indent-json.js';
import { indentXml } from '../shared/indent-xml.js';
import type { ApiDescription } from './api-descriptions.js';
import type { SampleGroup } from './help-samples.js';

export interface ErrorSample {
  readonly status: number;
  readonly when: string;
  readonly samples: readonly SampleGroup[];
}

/** A verb the API does not answer, for its 405 sample. */
const otherVerb = (verb: string): string => (verb === 'GET' ? 'POST' : 'GET');

/**
 * One ModelState entry per kind the API can get, as the binder writes them: its first URI
 * parameter sent empty ("required"), its body's first member holding a value that does not convert.
 */
function modelState(api: ApiDescription): FieldError[] {
  const action = webApiActionOf(api.op.requestType);
  const uri = action?.uri.find((p) => !p.optional) ?? action?.uri[0];
  const entries = uri ? bindUriParameters([uri], `${uri.name}=`, new Map(), undefined).errors : [];
  const member = api.bodyType ? getDtoMeta(api.bodyType).allMembers[0] : undefined;
  if (member) {
    const key = `${action?.body ?? 'request'}.${member.name}`;
    entries.push({ errorCode: 'ModelState', fieldName: member.name, modelStateKey: key, message: 'a value that does not convert', exception: true });
  }
  return entries;
}

export function errorSamples(host: AppHost, api: ApiDescription, authenticated: boolean): ErrorSample[] {
  const url = `http://localhost/${api.relativePath.replace(/\{(\w+)\}/g, '$1')}`;
  const controller = api.controller;
  const cases: [number, string, unknown][] = [];
  const entries = modelState(api);
  if (entries.length) cases.push([400, 'a parameter or body member does not bind (each its own ModelState entry; a required member that is missing reads "The X field is required.")', new ValidationError(entries)]);
  if (authenticated) cases.push([401, 'the request has no valid credential', new HttpError(401, 'Unauthorized', 'Authorization has been denied for this request.')]);
  cases.push([404, webApiActionOf(api.op.requestType)?.uri.some((p) => !p.optional) ? 'a required URI parameter is missing (no action matches)' : 'no API matches the request URI', frameworkErrors.actionNotFound(controller)]);
  cases.push([405, `the request uses another HTTP method (the Allow header names ${api.verb})`, frameworkErrors.verbNotAllowed(otherVerb(api.verb), [api.verb])]);
  if (api.bodyType) cases.push([415, 'the body is in a media type no formatter reads', frameworkErrors.unsupportedMediaType('text/plain', getDtoMeta(api.bodyType).name)]);
  cases.push([500, 'the service fails (no detail: the error-detail policy is off)', new InvalidOperationException('not shown')]);
  const options = host.codecOptions('aspnet');
  const write = (name: string, error: unknown): string => webApiErrorBody(error, host.formats.byFormatName(name)!, options, url);
  return cases.map(([status, when, error]) => ({
    status, when, samples: [
      { mediaTypes: ['application/json', 'text/json'], text: indentJson(write('json', error)) },
      { mediaTypes: ['application/xml', 'text/xml'], text: indentXml(write('xml', error)) },
    ],
  }));
}
