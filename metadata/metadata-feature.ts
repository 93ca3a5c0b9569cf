/**
 * Mounts the documentation surface on a host, as raw handlers (they run before operation
 * routing): ServiceStack's /metadata pages, ASP.NET Web API /Help pages, /types native DTOs,
 * /openapi, and the SOAP WSDLs and XSDs of hosts with SOAP endpoints. Every page is generated on request from the DTO registry and the host's operations.
 *
 *   addMetadataPages(host, { help: { uriParameters } });
 */
import type { AppHost, HttpRequestData, HttpResponseData } from '../src/index.js';
import { HelpPages, type HelpPageOptions } from './help/help-pages.js';
import { MetadataPages } from './servicestack/metadata-pages.js';
import { NativeTypesPages } from './native-types/native-types-pages.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { openApiUiPage } from './openapi/openapi-ui-page.js';
import { baseUrlOf, type DocsContext } from './shared/docs-context.js';
import { accessOf, type OperationAccess } from './shared/operation-access.js';
import { htmlResponse } from './shared/page-layout.js';
import { wsdlPage } from './wsdl/wsdl-pages.js';

export interface MetadataPagesOptions {
  /** Where the host is mounted, e.g. '/api-host' ('' at the root): prefixed to every link. */
  basePath?: string;
  /** Absolute base URL written into generated DTOs (`BaseUrl:`); default: from the Host header. */
  baseUrl?: string;
  /** `/metadata` and `/{format}/metadata?op=` (default on). */
  metadata?: boolean;
  /** `/Help` for ASP.NET-dialect operations (default on when there are any); false turns it off. */
  help?: HelpPageOptions | false;
  /** `/types/*` (default on). */
  types?: boolean;
  /** `/openapi` and `/openapi/ui` (default on). */
  openapi?: boolean;
  /** The WSDLs (`GET /soap11`, `GET /soap12`) and `/metadata?xsd=N`, for hosts with SOAP endpoints (default on). */
  wsdl?: boolean;
  /** What the host enforces outside the DTOs beyond its auth providers' credentials (URI parameters it reads, summaries). */
  access?: Partial<OperationAccess>;
}

type PageHandler = (req: HttpRequestData, path: string, query: ReadonlyMap<string, string>) => HttpResponseData | undefined;

export function addMetadataPages(host: AppHost, options: MetadataPagesOptions = {}): AppHost {
  const hasAspNet = (): boolean => [...host.operations.values()].some((o) => o.dialect === 'aspnet');
  const ctx: DocsContext = {
    host,
    basePath: (options.basePath ?? '').replace(/\/$/, ''),
    links: {
      metadata: options.metadata !== false,
      get help() { return options.help !== false && hasAspNet(); },
      types: options.types !== false,
      openapi: options.openapi !== false,
    },
    access: accessOf(host, options.access),
  };
  const handlers: PageHandler[] = [];
  // Before the metadata pages: `/metadata?xsd=N` is a schema, not the index.
  if (options.wsdl !== false) handlers.push((req, path, query) => wsdlPage(ctx, req, path, query, options.baseUrl));
  if (options.metadata !== false) {
    const pages = new MetadataPages(ctx);
    handlers.push((req, path, query) => pages.handle(req, path, query));
  }
  if (options.help !== false) {
    const pages = new HelpPages(ctx, options.help ?? {});
    handlers.push((_req, path, query) => (hasAspNet() ? pages.handle(path, query) : undefined));
  }
  if (options.types !== false) {
    const pages = new NativeTypesPages(ctx, options.baseUrl);
    handlers.push((req, path, query) => pages.handle(req, path, query));
  }
  if (options.openapi !== false) {
    handlers.push((req, path) => {
      const lower = path.toLowerCase().replace(/\/$/, '');
      if (lower === '/openapi' || lower === '/openapi.json') {
        const doc = openApiDocument(host, baseUrlOf(req, ctx.basePath, options.baseUrl), ctx.access);
        return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(doc, null, 2) };
      }
      return lower === '/openapi/ui' ? htmlResponse(openApiUiPage(ctx)) : undefined;
    });
  }
  // Pages are read-only: only GET and HEAD reach them, everything else goes on to the operations.
  return host.addRawHandler((req, path, query) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    // A service's own route wins over a documentation page of the same path.
    const segments = path.split('/').filter(Boolean).map((s) => { try { return decodeURIComponent(s); } catch { return s; } });
    if (host.routes.match(segments, req.method)) return undefined;
    for (const h of handlers) {
      const res = h(req, path, query);
      if (res) return req.method === 'HEAD' ? { ...res, body: '' } : res;
    }
    return undefined;
  });
}
