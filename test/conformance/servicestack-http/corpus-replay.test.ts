/**
 * The real ServiceStack 5.4 server's HTTP behaviour (shared/conformance/servicestack-http): the
 * reference app, ported to the public API, serves on a real socket under the .NET Framework
 * profile, and every recorded request is replayed and compared as the corpus's replay.js does.
 * A case listed in deliberate-differences.ts must still differ, and its test name carries the reason.
 */
import { describe } from 'node:test';
import type { HostConfig } from '../../../src/index.js';
import { corpusDir, replayCorpus } from '../replay-corpus.js';
import { DELIBERATE_DIFFERENCES } from './deliberate-differences.js';
import { refApp } from './ref-app.js';

const CORPUS = corpusDir('servicestack-http');

/** The oracle's three hosts (one per group) are one host here: their routes do not collide. */
const replay = (file: string, config: Partial<HostConfig>): void => replayCorpus(CORPUS, file, {
  hostFor: () => refApp({ platform: 'netfx-5.4', timeZone: 'UTC', ...config }),
  differences: DELIBERATE_DIFFERENCES,
});

describe('ServiceStack HTTP corpus, PascalCase host (.NET Framework 5.4 profile)', () => replay('transcripts-shared.json', {}));
describe('ServiceStack HTTP corpus, camelCase host', () => replay('transcripts-shared-camel.json', { textCase: 'camelCase' }));
