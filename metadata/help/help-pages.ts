/**
 * ASP.NET Web API Help Pages for the ASP.NET-dialect operations (seeds 000 and 001):
 *   /Help                          APIs grouped by controller
 *   /Help/Api/{VERB}-{route}       request and response information with samples
 *   /Help/ResourceModel?modelName= one model's properties (or enum values)
 * Layout and wording follow Microsoft.AspNet.WebApi.HelpPage's Razor views.
 */
import { STATUS_CODES } from 'node:http';
import type { EnumMeta, HttpResponseData, Operation, TypeRef } from '../../src/index.js';
import { page, type DocsContext } from '../shared/docs-context.js';
import { escapeHtml, qs } from '../shared/html.js';
import { htmlResponse } from '../shared/page-layout.js';
import { reachableTypes, responseRoots, type DocType } from '../shared/type-graph.js';
import { apiDescriptions, findApi, type ApiDescription, type ApiParameter, type UriParameter } from './api-descriptions.js';
import { errorSamples } from './help-errors.js';
import { helpSamples, type SampleGroup } from './help-samples.js';
import { descriptionProperties, memberParameter, modelParameters, parameterTable } from './model-table.js';
import type { SampleOverrides } from './object-generator.js';
import { typeDocumentationHtml } from './type-documentation.js';

export interface HelpPageOptions {
  /** URI parameters the service reads itself (not DTO members), per operation. */
  uriParameters?: (op: Operation) => readonly UriParameter[] | undefined;
  /** Whether the form-urlencoded formatters are configured (they list "Sample not available."). Default: true. */
  formUrlEncoded?: boolean | ((op: Operation) => boolean);
  /** Per-type sample values (ASP.NET's HelpPageConfig.SetSampleForType). */
  samples?: SampleOverrides;
  /**
   * The host's own notes (HTML), outside the generated Web API layout: on the index after the
   * introduction, and on an API page above its title, so the page below the title stays as
   * ApiExplorer would render it.
   */
  notes?: (op?: Operation) => string | undefined;
  /**
   * Document each API's error bodies (Web API's HttpError: 400 ModelState, 401 when the operation
   * needs a credential, 404, 405, 415, 500) after the Web API layout, which has no such section.
   */
  errorResponses?: { readonly authenticated: (op: Operation) => boolean };
}

export class HelpPages {
  constructor(private readonly ctx: DocsContext, private readonly options: HelpPageOptions = {}) {}

  private apis(): ApiDescription[] {
    return apiDescriptions(this.ctx.host, this.options.uriParameters ? { uriParameters: this.options.uriParameters } : {});
  }

  private href(path: string): string { return `${this.ctx.basePath}${path}`; }
  private modelHref = (name: string): string => this.href(`/Help/ResourceModel?modelName=${qs(name)}`);

  /** Routes a request under /Help; undefined when the path is not a Help page. */
  handle(path: string, query: ReadonlyMap<string, string>): HttpResponseData | undefined {
    const lower = path.toLowerCase().replace(/\/$/, '');
    if (lower === '/help' || lower === '/help/index') return htmlResponse(this.index());
    if (lower.startsWith('/help/api/')) return this.api(decodeURIComponent(path.slice('/help/api/'.length)));
    if (lower === '/help/resourcemodel') return this.resourceModel(query.get('modelName') ?? query.get('modelname') ?? '');
    return undefined;
  }

  index(): string {
    const groups = new Map<string, ApiDescription[]>();
    for (const api of this.apis()) groups.set(api.controller, [...(groups.get(api.controller) ?? []), api]);
    const sections = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([controller, apis]) => {
      const rows = apis.map((a) => `<tr><td class="api-name"><a href="${escapeHtml(this.href(`/Help/Api/${a.id}`))}">${escapeHtml(`${a.verb} ${a.relativePath}`)}</a></td>`
        + `<td class="api-documentation"><p>${escapeHtml(a.op.meta.description ?? 'No documentation available.')}</p></td></tr>`);
      return `<h2 id="${escapeHtml(controller)}">${escapeHtml(controller)}</h2>
<table class="help-page-table"><thead><tr><th>API</th><th>Description</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
    });
    const body = `<h1>ASP.NET Web API Help Page</h1>
<section class="featured"><h2>Introduction</h2><p>The Web API endpoints of ${escapeHtml(this.ctx.host.config.serviceName)}, generated from its DTOs. Each API lists its URI and body parameters and sample requests and responses in every media type.</p></section>
${this.options.notes?.() ?? ''}
${sections.join('\n') || '<p>No Web API endpoints.</p>'}`;
    return page(this.ctx, `${this.ctx.host.config.serviceName} — ASP.NET Web API Help Page`, 'help', body);
  }

  api(id: string): HttpResponseData {
    const api = findApi(this.apis(), id);
    if (!api) return htmlResponse(this.error(`No API with id '${id}'.`), 404);
    const uriParams: ApiParameter[] = [
      ...api.uriMembers.map((m) => memberParameter(api.op.requestType, m)),
      ...api.extraUriParameters.map((p) => ({ ...p, annotations: p.annotations ?? [] })),
    ];
    const bodyType: TypeRef | undefined = api.bodyType && { kind: 'class', ctor: api.bodyType };
    const form = typeof this.options.formUrlEncoded === 'function' ? this.options.formUrlEncoded(api.op) : this.options.formUrlEncoded ?? true;
    const body = `<p><a class="back" href="${escapeHtml(this.href('/Help'))}">‹ Help Page Home</a></p>
${this.options.notes?.(api.op) ?? ''}
<h1>${escapeHtml(`${api.verb} ${api.relativePath}`)}</h1>
<div>
${api.op.meta.description ? `<p>${escapeHtml(api.op.meta.description)}</p>` : ''}
<h2>Request Information</h2>
<h3>URI Parameters</h3>
${parameterTable(uriParams, this.modelHref)}
<h3>Body Parameters</h3>
${bodyType ? this.modelBlock(bodyType) : '<p>None.</p>'}
${bodyType ? `<h3>Request Formats</h3>\n${this.samples(helpSamples(this.ctx.host, bodyType, 'request', form, this.options.samples))}` : ''}
<h2>Response Information</h2>
<h3>Resource Description</h3>
${api.responseType ? this.modelBlock(api.responseType) : '<p>None.</p>'}
${api.responseType ? `<h3>Response Formats</h3>\n${this.samples(helpSamples(this.ctx.host, api.responseType, 'response', false, this.options.samples))}` : ''}
</div>
${this.errors(api)}`;
    return htmlResponse(page(this.ctx, `${api.verb} ${api.relativePath}`, 'help', body));
  }

  resourceModel(name: string): HttpResponseData {
    const type = this.models().get(name.toLowerCase());
    if (!type) return htmlResponse(this.error(`No model named '${name}'.`), 404);
    const back = `<p><a class="back" href="${escapeHtml(this.href('/Help'))}">‹ Help Page Home</a></p>`;
    const description = type.meta.description ? `<p>${escapeHtml(type.meta.description)}</p>` : '';
    const body = type.kind === 'enum'
      ? `${back}<h1>${escapeHtml(type.meta.name)}</h1>${description}<h2>Possible enumeration values:</h2>${enumTable(type.meta)}`
      : `${back}<h1>${escapeHtml(type.meta.name)}</h1>${description}${parameterTable(modelParameters(type.ctor), this.modelHref)}`;
    return htmlResponse(page(this.ctx, type.meta.name, 'help', body));
  }

  /** Every model the Help pages link to, by lower-cased name. */
  private models(): Map<string, DocType> {
    const roots = this.apis().flatMap((a) => [a.op.requestType, ...responseRoots(a.op)]);
    return new Map(reachableTypes([...new Set(roots)]).map((t) => [t.meta.name.toLowerCase(), t]));
  }

  /** ModelDescriptionLink ("Order", "Collection of Order", "Dictionary of …", "string"), then the properties it has. */
  private modelBlock(type: TypeRef): string {
    const properties = descriptionProperties(type);
    return `${typeDocumentationHtml(type, this.modelHref)}\n${properties ? parameterTable(properties, this.modelHref) : ''}`;
  }

  private samples(groups: readonly SampleGroup[]): string {
    return groups.map((g) => `<div class="sample"><h4 class="sample-header">${escapeHtml(g.mediaTypes.join(', '))}</h4>
<div class="sample-content"><span><b>Sample:</b></span>
${g.text === undefined ? '<p>Sample not available.</p>' : `<pre class="wrapped">${escapeHtml(g.text)}</pre>`}
</div></div>`).join('\n');
  }

  private errors(api: ApiDescription): string {
    const doc = this.options.errorResponses;
    if (!doc) return '';
    const rows = errorSamples(this.ctx.host, api, doc.authenticated(api.op)).map((e) =>
      `<h3>${e.status} ${escapeHtml(STATUS_CODES[e.status] ?? '')}</h3>\n<p>When ${escapeHtml(e.when)}.</p>\n${this.samples(e.samples)}`);
    return `<section class="error-responses"><h2>Error Responses</h2>
<p>Errors are Web API's <code>HttpError</code>: <code>Message</code>, and for a request that does not bind, <code>ModelState</code> (one entry per parameter or member; a value that does not convert reads "An error has occurred.").</p>
${rows.join('\n')}
</section>`;
  }

  private error(message: string): string {
    return page(this.ctx, 'Error', 'help', `<h1>Error</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(this.href('/Help'))}">Help Page Home</a></p>`);
  }
}

function enumTable(meta: EnumMeta): string {
  const rows = meta.members.map((m) => `<tr><td class="enum-name"><b>${escapeHtml(m.name)}</b></td><td class="enum-value"><p>${m.value}</p></td><td class="enum-description"><p></p></td></tr>`);
  return `<table class="help-page-table"><thead><tr><th>Name</th><th>Value</th><th>Description</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
