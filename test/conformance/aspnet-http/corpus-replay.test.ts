/**
 * The real ASP.NET Web API 2 (5.2.9) server's HTTP behaviour (shared/conformance/aspnet-http): the
 * reference app WebRef, ported to the public API in the `aspnet` dialect, serves on real sockets —
 * `main` with error detail off, `detail` with it on, as the oracle's two hosts — and every recorded
 * request is replayed and compared as the corpus's replay.js does. A case listed in
 * web-api-differences.ts must still differ, and its test name carries the rule or reason.
 */
import { describe } from 'node:test';
import { corpusDir, replayCorpus } from '../replay-corpus.js';
import { webRefApp } from './ref-app.js';
import { WEB_API_DIFFERENCES } from './web-api-differences.js';

describe('ASP.NET Web API 2 HTTP corpus (main: error detail off; detail: always)', () => replayCorpus(corpusDir('aspnet-http'), 'transcripts-shared.json', {
  hostFor: (group) => webRefApp({ errorDetail: group === 'detail' ? 'Always' : 'Never' }),
  // Web API's 404 quotes the request URI, so the replay sends the Host the oracle's two listeners had.
  recordedHost: (group) => (group === 'detail' ? 'localhost:5962' : 'localhost:5961'),
  differences: WEB_API_DIFFERENCES,
}));
