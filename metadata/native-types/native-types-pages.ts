/**
 * "Add ServiceStack Reference": `/types` (links), `/types/csharp`, `/types/typescript` (source
 * with the Options header, text/plain) and `/types/metadata` (MetadataTypes JSON).
 */
import type { HttpRequestData, HttpResponseData } from '../../src/index.js';
import { baseUrlOf, page, type DocsContext } from '../shared/docs-context.js';
import { escapeHtml } from '../shared/html.js';
import { htmlResponse } from '../shared/page-layout.js';
import { generateCSharp } from './csharp-generator.js';
import { metadataTypes } from './metadata-types.js';
import { nativeModel } from './native-model.js';
import {
  csharpConfigOf, csharpOptionLines, NativeTypeQuery, optionsHeader, typeFilterOf, typescriptConfigOf, typescriptOptionLines,
} from './native-type-options.js';
import { generateTypeScript } from './typescript-generator.js';

const LANGUAGES = [['Metadata', 'metadata'], ['CSharp', 'csharp'], ['TypeScript', 'typescript']] as const;

const text = (body: string): HttpResponseData => ({ status: 200, headers: { 'Content-Type': 'text/plain' }, body });
const json = (value: unknown): HttpResponseData => ({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) });

export class NativeTypesPages {
  constructor(private readonly ctx: DocsContext, private readonly configuredBaseUrl?: string) {}

  handle(req: HttpRequestData, path: string, query: ReadonlyMap<string, string>): HttpResponseData | undefined {
    const lower = path.toLowerCase().replace(/\/$/, '');
    if (!lower.startsWith('/types')) return undefined;
    const baseUrl = baseUrlOf(req, this.ctx.basePath, this.configuredBaseUrl);
    const q = new NativeTypeQuery(query);
    const filter = typeFilterOf(q);
    switch (lower) {
      case '/types': return this.index(req, baseUrl);
      case '/types/metadata': return json(metadataTypes(nativeModel(this.ctx.host, filter), baseUrl));
      case '/types/csharp': {
        const config = csharpConfigOf(q);
        return text(generateCSharp(nativeModel(this.ctx.host, filter), config, optionsHeader(csharpOptionLines(config, filter), q, baseUrl)));
      }
      case '/types/typescript': {
        const config = typescriptConfigOf(q, this.ctx.host.config.textCase);
        return text(generateTypeScript(nativeModel(this.ctx.host, filter), config, optionsHeader(typescriptOptionLines(config, filter), q, baseUrl)));
      }
      default: return undefined;
    }
  }

  /** JSON for tools; a page for browsers (ServiceStack answers browsers with its HTML format too). */
  private index(req: HttpRequestData, baseUrl: string): HttpResponseData {
    const links = Object.fromEntries(LANGUAGES.map(([name, key]) => [name, `${baseUrl}/types/${key}`]));
    const accept = String(req.headers['accept'] ?? '');
    if (!accept.includes('text/html')) return json(links);
    const items = LANGUAGES.map(([name, key]) => `<tr><td>${escapeHtml(name)}</td><td><a href="${escapeHtml(`${this.ctx.basePath}/types/${key}`)}">/types/${escapeHtml(key)}</a></td></tr>`).join('\n');
    const body = `<h1>Native Types</h1>
<p class="lead">Typed client DTOs generated from this service's contract. Add them with <code>npx typescript-ref ${escapeHtml(baseUrl)}</code> or <code>npx csharp-ref ${escapeHtml(baseUrl)}</code>; re-run the tool on the saved file to update it.</p>
<table><thead><tr><th>Language</th><th>Link</th></tr></thead><tbody>
${items}
</tbody></table>`;
    return htmlResponse(page(this.ctx, 'Native Types', 'types', body));
  }
}
