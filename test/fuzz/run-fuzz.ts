/** `npm run fuzz [runs]`: the long fuzz run, one line per target, exit 1 on any failure. */
import { fuzz, fuzzTargets } from './fuzz-targets.js';

const runs = Number(process.argv[2] ?? 1_000_000);
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
process.exit(failed ? 1 : 0);
