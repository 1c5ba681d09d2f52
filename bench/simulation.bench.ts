// `npm run bench -- simulation`: the simulation kernel's speed (actor-weeks per second, one core)
// against the kernel before issue 12's speed work (frozen in bench/kernel-before/), in one run,
// interleaved, in CPU time (less noisy than wall time on a shared machine), the minimum of several
// runs each; and the wall time of a whole Monte Carlo run. Both kernels give the same bytes
// (test/core/simulation-kernel-frozen.test.ts), so only their speed differs.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createAnalysisApi } from '../src/core/api';
import type { NetworkDocument } from '../src/core/document/types';
import { createExampleDocument } from '../src/core/example/qic-example';
import { createSyntheticNetwork } from '../src/core/example/synthetic';
import { prepareSimulation, runReplicates } from '../src/core/simulation/monte-carlo';
import { runReplicates as runBefore } from './kernel-before/replicates';
import { interleaved, time } from './timing';

/** The floor any kernel pays: one uniform draw and one typed-array write per actor-week. */
function plainLoop(actorWeeks: number): number {
  const rng = xoroshiro128plus(1);
  const out = new Float64Array(1024);
  for (let i = 0; i < actorWeeks; i += 1) out[i & 1023] = uniformFloat64(rng);
  return out[0]!;
}

const WEEKS = 78;
const rate = (actorWeeks: number, ms: number) => ((actorWeeks / ms) * 1e3) / 1e6;
const kernelRows: [string, NetworkDocument, number][] = [
  ['example (45 actors, 6 teams)', createExampleDocument(), 200],
  ['synthetic 1k actors, teams of 10', createSyntheticNetwork({ actors: 1000 }), 10],
  ['synthetic 5k actors, teams of 10', createSyntheticNetwork({ actors: 5000 }), 2],
];
console.log(
  `\nkernel, baseline only, ${WEEKS} weeks, one core: M actor-weeks/s in CPU time (min of 7), before (bench/kernel-before) vs now`,
);
for (const [name, doc, replicates] of kernelRows) {
  const prepared = prepareSimulation(doc, { weeks: WEEKS });
  const actorWeeks = prepared.models[0]!.teamActors.length * WEEKS * replicates;
  const [before, now, floor] = interleaved(
    [
      () => runBefore(prepared, 0, replicates),
      () => runReplicates(prepared, 0, replicates),
      () => plainLoop(actorWeeks),
    ],
    7,
  );
  console.log(
    `  ${name.padEnd(34)} ${String(replicates).padStart(3)} replicates  before ${rate(actorWeeks, before!).toFixed(2).padStart(6)}  now ${rate(actorWeeks, now!).toFixed(2).padStart(6)}  ratio ${(before! / now!).toFixed(2).padStart(5)} ×  now ${(now! / floor!).toFixed(1).padStart(4)} × one draw per actor-week`,
  );
}

const example = createExampleDocument();
const text = JSON.stringify(example);
const parse = time(() => JSON.parse(text), 51);
const api = createAnalysisApi();
const whole = time(
  () => api.simulate({ revision: 0, doc: example, scenarios: ['support-withdrawn-26'], runs: 200 }),
  5,
);
console.log(
  `\n200 replicates × ${WEEKS} weeks, baseline + one scenario, on the example, summaries included:\n  ${whole.toFixed(0)} ms (target < 1000 ms)  ${(whole / parse).toFixed(0)} × JSON.parse of the example (${parse.toFixed(3)} ms)`,
);
