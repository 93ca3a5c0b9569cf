/**
 * Preload for server processes spawned by tests (`node --require <this> dist/src/main.js`): the
 * messagebird SDK's requests go to the test's MessageBirdStub on MESSAGEBIRD_STUB_PORT. A preload
 * rather than a setting, so the product has no way to point its SMS traffic elsewhere. Cluster
 * workers inherit it (node:cluster forks with the primary's execArgv).
 */
import { redirectMessageBird } from './messagebird-stub.js';

const port = Number(process.env.MESSAGEBIRD_STUB_PORT);
if (!Number.isInteger(port) || port <= 0) throw new Error('messagebird-redirect: MESSAGEBIRD_STUB_PORT is not set');
redirectMessageBird(port);
