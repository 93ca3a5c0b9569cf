/**
 * Interop with real .NET: every document Stackport writes for the oracle's vectors is fed to
 * `xmlgen.exe parse TYPE dcs|xs` (Mono's DataContractSerializer / XmlSerializer, see
 * dotnet-oracle/README.md), which must read it without losing a value and re-write the very same
 * bytes. Skipped, with the reason, where Mono is not installed.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { xml, type XmlCallOptions } from '../../src/framework/formats/xml/index.js';
import { oracleType } from '../fixtures/oracle-dtos.js';
import { decodeOracleValue } from '../support/oracle-values.js';

interface Vector { type: string; sample: string; serializer: string; tz: string; newline: '\n' | '\r\n'; value: unknown; xml: string | null }

const ORACLE = path.resolve(__dirname, '../../../test/interop/dotnet-oracle');
const VECTORS = path.resolve(__dirname, '../../../../shared/conformance/xml-oracle-vectors.json');
const { vectors } = JSON.parse(readFileSync(VECTORS, 'utf8')) as { vectors: Vector[] };

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = ['mcs', 'mono', 'pkg-config'].filter((c) => !has(c));
const skip = missing.length ? `Mono is not installed (${missing.join(', ')} not on PATH); see test/interop/dotnet-oracle/README.md` : false;

interface Parsed { code: number; out: string }

/** Runs `mono xmlgen.exe parse …` with the document on stdin. */
function parseWithDotNet(type: string, serializer: 'dcs' | 'xs', body: string, tz: string, crlf: boolean): Promise<Parsed> {
  return new Promise((resolve) => {
    const args = [path.join(ORACLE, 'bin/xmlgen.exe'), 'parse', type, serializer, ...(crlf ? ['--crlf'] : [])];
    const child = execFile('mono', args, { env: { ...process.env, TZ: tz }, maxBuffer: 1 << 22 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr });
    });
    child.stdin!.end(body);
  });
}

const identical = (r: Parsed): boolean => r.out.includes("byte-identical to .NET's own output (after dropping any XML declaration): yes");

/** A small pool: Mono starts in ~0.1 s, so a few at a time keep the run short. */
async function pool<T>(jobs: (() => Promise<T>)[], size = 4): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < jobs.length) { const i = next++; results[i] = await jobs[i]!(); }
  }));
  return results;
}

describe('.NET reads what Stackport writes (xmlgen.exe parse)', { skip }, () => {
  before(() => {
    const started = performance.now();
    const r = spawnSync(path.join(ORACLE, 'build.sh'), { encoding: 'utf8' });
    assert.equal(r.status, 0, `build.sh failed:\n${r.stdout}${r.stderr}`);
    console.log(`# dotnet-oracle build: ${(performance.now() - started).toFixed(0)} ms (${r.stdout.trim()})`);
  });

  const cases = vectors.filter((v) => v.xml !== null);
  const label = (v: Vector): string => `${v.type} / ${v.sample} / ${v.serializer} / ${v.tz}${v.newline === '\r\n' ? ' / CRLF' : ''}`;

  function document(v: Vector, declaration: boolean): string {
    const xs = v.serializer === 'XmlSerializer';
    const options: XmlCallOptions = {
      serializer: xs ? 'XmlSerializer' : 'DataContract', dialect: xs ? 'aspnet' : 'servicestack',
      xmlDeclaration: declaration, timeZone: v.tz, newline: v.newline, runtime: 'framework',
    };
    const t = oracleType(v.type);
    return xml.stringify(decodeOracleValue(v.value, t, { tz: v.tz }), t, options);
  }

  it('accepts every vector type, byte-identical to its own re-serialization', async () => {
    const started = performance.now();
    const jobs = cases.map((v) => () => parseWithDotNet(v.type, v.serializer === 'XmlSerializer' ? 'xs' : 'dcs', document(v, false), v.tz, v.newline === '\r\n'));
    const results = await pool(jobs);
    console.log(`# ${cases.length} xmlgen parse runs: ${(performance.now() - started).toFixed(0)} ms`);
    const failures: string[] = [];
    for (const [i, r] of results.entries()) {
      const v = cases[i]!;
      if (r.code !== 0) { failures.push(`${label(v)} (exit ${r.code}):\n${r.out}`); continue; }
      if (identical(r)) continue;
      // XmlSerializer reads an omitted List<T> member back as an empty list, so .NET's own document
      // for such a value does not survive its own round trip either; ours must then be that document.
      const own = await parseWithDotNet(v.type, v.serializer === 'XmlSerializer' ? 'xs' : 'dcs', v.xml!, v.tz, v.newline === '\r\n');
      if (identical(own) || document(v, false) !== v.xml) failures.push(`${label(v)}: not byte-identical:\n${r.out}`);
    }
    assert.deepEqual(failures, []);
  });

  it('accepts the ServiceStack wire form, declaration included', async () => {
    const dcs = cases.filter((v) => v.serializer === 'DataContractSerializer' && v.tz === 'Etc/UTC' && v.newline === '\n');
    const results = await pool(dcs.map((v) => () => parseWithDotNet(v.type, 'dcs', document(v, true), v.tz, false)));
    const failures = results.flatMap((r, i) => (r.code === 0 ? [] : [`${label(dcs[i]!)} (exit ${r.code}):\n${r.out}`]));
    assert.deepEqual(failures, []);
  });

  it('notices a lost value (the check itself works)', async () => {
    // Out of DataContract order: .NET silently drops GsmNumber, and xmlgen reports it.
    const body = '<CreateTwoFactorSmsOtpRequest xmlns="http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request"><UserId>3698b76f-a5c0-4b04-b579-bc084019fb95</UserId><GsmNumber>g</GsmNumber></CreateTwoFactorSmsOtpRequest>';
    const r = await parseWithDotNet('CreateTwoFactorSmsOtpRequest', 'dcs', body, 'Etc/UTC', false);
    assert.equal(r.code, 1, r.out);
  });
});
