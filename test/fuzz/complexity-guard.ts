/**
 * The complexity guard: each case (complexity-cases.ts) is timed on an input of size n and one of
 * size 8n, and fails when the time grows more than 8 × 2.5 = 20× (linear work grows 8×,
 * quadratic 64×). To compare like with like on a shared two-core machine:
 *  - the n input is run 8 times per sample, so both samples do the same work when the reader is
 *    linear and allocate as much (the collector's share is then the same); inputs too quick to
 *    time are repeated (both sizes alike) rather than grown, since a multi-megabyte input that
 *    no longer fits the CPU cache costs more per byte for reasons that are not the reader's;
 *  - samples alternate (n, 8n, n, 8n…) after a collection, and the best of k is kept: the minimum
 *    is the statistic least disturbed by other processes; a case over the line is measured once
 *    more and keeps the lower ratio.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { complexityCases, type ComplexityCase } from './complexity-cases.js';

export const GROWTH = 8;
export const TOLERANCE = 2.5;
/** A sample shorter than this is timer noise: both inputs are then run `reps` times per sample. */
const MIN_SAMPLE_MS = 10;
const MAX_REPS = 4096;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface ComplexityRow {
  reader: string;
  dimension: string;
  n: number;
  bytes: [number, number];
  /** Milliseconds for one run at n (best batch / 8) and at 8n. */
  ms: [number, number];
  ratio: number;
  ok: boolean;
}

async function sample(c: ComplexityCase, input: string | Buffer, times: number): Promise<number> {
  collect();
  const start = performance.now();
  for (let i = 0; i < times; i++) {
    try { await c.run(input); } catch { /* refusals cost time too; the fuzz targets check what is thrown */ }
  }
  return performance.now() - start;
}

export async function measure(c: ComplexityCase, k: number): Promise<ComplexityRow> {
  const small = c.build(c.n);
  const large = c.build(c.n * GROWTH);
  await sample(c, small, GROWTH); // warm-up: compiled code, not the interpreter, is compared
  await sample(c, large, 1);
  let reps = 1;
  while (reps < MAX_REPS && await sample(c, small, GROWTH * reps) < MIN_SAMPLE_MS) reps *= 2;
  let batch = Infinity;
  let single = Infinity;
  for (let i = 0; i < k; i++) {
    batch = Math.min(batch, await sample(c, small, GROWTH * reps));
    single = Math.min(single, await sample(c, large, reps));
  }
  const ratio = (GROWTH * single) / batch;
  return {
    reader: c.reader, dimension: c.dimension, n: c.n, bytes: [small.length, large.length],
    ms: [batch / GROWTH / reps, single / reps], ratio, ok: ratio <= GROWTH * TOLERANCE,
  };
}

export async function runComplexityGuard(k: number, log: (line: string) => void, only = ''): Promise<ComplexityRow[]> {
  log(`Complexity guard: best of ${k} at n (×${GROWTH} per sample) and at ${GROWTH}n; fails above ${GROWTH * TOLERANCE}× (linear ≈ ${GROWTH}×, quadratic ≈ ${GROWTH * GROWTH}×)\n`);
  log('| reader | dimension | n | bytes at n / 8n | ms at n | ms at 8n | ratio | result |');
  log('|---|---|---:|---:|---:|---:|---:|---|');
  const rows: ComplexityRow[] = [];
  for (const c of complexityCases().filter((x) => x.reader.includes(only))) {
    let r = await measure(c, k);
    // A burst from another process can outlast k samples; quadratic work fails the second time too.
    if (!r.ok) {
      const again = await measure(c, k);
      if (again.ratio < r.ratio) r = again;
    }
    rows.push(r);
    const kb = (b: number): string => `${Math.round(b / 1024).toLocaleString('en-US')} KB`;
    log(`| ${r.reader} | ${r.dimension} | ${r.n.toLocaleString('en-US')} | ${kb(r.bytes[0])} / ${kb(r.bytes[1])} | ${r.ms[0].toFixed(2)} | ${r.ms[1].toFixed(2)} | ${r.ratio.toFixed(1)}× | ${r.ok ? 'ok' : '**SUPERLINEAR**'} |`);
  }
  return rows;
}
