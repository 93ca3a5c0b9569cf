/**
 * A benchmark row: a subject measured against a baseline in the same run. Codec benches export
 * arrays of these from `test/bench/*-cases.ts`; `test/bench/run.ts` times them and prints the table.
 */
export interface BenchCase {
  /** Row name, e.g. "JSV stringify (1 KB DTO)". */
  name: string;
  baseline: { name: string; fn: () => unknown };
  subject: { name: string; fn: () => unknown };
  /**
   * Target as subject-ops/baseline-ops: `{ atLeast: 0.8 }` means subject must reach 0.8× the baseline's
   * throughput; `{ atMostTime: 1.2 }` means subject may take at most 1.2× the baseline's time.
   */
  target: { atLeast: number } | { atMostTime: number };
}
