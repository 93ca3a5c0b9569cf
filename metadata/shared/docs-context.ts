/** What every documentation page needs to know about the host it documents. */
import type { AppHost, HttpRequestData } from '../../src/index.js';
import type { OperationAccess } from './operation-access.js';
import { renderPage, type PageLinks, type PageOptions } from './page-layout.js';

export interface DocsContext {
  readonly host: AppHost;
  /** Where the host is mounted ('' at the root); prefixed to every link. */
  readonly basePath: string;
  readonly links: PageLinks;
  /** Credentials and host-read URI parameters per operation. */
  readonly access: OperationAccess;
}

export function page(ctx: DocsContext, title: string, active: PageOptions['active'], body: string): string {
  return renderPage({ title, brand: ctx.host.config.serviceName, links: ctx.links, basePath: ctx.basePath, ...(active ? { active } : {}) }, body);
}

/**
 * The absolute base URL clients should use: a configured one, else the request's Host header
 * (what ServiceStack's ResolveAbsoluteUrl does behind no proxy).
 */
export function baseUrlOf(req: HttpRequestData, basePath: string, configured?: string): string {
  if (configured) return configured.replace(/\/$/, '');
  const hostHeader = req.headers['host'];
  const host = (Array.isArray(hostHeader) ? hostHeader[0] : hostHeader) ?? 'localhost';
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
  return `${proto}://${host}${basePath}`;
}

export function hostNameOf(req: HttpRequestData): string {
  const h = req.headers['host'];
  return (Array.isArray(h) ? h[0] : h) ?? 'localhost';
}
