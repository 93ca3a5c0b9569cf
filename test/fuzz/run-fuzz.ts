/**
 * `npm run fuzz [runs] [k] [reader]`: the long fuzz run, one line per target, then the complexity
 * guard (best of k, default 7; only the readers whose name contains `reader`); exit 1 on any failure.
 */
import { runComplexityGuard } from './complexity-guard.js';
import { fuzz, fuzzTargets } from './fuzz-targets.js';

const runs = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 7);
let failed = false;
console.log(`Fuzzing every reader with ${runs.toLocaleString('en-US')} inputs each (Node ${process.version})\n`);
console.log('| target | inputs | seconds | inputs/s | result |');
console.log('|---|---:|---:|---:|---|');
for (const target of fuzzTargets()) {
  const started = performance.now();
  const failure = fuzz(target, runs, Date.now() % 2 ** 31, 1000);
  const s = (performance.now() - started) / 1000;
  console.log(`| ${target.name} | ${runs.toLocaleString('en-US')} | ${s.toFixed(1)} | ${Math.round(runs / s).toLocaleString('en-US')} | ${failure ? `**FAILED** on ${JSON.stringify(failure.input).slice(0, 120)}: ${String((failure.error as Error)?.message ?? failure.error)}` : 'ok'} |`);
  failed ||= !!failure;
}
console.log('');
runComplexityGuard(k, (line) => console.log(line), process.argv[4]).then((rows) => {
  process.exit(failed || rows.some((r) => !r.ok) ? 1 : 0);
}, (e) => { console.error(e); process.exit(1); });
