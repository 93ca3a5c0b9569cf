/**
 * Replays a recorded HTTP corpus (../shared/conformance/<name>) against Stackport hosts on real
 * sockets, one node:test case per recorded exchange, compared as the corpus's replay.js does. A
 * case in the differences table must still differ (a fix forces the table to shrink), and its test
 * name carries the reason.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { createNodeServer, type AppHost } from '../../src/index.js';
import { compareResponse, type ActualResponse, type RecordedResponse } from './compare-response.js';

/** ../shared beside the repository, from dist/test/conformance. */
export const corpusDir = (name: string): string => path.resolve(__dirname, '../../../../shared/conformance', name);

interface CorpusRequest { id: string; group?: string; method: string; path: string; headers: Record<string, string>; body?: string; bodyEncoding?: string }
interface Corpus { cases: { request: CorpusRequest; response: RecordedResponse }[] }

export interface ReplayOptions {
  /** The host that serves a recorded request's group (`request.group`). */
  hostFor: (group: string | undefined) => AppHost;
  /** Case id → reason, for the cases that still differ on purpose or pending a fix. */
  differences: ReadonlyMap<string, string>;
  /**
   * The Host header the recorder sent for a group (the oracle's own host:port), for corpora whose
   * bodies quote the request URI; otherwise the replay's own socket address.
   */
  recordedHost?: (group: string | undefined) => string;
}

/** Headers Stackport adds to every response on purpose, with the reason: never reported as extra. */
export const STACKPORT_EXTRA_HEADERS: ReadonlyMap<string, string> = new Map([
  ['x-content-type-options', 'nosniff on every response: browsers must not sniff an error body into HTML (issue 24)'],
]);
const ALLOWED_EXTRA = new Set(STACKPORT_EXTRA_HEADERS.keys());

export function replayCorpus(dir: string, file: string, options: ReplayOptions): void {
  const corpus = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Corpus;
  // The recorder's own transport (HEAD over a raw socket, as Mono's HttpListener needed), so both sides are read alike.
  const { send } = createRequire(__filename)(path.join(dir, 'http-util.js')) as {
    send: (base: string, request: CorpusRequest) => Promise<ActualResponse>;
  };
  const groups = [...new Set(corpus.cases.map((c) => c.request.group))];
  const servers = new Map(groups.map((g) => [g, createNodeServer(options.hostFor(g))]));
  const bases = new Map<string | undefined, string>();
  before(async () => {
    for (const [g, server] of servers) {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      bases.set(g, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  after(() => Promise.all([...servers.values()].map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  for (const { request, response } of corpus.cases) {
    const listed = options.differences.get(request.id);
    it(listed ? `${request.id} — listed difference (${listed})` : request.id, async () => {
      const host = options.recordedHost?.(request.group);
      const sent = host ? { ...request, headers: { Host: host, ...request.headers } } : request;
      const diffs = compareResponse(response, await send(bases.get(request.group)!, sent), ALLOWED_EXTRA);
      if (listed) assert.notDeepEqual(diffs, [], `${request.id} now matches the recording: remove it from the differences table`);
      else assert.deepEqual(diffs, [], `${request.method} ${request.path}\n  ${diffs.join('\n  ')}`);
    });
  }
}
