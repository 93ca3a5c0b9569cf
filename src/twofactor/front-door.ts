/**
 * GET / — the product's front door: in a browser (the HTML report's rule: `text/html` first in
 * Accept, or `?format=html`) a small page naming the service and linking to its documentation and
 * health endpoints; to everyone else a small JSON index of the same links. It names no operation,
 * configuration or credential.
 */
import type { AppHost, HttpRequestData, HttpResponseData, RawHandler } from '../index.js';
import { escapeHtml } from '../index.js';
import { header } from '../framework/host/http-types.js';
import { negotiate } from '../framework/formats/negotiate.js';
import { LIVE_PATH, READY_PATH } from './health-endpoints.js';

export interface FrontDoorLink { readonly rel: string; readonly path: string; readonly title: string }

export const FRONT_DOOR_LINKS: readonly FrontDoorLink[] = [
  { rel: 'metadata', path: '/metadata', title: 'ServiceStack metadata: operations, formats and samples' },
  { rel: 'help', path: '/Help', title: 'ASP.NET Web API help pages' },
  { rel: 'openapi', path: '/openapi/ui', title: 'OpenAPI document and browser' },
  { rel: 'types', path: '/types', title: 'Add ServiceStack Reference: DTOs for clients' },
  { rel: 'live', path: LIVE_PATH, title: 'Liveness' },
  { rel: 'ready', path: READY_PATH, title: 'Readiness' },
];

const STYLE = 'body{font:15px/1.5 system-ui,Arial,sans-serif;color:#222;margin:32px;max-width:42em}h1{font-size:22px}li{margin:.3em 0}code{color:#555}';

function page(serviceName: string): string {
  const items = FRONT_DOOR_LINKS.map((l) => `<li><a href="${escapeHtml(l.path)}">${escapeHtml(l.title)}</a> <code>${escapeHtml(l.path)}</code></li>`);
  return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${escapeHtml(serviceName)}</title><style>${STYLE}</style></head>\n<body><h1>${escapeHtml(serviceName)}</h1>`
    + `<p>This is an API. Its documentation and health endpoints:</p><ul>${items.join('')}</ul></body></html>\n`;
}

function index(serviceName: string): string {
  return JSON.stringify({ service: serviceName, links: Object.fromEntries(FRONT_DOOR_LINKS.map((l) => [l.rel, l.path])) });
}

export function frontDoor(host: AppHost): RawHandler {
  return async (req: HttpRequestData, path: string, query: ReadonlyMap<string, string>): Promise<HttpResponseData | undefined> => {
    if (path !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return undefined;
    const { format } = negotiate('servicestack', { formatParam: query.get('format'), accept: header(req, 'accept') }, host.formats, host.defaultFormat);
    const html = format.describesRequest === true;
    const body = html ? page(host.config.serviceName) : index(host.config.serviceName);
    return {
      status: 200,
      headers: { 'Content-Type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', Vary: 'Accept' },
      body: req.method === 'HEAD' ? '' : body,
    };
  };
}

/** The front door's URLs on a base URL, for the start-up log. */
export function frontDoorUrls(baseUrl: string): Record<string, string> {
  return Object.fromEntries([['home', `${baseUrl}/`], ...FRONT_DOOR_LINKS.map((l) => [l.rel, `${baseUrl}${l.path}`])]);
}
