// `npx tsx bench/simulation-compare.ts [REF]`: this checkout's simulation kernel against the one
// at git REF (default main), in one process, interleaved, the minimum of several runs each, in
// CPU time (less noisy than wall time on a shared machine). Prints after / before ratios.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpuUsage } from 'node:process';
import { createExampleDocument } from '../src/core/example/qic-example';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import * as after from '../src/core/simulation/monte-carlo';
import { createAnalysisApi } from '../src/core/api';

const ref = process.argv[2] ?? 'main';
const dir = resolve('.tmp/bench-base');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execSync(`git archive ${ref} src/core messages package.json | tar -x -C ${dir}`);
if (!existsSync(join(dir, 'node_modules')))
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
type MonteCarlo = typeof after;
const before = (await import(join(dir, 'src/core/simulation/monte-carlo.ts'))) as MonteCarlo;
const beforeApi = (await import(join(dir, 'src/core/api.ts'))) as {
  createAnalysisApi: typeof createAnalysisApi;
};

/** CPU milliseconds of one call. */
function cpu(fn: () => unknown): number {
  const start = cpuUsage();
  fn();
  const d = cpuUsage(start);
  return (d.user + d.system) / 1000;
}
function compare(name: string, a: () => unknown, b: () => unknown, runs: number) {
  let tb = Infinity;
  let ta = Infinity;
  for (let i = 0; i < runs; i += 1) {
    tb = Math.min(tb, cpu(b));
    ta = Math.min(ta, cpu(a));
  }
  console.log(
    `  ${name.padEnd(46)} ${ref} ${tb.toFixed(0).padStart(6)} ms  now ${ta.toFixed(0).padStart(6)} ms  ratio ${(ta / tb).toFixed(2)}`,
  );
}

console.log(`\nsimulation kernel, baseline only, 78 weeks: now vs ${ref} (CPU time, min of runs)`);
for (const [name, doc, replicates] of [
  ['example (45 actors), 200 replicates', createExampleDocument(), 200],
  ['synthetic 1k actors, 20 replicates', createSyntheticNetwork({ actors: 1000 }), 20],
  ['synthetic 5k actors, 4 replicates', createSyntheticNetwork({ actors: 5000 }), 4],
] as const) {
  const pa = after.prepareSimulation(doc, { weeks: 78 });
  const pb = before.prepareSimulation(doc, { weeks: 78 });
  compare(
    name,
    () => after.runReplicates(pa, 0, replicates),
    () => before.runReplicates(pb, 0, replicates),
    9,
  );
}
const example = createExampleDocument();
const request = { revision: 0, doc: example, scenarios: ['support-withdrawn-26'], runs: 200 };
const [now, then] = [createAnalysisApi(), beforeApi.createAnalysisApi()];
compare(
  'whole run, baseline + one scenario, summaries',
  () => now.simulate(request),
  () => then.simulate(request),
  5,
);
