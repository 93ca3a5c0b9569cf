/** The seed documents (../shared/seeds), the first goldens of the documentation pages. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppHost } from '../../../src/index.js';

export const SEEDS_DIR = path.resolve(__dirname, '../../../../../shared/seeds');

export function seed(prefix: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/** GET a page through the host pipeline (no socket). */
export async function getPage(host: AppHost, url: string, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; body: string }> {
  const res = await host.handle({ method: 'GET', url, headers: { host: 'localhost', ...headers } });
  return { status: res.status, contentType: res.headers['Content-Type'] ?? '', body: String(res.body) };
}

export const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
