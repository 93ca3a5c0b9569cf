/**
 * ServiceStack's metadata pages: `/metadata` (the operations index, one link per format) and
 * `/{json|xml|jsv}/metadata?op=X` (an operation: authentication, routes, its DTOs as parameter
 * tables or as C#/TypeScript source, and HTTP samples) — the structure of seed 002.
 */
import type { HttpResponseData, Operation } from '../../src/index.js';
import { hostNameOf, page, type DocsContext } from '../shared/docs-context.js';
import { isRequired } from '../shared/operation-access.js';
import { escapeHtml, qs } from '../shared/html.js';
import { htmlResponse } from '../shared/page-layout.js';
import { reachableTypes, responseRoots, sortedOperations } from '../shared/type-graph.js';
import type { HttpRequestData } from '../../src/index.js';
import { operationTypesSource, SOURCE_LANGUAGES } from './operation-source.js';
import { parameterTables } from './parameter-tables.js';
import { httpSamplesHtml } from './http-samples.js';
import { soapLinks } from '../wsdl/wsdl-pages.js';

export const METADATA_FORMATS = ['json', 'xml', 'jsv'] as const;

export class MetadataPages {
  constructor(private readonly ctx: DocsContext) {}

  private href(path: string): string { return `${this.ctx.basePath}${path}`; }

  handle(req: HttpRequestData, path: string, query: ReadonlyMap<string, string>): HttpResponseData | undefined {
    const lower = path.toLowerCase();
    if (lower === '/metadata') return htmlResponse(this.index());
    if (lower === '/metadata/') return { status: 301, headers: { Location: this.href('/metadata') }, body: '' };
    const m = /^\/(json|xml|jsv)\/metadata\/?$/.exec(lower);
    if (!m) return undefined;
    const opName = query.get('op');
    if (!opName) return { status: 302, headers: { Location: this.href('/metadata') }, body: '' };
    const op = this.ctx.host.operations.get(opName.toLowerCase());
    if (!op) return htmlResponse(page(this.ctx, 'Not found', 'metadata', `<h1>Not found</h1><p>Could not find operation: ${escapeHtml(opName)}</p><p><a href="${escapeHtml(this.href('/metadata'))}">&lt;back to all web services</a></p>`), 404);
    return htmlResponse(this.operation(op, m[1]!, query.get('lang'), hostNameOf(req)));
  }

  index(): string {
    const name = this.ctx.host.config.serviceName;
    const rows = sortedOperations(this.ctx.host.operations.values()).map((op) => {
      const auth = this.ctx.access.schemesOf(op).length ? ' <span class="auth" title="Requires Authentication">auth</span>' : '';
      const links = METADATA_FORMATS.map((f) => `<td><a href="${escapeHtml(this.href(`/${f}/metadata?op=${qs(op.name)}`))}">${f.toUpperCase()}</a></td>`).join('');
      return `<tr><td>${escapeHtml(op.name)}${auth}</td>${links}</tr>`;
    });
    const hasAspNet = [...this.ctx.host.operations.values()].some((o) => o.dialect === 'aspnet');
    const body = `<h1>${escapeHtml(name)}</h1>
<p class="lead">The following operations are available. Select a format to see its routes, DTOs and sample requests.</p>
<table class="operations"><thead><tr><th>Operation</th><th colspan="${METADATA_FORMATS.length}">Formats</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<h3>Clients and tools</h3>
<ul>
<li><a href="${escapeHtml(this.href('/types'))}">Add ServiceStack Reference</a>: C#, TypeScript and metadata DTOs (<a href="${escapeHtml(this.href('/types/csharp'))}">C#</a>, <a href="${escapeHtml(this.href('/types/typescript'))}">TypeScript</a>, <a href="${escapeHtml(this.href('/types/metadata'))}">metadata</a>)</li>
<li><a href="${escapeHtml(this.href('/openapi/ui'))}">OpenAPI</a> (<a href="${escapeHtml(this.href('/openapi'))}">openapi.json</a>)</li>
${hasAspNet ? `<li><a href="${escapeHtml(this.href('/Help'))}">ASP.NET Web API Help Page</a> for the Web API endpoints</li>` : ''}
</ul>${this.soapSection()}`;
    return page(this.ctx, name, 'metadata', body);
  }

  /** ServiceStack's "XSDS:" and "WSDLS:" lists, when the host has SOAP endpoints. */
  private soapSection(): string {
    const soap = soapLinks(this.ctx);
    if (!soap) return '';
    const xsds = soap.xsds.map((x) => `<li><a href="${escapeHtml(this.href(`/metadata?xsd=${x.index}`))}">${escapeHtml(x.namespace)}</a></li>`).join('\n');
    const wsdls = soap.wsdls.map((w) => `<li><a href="${escapeHtml(w)}">${escapeHtml(w)}</a></li>`).join('\n');
    return `\n<h3>XSDS:</h3>\n<ul>\n${xsds}\n</ul>\n<h3>WSDLS:</h3>\n<ul>\n${wsdls}\n</ul>`;
  }

  operation(op: Operation, format: string, lang: string | undefined, hostName: string): string {
    const types = reachableTypes([op.requestType, ...responseRoots(op)]).filter((t) => !(t.kind === 'class' && t.meta.builtIn));
    const schemes = this.ctx.access.schemesOf(op);
    const auth = schemes.length
      ? `<table class="authentication"><caption><b>Requires Authentication</b></caption><tbody><tr></tr>${schemes.map((s) =>
        `<tr><td>${escapeHtml(this.ctx.access.schemes[s]?.description ?? s)}</td></tr>`).join('')}${guardRows(op)}</tbody></table>\n` : '';
    const uriParameters = this.ctx.access.uriParameters?.(op) ?? [];
    const hostParameters = uriParameters.length
      ? `<table class="uri-parameters"><caption><b>URI parameters</b> the service reads itself:</caption><tbody>${uriParameters.map((p) =>
        `<tr><th>${escapeHtml(p.name)}</th><td>${escapeHtml(isRequired(p) ? 'Required' : 'Optional')}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`).join('')}</tbody></table>\n` : '';
    const routes = op.meta.routes.length
      ? `<table class="routes"><caption>The following routes are available for this service:</caption><tbody>\n${op.meta.routes.map((r) =>
        `<tr><th>${escapeHtml(r.verbs.length ? r.verbs.join(',') : 'All Verbs')}</th><th>${escapeHtml(r.path)}</th><td>${escapeHtml(r.summary ?? '')}</td><td><i>${escapeHtml(r.notes ?? '')}</i></td></tr>`).join('\n')}\n</tbody></table>\n`
      : '';
    const prefix = this.href(`/${format}/metadata?op=${qs(op.name)}`);
    const language = SOURCE_LANGUAGES.find((l) => l.key === lang);
    const nav = `<div class="types-nav"><nav>${[`<a${language ? '' : ' class="active"'} href="${escapeHtml(prefix)}">Metadata</a>`,
      ...SOURCE_LANGUAGES.map((l) => `<a${l === language ? ' class="active"' : ''} href="${escapeHtml(`${prefix}&lang=${l.key}`)}">${escapeHtml(l.name)}</a>`)].join(' ')}</nav></div>`;
    const dtos = language
      ? `<pre><code class="language-${language.key}">${escapeHtml(operationTypesSource(types, language.key))}</code></pre>
<p><a href="${escapeHtml(this.href(`/types/${language.key}?IncludeTypes=${qs(op.name)}.*`))}">${escapeHtml(`${language.name} ${op.name} DTOs`)}</a></p>`
      : parameterTables(op, types);
    const desc = op.meta.description ? `<h3 id="desc">${escapeHtml(op.meta.description)}</h3>\n` : '';
    const body = `<h1>${escapeHtml(this.ctx.host.config.serviceName)}</h1>
<p><a class="back" href="${escapeHtml(this.href('/metadata'))}">&lt;back to all web services</a></p>
<h2>${escapeHtml(op.name)}</h2>
${desc}${auth}${hostParameters}${routes}${nav}
${dtos}
<div class="call-info"><p>To override the Content-type in your clients, use the HTTP <b>Accept</b> Header, append the <b>.${format}</b> suffix or <b>?format=${format}</b></p>${format === 'json' ? '<p>To embed the response in a <b>jsonp</b> callback, append <b>?callback=myCallback</b></p>' : ''}</div>
<div class="example">
<h3>HTTP + ${format.toUpperCase()}</h3>
<p>The following are sample HTTP requests and responses. The placeholders shown need to be replaced with actual values.</p>
${httpSamplesHtml(this.ctx.host, op, format, hostName)}
</div>`;
    return page(this.ctx, `${op.name} · ${this.ctx.host.config.serviceName}`, 'metadata', body);
  }
}

/** `@RequiredRole` and `@RequiredPermission`, as rows of the authentication table: the caller needs every one. */
function guardRows(op: Operation): string {
  const rows = [['Required roles', op.meta.requiredRoles], ['Required permissions', op.meta.requiredPermissions]] as const;
  return rows.filter(([, names]) => names.length).map(([label, names]) => `<tr><td>${label} (all of them): ${escapeHtml(names.join(', '))}</td></tr>`).join('');
}
