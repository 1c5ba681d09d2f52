// Each measure against networkx on a directed 1k-actor / 5k-tie network (target: every measure
// faster), and the whole measure set from the command line on 10k / 50k against python-igraph's
// classic set (betweenness, closeness, PageRank, eigenvector, coreness, Louvain, constraint) on
// the same edge list (target: within 1.25×). All measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NetworkDocument } from '../src/core/document/types';
import { computeMetrics, computeWithContext } from '../src/core/metrics/compute';
import { createMetricContext } from '../src/core/metrics/context';
import { type Edge, preferentialDigraph } from './graphs';

const CLASSIC_SCRIPT = fileURLToPath(new URL('./classic-set.py', import.meta.url));
const NX_SCRIPT = fileURLToPath(new URL('./networkx-set.py', import.meta.url));
const PYTHONS = ['/usr/bin/python3', 'python3'];

/** A Leadnet network of the edge list, in teams of ten so the group measures have groups. */
function networkOf(n: number, edges: Edge[]): NetworkDocument {
  return {
    format: 'leadnet-network',
    version: 1,
    meta: {},
    groups: Array.from({ length: Math.ceil(n / 10) }, (_, k) => ({
      id: `team-${k}`,
      kind: 'team',
    })),
    actors: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      role: i % 10 ? 'member' : 'coordinator',
      group: `team-${Math.floor(i / 10)}`,
    })),
    ties: edges.map(([s, t], i) => ({
      id: `t${i}`,
      source: `p${s}`,
      target: `p${t}`,
      kind: 'leadership',
      weight: 1,
    })),
    scenarios: [],
    parameters: {},
    views: [],
  };
}

/** Runs a reference script with the first python3 that can; its last JSON line, or undefined. */
function reference<T>(script: string, args: string[]): T | undefined {
  for (const python of PYTHONS) {
    const run = spawnSync(python, [script, ...args], { encoding: 'utf8' });
    if (run.status === 0) return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
  }
  return undefined;
}

const writeEdges = (file: string, edges: Edge[]) =>
  writeFileSync(file, edges.map(([s, t]) => `${s} ${t}`).join('\n') + '\n');

const dir = mkdtempSync(join(tmpdir(), 'leadnet-bench-'));
try {
  // Each measure against networkx, 1k / 5k, in process (one thread).
  const n = 1000;
  const small = preferentialDigraph(n, 5, 3);
  writeEdges(join(dir, 'edges-1k.txt'), small);
  const network = networkOf(n, small);
  computeMetrics(network); // warm up the JIT: the figures below are of a second run
  // Each measure's median over five whole runs, each on a fresh context (no shared cache).
  const runs: Record<string, number[]> = {};
  const record = (key: string, seconds: number) => (runs[key] ??= []).push(seconds);
  const context = performance.now();
  for (let run = 0; run < 5; run += 1) {
    const began = performance.now();
    const ctx = createMetricContext(network);
    let last = performance.now();
    record('(setup: compact graph and groups)', (last - began) / 1000);
    computeWithContext(ctx, {
      onProgress: (_done, id, level) => {
        const now = performance.now();
        record(level === 'actor' ? id : `${level}:${id}`, (now - last) / 1000);
        last = now;
      },
    });
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const ours = Object.fromEntries(
    Object.entries(runs).map(([key, values]) => [key, median(values)]),
  );
  const total = (performance.now() - context) / 5000;
  console.log(
    `each measure, ${n} actors, ${small.length} ties (preferential, seed 3): whole set ${total.toFixed(2)} s`,
  );
  const nx = reference<{ networkx: string; seconds: Record<string, number> }>(NX_SCRIPT, [
    join(dir, 'edges-1k.txt'),
    String(n),
  ]);
  if (!nx)
    console.log(
      '  networkx not installed (apt-get install -y python3-networkx): comparison skipped',
    );
  const slower: string[] = [];
  for (const [id, seconds] of Object.entries(ours)) {
    const theirs = nx?.seconds[id];
    if (theirs !== undefined && seconds > theirs) slower.push(id);
    const versus =
      theirs === undefined
        ? ''
        : `  ${(seconds / theirs).toFixed(3)} × networkx (${(theirs * 1000).toFixed(1)} ms)`;
    console.log(`  ${id.padEnd(26)} ${(seconds * 1000).toFixed(1).padStart(8)} ms${versus}`);
  }
  console.log('  (betweenness and closeness share one pass, timed under betweenness)');
  if (nx) {
    console.log(
      slower.length
        ? `  slower than networkx ${nx.networkx}: ${slower.join(', ')}`
        : `  every measure networkx ${nx.networkx} has: faster than networkx`,
    );
  }

  // The whole set from the CLI, 10k / 50k, against igraph's classic set.
  const N = 10_000;
  const edges = preferentialDigraph(N, 5, 7);
  const file = join(dir, 'network.json');
  writeFileSync(file, JSON.stringify(networkOf(N, edges)));
  writeEdges(join(dir, 'edges.txt'), edges);
  console.log(
    `\nwhole measure set from the CLI, ${N} actors, ${edges.length} ties (preferential, seed 7)`,
  );
  const began = performance.now();
  const cli = spawnSync('npm', ['run', '--silent', 'leadnet', '--', 'metrics', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const oursSeconds = (performance.now() - began) / 1000;
  if (cli.status !== 0) throw new Error(`bench: leadnet metrics failed: ${cli.stderr}`);
  console.log(
    `  leadnet metrics (CLI, every measure of the registry)  ${oursSeconds.toFixed(2)} s`,
  );
  const classic = reference<{ igraph: string; seconds: number; parts: Record<string, number> }>(
    CLASSIC_SCRIPT,
    [join(dir, 'edges.txt'), String(N)],
  );
  if (!classic) {
    console.log(
      '  python-igraph not installed (apt-get install -y python3-igraph): comparison skipped',
    );
  } else {
    const parts = Object.entries(classic.parts)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    console.log(
      `  igraph ${classic.igraph} classic set  ${classic.seconds.toFixed(2)} s  (${parts})`,
    );
    console.log(
      `  ratio leadnet / igraph: ${(oursSeconds / classic.seconds).toFixed(2)} (target ≤ 1.25)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
