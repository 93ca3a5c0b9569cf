/**
 * "Add ServiceStack Reference": `/types` (links), `/types/{csharp,typescript,java,kotlin,python,go}`
 * (source with the Options header, UTF-8 text/plain) and `/types/metadata` (MetadataTypes JSON).
 */
import type { HttpRequestData, HttpResponseData } from '../../src/index.js';
import { baseUrlOf, page, type DocsContext } from '../shared/docs-context.js';
import { escapeHtml } from '../shared/html.js';
import { htmlResponse } from '../shared/page-layout.js';
import type { TextCase } from '../../src/index.js';
import { generateCSharp } from './csharp-generator.js';
import { generateGo } from './go-generator.js';
import { generateJava, javaImports } from './java-generator.js';
import { generateKotlin, kotlinImports } from './kotlin-generator.js';
import { metadataTypes } from './metadata-types.js';
import { nativeModel, type NativeModel, type TypeFilter } from './native-model.js';
import {
  csharpConfigOf, csharpOptionLines, goConfigOf, goOptionLines, javaConfigOf, javaOptionLines, kotlinConfigOf, kotlinOptionLines, NativeTypeQuery,
  optionsHeader, PYTHON_HEADER, pythonConfigOf, pythonOptionLines, typeFilterOf, typescriptConfigOf, typescriptOptionLines,
} from './native-type-options.js';
import { generatePython } from './python-generator.js';
import { generateTypeScript } from './typescript-generator.js';

type Generator = (model: NativeModel, q: NativeTypeQuery, filter: TypeFilter, baseUrl: string, textCase: TextCase) => string;

/** Each language: its config from the query, its Options header, its source. */
const GENERATORS: Record<string, Generator> = {
  csharp: (m, q, f, url) => { const c = csharpConfigOf(q); return generateCSharp(m, c, optionsHeader(csharpOptionLines(c, f), q, url)); },
  typescript: (m, q, f, url, textCase) => { const c = typescriptConfigOf(q, textCase); return generateTypeScript(m, c, optionsHeader(typescriptOptionLines(c, f), q, url)); },
  java: (m, q, f, url) => { const c = javaConfigOf(q); return generateJava(m, c, optionsHeader(javaOptionLines(c, f, javaImports(m, c)), q, url)); },
  kotlin: (m, q, f, url) => { const c = kotlinConfigOf(q); return generateKotlin(m, c, optionsHeader(kotlinOptionLines(c, f, kotlinImports(m, c)), q, url)); },
  python: (m, q, f, url) => { const c = pythonConfigOf(q); return generatePython(m, c, optionsHeader(pythonOptionLines(c, f), q, url, PYTHON_HEADER)); },
  go: (m, q, f, url) => { const c = goConfigOf(q); return generateGo(m, c, optionsHeader(goOptionLines(c, f), q, url)); },
};

const LANGUAGES = [['Metadata', 'metadata'], ['CSharp', 'csharp'], ['TypeScript', 'typescript'], ['Java', 'java'], ['Kotlin', 'kotlin'], ['Python', 'python'], ['Go', 'go']] as const;

// Without a charset, browsers decode the source as Latin-1 and non-ASCII descriptions turn to mojibake.
const text = (body: string): HttpResponseData => ({ status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body });
const json = (value: unknown): HttpResponseData => ({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) });

export class NativeTypesPages {
  constructor(private readonly ctx: DocsContext, private readonly configuredBaseUrl?: string) {}

  handle(req: HttpRequestData, path: string, query: ReadonlyMap<string, string>): HttpResponseData | undefined {
    const lower = path.toLowerCase().replace(/\/$/, '');
    if (!lower.startsWith('/types')) return undefined;
    const baseUrl = baseUrlOf(req, this.ctx.basePath, this.configuredBaseUrl);
    const q = new NativeTypeQuery(query);
    const filter = typeFilterOf(q);
    if (lower === '/types') return this.index(req, baseUrl);
    if (lower === '/types/metadata') return json(metadataTypes(nativeModel(this.ctx.host, filter), baseUrl));
    const generate = Object.hasOwn(GENERATORS, lower.slice('/types/'.length)) ? GENERATORS[lower.slice('/types/'.length)] : undefined;
    return generate && text(generate(nativeModel(this.ctx.host, filter), q, filter, baseUrl, this.ctx.host.config.textCase));
  }

  /** JSON for tools; a page for browsers (ServiceStack answers browsers with its HTML format too). */
  private index(req: HttpRequestData, baseUrl: string): HttpResponseData {
    const links = Object.fromEntries(LANGUAGES.map(([name, key]) => [name, `${baseUrl}/types/${key}`]));
    const accept = String(req.headers['accept'] ?? '');
    if (!accept.includes('text/html')) return json(links);
    const items = LANGUAGES.map(([name, key]) => `<tr><td>${escapeHtml(name)}</td><td><a href="${escapeHtml(`${this.ctx.basePath}/types/${key}`)}">/types/${escapeHtml(key)}</a></td></tr>`).join('\n');
    const body = `<h1>Native Types</h1>
<p class="lead">Typed client DTOs generated from this service's contract. Add them with <code>npx typescript-ref ${escapeHtml(baseUrl)}</code> (or <code>csharp-ref</code>, <code>java-ref</code>, <code>kotlin-ref</code>); re-run the tool on the saved file to update it. Python and Go: save the source and keep its Options header.</p>
<table><thead><tr><th>Language</th><th>Link</th></tr></thead><tbody>
${items}
</tbody></table>`;
    return htmlResponse(page(this.ctx, 'Native Types', 'types', body));
  }
}
