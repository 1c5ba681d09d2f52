// `npm run bench` (paths): betweenness and closeness on seeded directed networks, on one thread
// and on the CLI's worker pool, against python-igraph and networkx run on the same edge list in
// the same run (ratios, since these machines are shared and noisy), with the values compared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preferentialDigraph, uniformDigraph } from './graphs';
import { computePathMetricsInThreads } from '../src/cli/path-pool';
import { defaultPoolSize } from '../src/cli/threads';
import { type CompactDigraph, compactFromEdges } from '../src/core/metrics/compact';
import { addPathPartials, brandesRange } from '../src/core/metrics/kernels/brandes';
import {
  type PathMetrics,
  computePathMetrics,
  mergePartials,
  planSources,
} from '../src/core/metrics/path-pool';

const SCRIPT = fileURLToPath(new URL('./path-reference.py', import.meta.url));
const INSTALL = 'apt-get install -y python3-igraph python3-networkx';

type Edge = [number, number];

/** Median wall time in ms of `runs` runs, and the last result. */
async function time<T>(fn: () => T | Promise<T>, runs: number): Promise<[number, T]> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  return [times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, value];
}

interface Reference {
  igraph?: {
    version: string;
    betweenness_s: number;
    closeness_s: number;
    betweenness: number[];
    closeness_raw: (number | null)[];
  };
  networkx?: {
    version: string;
    betweenness_s: number;
    closeness_s: number;
    betweenness: number[];
    closeness: number[];
    igraph_closeness_vs_wf_false?: number;
    igraph_closeness_times_r_vs_wf_true?: number;
    igraph_closeness_nan?: number;
  };
}

/** The first python3 that has igraph (or at least networkx), or why there is none. */
function findPython(): { python: string; libs: Record<string, string | null> } | string {
  let best: { python: string; libs: Record<string, string | null> } | undefined;
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, [SCRIPT, '--probe'], { encoding: 'utf8' });
    if (probe.status !== 0) continue;
    const libs = JSON.parse(probe.stdout) as Record<string, string | null>;
    const score = (l: Record<string, string | null>) => (l.igraph ? 2 : 0) + (l.networkx ? 1 : 0);
    if (!best || score(libs) > score(best.libs)) best = { python, libs };
  }
  if (!best) return `no python3 found: the comparison with igraph and networkx is skipped`;
  if (!best.libs.igraph && !best.libs.networkx)
    return `python3 has neither python-igraph nor networkx (${INSTALL}): comparison skipped`;
  return best;
}

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number | null>) => {
  let max = 0;
  for (let i = 0; i < a.length; i += 1) max = Math.max(max, Math.abs(a[i]! - (b[i] ?? 0)));
  return max;
};

/** One timing line: the label padded so the times line up. */
const row = (label: string, ms: number, note = '') =>
  console.log(`  ${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms${note ? `  ${note}` : ''}`);

async function benchGraph(
  label: string,
  n: number,
  edges: Edge[],
  python: ReturnType<typeof findPython>,
  withNetworkx: boolean,
) {
  const graph: CompactDigraph = compactFromEdges(n, edges);
  const runs = n <= 2000 ? 3 : 1;
  console.log(`\n${label}: ${n} actors, ${graph.m} arcs (directed)`);
  computePathMetrics(
    compactFromEdges(
      200,
      edges.filter(([s, t]) => s < 200 && t < 200),
    ),
  ); // JIT
  // computePathMetrics, keeping the partials: their reach counts serve the igraph comparison.
  const [single, [ours, reached]] = await time(() => {
    const partials = planSources(n).map((r) => brandesRange(graph, r.from, r.to));
    return [mergePartials(n, partials), addPathPartials(n, partials).reached] as const;
  }, runs);
  const threads = defaultPoolSize();
  const [pooled, fromPool] = await time(() => computePathMetricsInThreads(graph), runs);
  const same = maxDiff(ours.betweenness, fromPool.betweenness) === 0;
  row('ours, betweenness + closeness in one pass, 1 thread', single);
  row(
    `ours, the same on ${threads} worker threads (cold start included)`,
    pooled,
    `speed-up ×${(single / pooled).toFixed(2)}, values ${same ? 'bit-identical' : 'DIFFERENT'}`,
  );
  if (typeof python === 'string') return;

  const dir = mkdtempSync(join(tmpdir(), 'leadnet-bench-'));
  try {
    const edgeFile = join(dir, 'edges.txt');
    const outFile = join(dir, 'reference.json');
    writeFileSync(edgeFile, edges.map(([s, t]) => `${s} ${t}`).join('\n') + '\n');
    const args = [SCRIPT, edgeFile, String(n), outFile, '--runs', String(runs)];
    if (withNetworkx && python.libs.networkx) args.push('--networkx');
    const child = spawnSync(python.python, args, { encoding: 'utf8', stdio: 'inherit' });
    if (child.status !== 0) {
      console.log(`  ${python.python} ${SCRIPT} failed (exit ${child.status}): comparison skipped`);
      return;
    }
    const ref = JSON.parse(readFileSync(outFile, 'utf8')) as Reference;
    report(graph, ours, reached, single, ref);
    if (!python.libs.igraph) console.log(`  python-igraph not installed (${INSTALL})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(
  graph: CompactDigraph,
  ours: PathMetrics,
  reached: Int32Array,
  single: number,
  ref: Reference,
) {
  const { igraph, networkx } = ref;
  if (igraph) {
    const b = igraph.betweenness_s * 1000;
    const c = igraph.closeness_s * 1000;
    row(`igraph ${igraph.version}, betweenness(directed=True)`, b);
    row(`igraph ${igraph.version}, closeness(mode='in')`, c);
    console.log(
      `  ratio ours (one pass, 1 thread) / igraph: ${(single / b).toFixed(2)} of betweenness alone, ${(single / (b + c)).toFixed(2)} of betweenness + closeness`,
    );
    // igraph's closeness leaves out the factor r/(n−1) (r: the actors that reach v): put it back
    // with our reach counts, so what is compared is the distance sums.
    const scaled = igraph.closeness_raw.map((x, v) => (x ?? 0) * (reached[v]! / (graph.n - 1)));
    console.log(
      `  agreement with igraph: betweenness max |Δ| ${maxDiff(ours.betweenness, igraph.betweenness).toExponential(1)}, closeness × r/(n−1) max |Δ| ${maxDiff(ours.closeness, scaled).toExponential(1)}`,
    );
  }
  if (networkx) {
    const b = networkx.betweenness_s * 1000;
    const c = networkx.closeness_s * 1000;
    row(`networkx ${networkx.version}, betweenness_centrality`, b);
    row(`networkx ${networkx.version}, closeness_centrality`, c);
    console.log(
      `  ratio ours / networkx (betweenness + closeness): ${(single / (b + c)).toFixed(3)}`,
    );
    console.log(
      `  agreement with networkx: betweenness max |Δ| ${maxDiff(ours.betweenness, networkx.betweenness).toExponential(1)}, closeness max |Δ| ${maxDiff(ours.closeness, networkx.closeness).toExponential(1)}`,
    );
    if (networkx.igraph_closeness_vs_wf_false !== undefined)
      console.log(
        `  igraph closeness(mode='in') vs networkx wf_improved=False: max |Δ| ${networkx.igraph_closeness_vs_wf_false.toExponential(1)}; × r/(n−1) vs wf_improved=True (ours): ${networkx.igraph_closeness_times_r_vs_wf_true!.toExponential(1)}; igraph NaN (nothing reaches the actor): ${networkx.igraph_closeness_nan}`,
      );
  }
}

const python = findPython();
console.log('\nBetweenness and closeness (src/core/metrics/kernels/brandes.ts)');
if (typeof python === 'string') console.log(`  ${python}`);
else
  console.log(
    `  reference: ${python.python} with igraph ${python.libs.igraph ?? 'missing'}, networkx ${python.libs.networkx ?? 'missing'}`,
  );
for (const [label, n, edges, withNetworkx] of [
  ['uniform random', 1000, uniformDigraph(1000, 5000, 1), true],
  ['preferential (Barabási–Albert-like)', 1000, preferentialDigraph(1000, 5, 2), true],
  ['uniform random', 10_000, uniformDigraph(10_000, 50_000, 3), false],
  ['preferential (Barabási–Albert-like)', 10_000, preferentialDigraph(10_000, 5, 4), false],
] as const)
  await benchGraph(label, n, edges as Edge[], python, withNetworkx);
