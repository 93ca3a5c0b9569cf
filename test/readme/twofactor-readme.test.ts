/**
 * src/twofactor/README.md as a newcomer reads it: the "first five minutes" lines, run by bash
 * against the real server started as the README says; the settings table is one table (Markdown
 * ends a table at a blank line, and the rows after it render as a paragraph of pipes), and every
 * variable it names is one the service reads.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PATIENCE_MS } from '../support/patience.js';
import { freePort, ServerProcess } from '../twofactor/support/server-process.js';

const ROOT = path.resolve(__dirname, '../../..');
const README = readFileSync(path.join(ROOT, 'src/twofactor/README.md'), 'utf8').split('\n');
const CONFIG = readFileSync(path.join(ROOT, 'src/twofactor/config.ts'), 'utf8');

const DEV_CREDENTIALS = path.resolve(__dirname, '../../src/twofactor/dev-credentials.js');

/** The `sh` block of the "First five minutes" section. */
function walkThrough(): string {
  const text = README.join('\n');
  const section = text.slice(text.indexOf('## First five minutes'), text.indexOf('\n## ', text.indexOf('## First five minutes') + 1));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'the section has a sh block');
  return block[1]!;
}

describe('src/twofactor/README.md: first five minutes', () => {
  let cwd: string;
  let server: ServerProcess;
  let port: number;
  before(async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'stackport-readme-'));
    port = await freePort();
    // What `DEV_SMS_PAGE=true npm start` runs once built.
    server = await ServerProcess.start({ cwd, env: { PORT: String(port), DEV_SMS_PAGE: 'true' } });
  });
  after(async () => { await server?.stop(); rmSync(cwd, { recursive: true, force: true }); });

  it('runs as written, each step answering as the comments say', () => {
    const script = walkThrough().replace('BASE=http://localhost:5000', `BASE=http://127.0.0.1:${port}`);
    assert.notEqual(script, walkThrough(), 'the block sets BASE to the default port');
    // `npm run dev:credentials` in the server's folder: built already, so the script itself.
    const npm = `npm() { [ "$1 $2 $3" = "run --silent dev:credentials" ] || return 9; shift 3; [ "$1" = -- ] && shift; node ${JSON.stringify(DEV_CREDENTIALS)} "$@"; }\n`;
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', npm + script], { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: PATIENCE_MS });
    assert.equal(run.status, 0, `exit ${run.status}: ${run.stderr}`);
    const [verified, generated] = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual([verified?.Verified, verified?.Success, verified?.Code], [true, true, 1], `step 3: ${run.stdout}`);
    assert.match(String(generated?.twoFactorUri), /^otpauth:\/\/totp\/Stackport:/, `step 5: ${run.stdout.slice(0, 300)}`);
  });
});

describe('src/twofactor/README.md', () => {
  it('the settings table is one table, and names only variables config.ts reads', () => {
    const header = README.findIndex((l) => /^\| variable \| meaning \|$/.test(l));
    assert.ok(header >= 0, 'the settings table has its header row');
    let end = header;
    while (README[end + 1]?.startsWith('|')) end++;
    const settingRows = README.map((l, i) => [l, i] as const).filter(([l]) => /^\| `[A-Z][A-Z0-9_]+`/.test(l));
    const outside = settingRows.filter(([, i]) => i < header || i > end).map(([l, i]) => `line ${i + 1}: ${l.slice(0, 60)}`);
    assert.deepEqual(outside, [], `setting rows outside the table (lines ${header + 1}–${end + 1})`);
    const named = settingRows.flatMap(([l]) => [...l.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
    assert.ok(named.length >= 15, `${named.length} variables in the table`);
    const unknown = named.filter((v) => !new RegExp(`\\b${v}\\b`).test(CONFIG));
    assert.deepEqual(unknown, [], 'variables the README names but config.ts does not read');
  });
});
