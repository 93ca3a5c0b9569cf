/**
 * The real ServiceStack 5.4 server's HTTP behaviour (shared/conformance/servicestack-http): the
 * reference app, ported to the public API, serves on a real socket under the .NET Framework
 * profile, and every recorded request is replayed and compared as the corpus's replay.js does.
 * A case listed in deliberate-differences.ts must still differ, and its test name carries the reason.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createNodeServer, type HostConfig } from '../../../src/index.js';
import { compareResponse, type ActualResponse, type RecordedResponse } from './compare-response.js';
import { DELIBERATE_DIFFERENCES, DELIBERATE_EXTRA_HEADERS } from './deliberate-differences.js';
import { refApp } from './ref-app.js';

/** ../shared beside the repository, from dist/test/conformance/servicestack-http. */
const CORPUS = path.resolve(__dirname, '../../../../../shared/conformance/servicestack-http');

interface CorpusRequest { id: string; method: string; path: string; headers: Record<string, string>; body?: string; bodyEncoding?: string }
interface Corpus { cases: { request: CorpusRequest; response: RecordedResponse }[] }

/** The recorder's own transport (HEAD over a raw socket, as Mono's HttpListener needed), so both sides are read alike. */
const { send } = createRequire(__filename)(path.join(CORPUS, 'http-util.js')) as {
  send: (base: string, request: CorpusRequest) => Promise<ActualResponse>;
};

const ALLOWED_EXTRA = new Set(DELIBERATE_EXTRA_HEADERS.keys());

function replay(file: string, config: Partial<HostConfig>): void {
  const corpus = JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as Corpus;
  const server = createNodeServer(refApp({ platform: 'netfx-5.4', timeZone: 'UTC', ...config }));
  let base = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const { request, response } of corpus.cases) {
    const listed = DELIBERATE_DIFFERENCES.get(request.id);
    it(listed ? `${request.id} — listed difference (${listed})` : request.id, async () => {
      const diffs = compareResponse(response, await send(base, request), ALLOWED_EXTRA);
      // A listed case that now matches the recording must leave the table (and README's list).
      if (listed) assert.notDeepEqual(diffs, [], `${request.id} now matches the recording: remove it from deliberate-differences.ts`);
      else assert.deepEqual(diffs, [], `${request.method} ${request.path}\n  ${diffs.join('\n  ')}`);
    });
  }
}

describe('ServiceStack HTTP corpus, PascalCase host (.NET Framework 5.4 profile)', () => replay('transcripts-shared.json', {}));
describe('ServiceStack HTTP corpus, camelCase host', () => replay('transcripts-shared-camel.json', { textCase: 'camelCase' }));
