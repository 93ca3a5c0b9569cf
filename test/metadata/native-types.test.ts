/**
 * `/types/*`: generated C#, TypeScript, Java, Kotlin, Python and Go pinned by golden files (test/metadata/goldens; the
 * Date line aside — regenerate with UPDATE_GOLDENS=1), the Options header protocol, the options
 * the DTO tools send back, `/types/metadata` and the `/types` index.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { helloHost } from '../fixtures/hello-app.js';
import { getPage } from './support/seeds.js';

const GOLDENS = path.resolve(__dirname, '../../../test/metadata/goldens');
const host = addMetadataPages(helloHost().host);
const undated = (s: string): string => s.replace(/^Date: .*$/m, 'Date: (generated)');

function golden(name: string, actual: string): void {
  const file = path.join(GOLDENS, name);
  if (process.env.UPDATE_GOLDENS) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden (UPDATE_GOLDENS=1 regenerates it)`);
}

describe('/types', () => {
  const LANGUAGES = [['csharp', 'cs'], ['typescript', 'ts'], ['java', 'java'], ['kotlin', 'kt'], ['python', 'py'], ['go', 'go']] as const;
  for (const [lang, ext] of LANGUAGES) {
    it(`/types/${lang} matches its golden and is UTF-8 text/plain`, async () => {
      const page = await getPage(host, `/types/${lang}`, { host: 'example.org' });
      assert.equal(page.status, 200);
      assert.equal(page.contentType, 'text/plain; charset=utf-8');
      golden(`hello-app.dtos.${ext}`, undated(page.body));
    });
  }

  it('every /types/* response names its charset, so non-ASCII descriptions are not mojibake in a browser', async () => {
    const { seed002Host } = await import('./fixtures/seed-002-app.js');
    const h = seed002Host();
    const urls = [...LANGUAGES.map(([lang]) => `/types/${lang}`), '/types/metadata', '/types'];
    for (const url of urls) {
      for (const accept of ['*/*', 'text/html']) {
        const page = await getPage(h, url, { accept });
        assert.equal(page.status, 200, `${url} (Accept: ${accept}) answered ${page.status}`);
        assert.match(page.contentType, /; charset=utf-8$/, `${url} (Accept: ${accept}) sent Content-Type '${page.contentType}'`);
      }
    }
  });

  it('Java: Package, GlobalNamespace and AddPropertyAccessors=False are echoed and honoured', async () => {
    const java = (await getPage(host, '/types/java?Package=org.example.client&GlobalNamespace=api&AddPropertyAccessors=False&IncludeTypes=Hello.*')).body;
    for (const line of ['Package: org.example.client', 'GlobalNamespace: api', 'AddPropertyAccessors: False', 'IncludeTypes: Hello.*', '//SettersReturnThis: True']) {
      assert.ok(java.split('\n').includes(line), `missing header line '${line}'`);
    }
    assert.match(java, /\*\/\n\npackage org\.example\.client;\n\nimport java\.math\.\*;\n/);
    assert.match(java, /\npublic class api\n\{\n/);
    assert.match(java, /\n {4}@Route\(Path="\/hello\/\{Name\}", Verbs="GET"\)\n {4}\/\/ @Route\(Path="\/hello", Verbs="POST"\)\n {4}public static class Hello implements IReturn<HelloResponse>\n/);
    assert.doesNotMatch(java, /getName\(\)|class AllTypes/);
  });

  it('Kotlin: InitializeCollections=False leaves collections null; AddResponseStatus keeps a response\'s own ResponseStatus single', async () => {
    const kt = (await getPage(host, '/types/kotlin?InitializeCollections=False&AddResponseStatus=True')).body;
    assert.match(kt, /\n {4}var ids:ArrayList<Int>\? = null\n/);
    assert.match(kt, /\nopen class HelloResponse\n\{\n {4}var result:String\? = null\n {4}var responseStatus:ResponseStatus\? = null\n\}/, 'declared once when the DTO has one');
  });

  it('Python: the header is a docstring with # options; ExcludeTypes and GlobalNamespace are honoured', async () => {
    const py = (await getPage(host, '/types/python?ExcludeTypes=AllTypes,Poco&GlobalNamespace=client')).body;
    assert.match(py, /^""" Options:\n/);
    assert.match(py, /\nTip: To override a DTO option, remove "#" prefix before updating\n/);
    for (const line of ['ExcludeTypes: AllTypes,Poco', 'GlobalNamespace: client', '#AddResponseStatus: False', '"""']) {
      assert.ok(py.split('\n').includes(line), `missing header line '${line}'`);
    }
    assert.match(py, /\n# module client\n/);
    assert.doesNotMatch(py, /class AllTypes|class Poco\b/);
    assert.match(py, /\nclass TenantEcho\(PutOperationTenanted\[TenantEchoResponse\], IReturn\[TenantEchoResponse\]\):\n/);
  });

  it('Go: GlobalNamespace names the package, IncludeTypes narrows, WithoutOptions drops the header', async () => {
    const go = (await getPage(host, '/types/go?GlobalNamespace=client&IncludeTypes=UpdateUser,Poco&WithoutOptions=true')).body;
    assert.match(go, /^package client\n\ntype Poco struct \{\n/);
    assert.match(go, /\nfunc \(UpdateUser\) HttpMethod\(\) string {2}\{ return "PUT" \}\n/);
    assert.doesNotMatch(go, /import|type Hello\b/);
  });

  it('echoes the options given in the query uncommented and honours them', async () => {
    const ts = (await getPage(host, '/types/typescript?MakePropertiesOptional=True&ExcludeTypes=AllTypes,Poco&GlobalNamespace=dtos&ExportAsTypes=False&AddServiceStackTypes=False')).body;
    for (const line of ['MakePropertiesOptional: True', 'ExcludeTypes: AllTypes,Poco', 'GlobalNamespace: dtos', '//AddResponseStatus: False', '//IncludeTypes: ']) {
      assert.ok(ts.split('\n').includes(line), `missing header line '${line}'`);
    }
    assert.match(ts, /\ndeclare module dtos\n\{\n/);
    assert.match(ts, /\n {4}interface Hello extends IReturn<HelloResponse>\n/);
    assert.doesNotMatch(ts, /interface AllTypes\b|interface Poco\b|interface IReturn<T>|class ResponseStatus/);
    assert.doesNotMatch(ts, /getTypeName/, 'ExportAsTypes=False declares interfaces only');
  });

  it('IncludeTypes=Op.* keeps the operation and what it reaches', async () => {
    const cs = (await getPage(host, '/types/csharp?IncludeTypes=Hello.*')).body;
    assert.match(cs, /\npublic partial class Hello\n|\n {4}\[Route\("\/hello\/\{Name\}", "GET"\)\]\n {4}\[Route\("\/hello", "POST"\)\]\n {4}public partial class Hello\n {8}: IReturn<HelloResponse>\n/);
    assert.match(cs, /public partial class HelloResponse\n/);
    assert.doesNotMatch(cs, /class AllTypes|class TenantEcho/);
  });

  it('WithoutOptions drops the header', async () => {
    assert.match((await getPage(host, '/types/csharp?WithoutOptions=true')).body, /^using System;\n/);
  });

  it('/types/metadata is MetadataTypes JSON', async () => {
    const page = await getPage(host, '/types/metadata', { host: 'example.org' });
    assert.equal(page.contentType, 'application/json; charset=utf-8');
    const meta = JSON.parse(page.body) as { config: { baseUrl: string }; types: { name: string; genericArgs?: string[]; inherits?: { name: string } }[]; operations: { request: { name: string; inherits?: { name: string; genericArgs?: string[] }; properties: { name: string; type: string; genericArgs?: string[] }[] }; routes: { path: string; verbs?: string }[]; method: string }[] };
    assert.equal(meta.config.baseUrl, 'http://example.org');
    const types = meta.operations.find((o) => o.request.name === 'AllTypes')!;
    assert.deepEqual(types.request.properties.find((p) => p.name === 'Tags'), { name: 'Tags', type: 'List`1', namespace: 'System.Collections.Generic', genericArgs: ['String'] });
    assert.deepEqual(types.routes, [{ path: '/types', verbs: 'GET,POST' }, { path: '/types/{Id}', verbs: 'PUT' }]);
    const echo = meta.operations.find((o) => o.request.name === 'TenantEcho')!;
    assert.deepEqual(echo.request.inherits, { name: 'PutOperationTenanted`1', namespace: 'Infrastructure.Api.Interfaces.ServiceOperations', genericArgs: ['TenantEchoResponse'] });
    assert.equal(echo.method, 'PUT');
    assert.ok(meta.types.some((t) => t.name === 'PutOperationTenanted`1' && t.genericArgs?.[0] === 'TResponse'));
  });

  it('/types lists the generators: JSON for tools, a page for browsers', async () => {
    // The hello app's own GET /types route wins over the index, so use a host without it.
    const { seed002Host } = await import('./fixtures/seed-002-app.js');
    const h = seed002Host();
    const links = JSON.parse((await getPage(h, '/types', { host: 'example.org' })).body) as Record<string, string>;
    assert.deepEqual(links, Object.fromEntries(['Metadata', 'CSharp', 'TypeScript', 'Java', 'Kotlin', 'Python', 'Go'].map((name) => [name, `http://example.org/types/${name.toLowerCase()}`])));
    const html = await getPage(h, '/types', { accept: 'text/html' });
    assert.equal(html.contentType, 'text/html; charset=utf-8');
    assert.match(html.body, /href="\/types\/typescript"/);
    // And the hello app's route is still its own.
    assert.equal((await getPage(host, '/types')).contentType, 'application/json; charset=utf-8');
  });
});
