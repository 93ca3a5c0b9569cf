/** The hello app with documentation pages on a real port, and an empty work directory for a client tool's files. */
import { mkdirSync, rmSync } from 'node:fs';
import { addMetadataPages } from '../../../metadata/metadata-feature.js';
import { helloHost } from '../../fixtures/hello-app.js';
import { listen } from './listen.js';

export async function serveHelloApp(work: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  return listen(addMetadataPages(helloHost().host));
}
