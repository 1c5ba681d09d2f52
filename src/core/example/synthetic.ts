// Seeded synthetic networks for benchmarks and large-network tests: teams of ten with one
// coordinator each, most ties inside the team. Not a model of anything; a load of known shape.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { NetworkDocument, Tie } from '../document/types';

export interface SyntheticOptions {
  actors: number;
  /** Ties per actor on average (default 2.5). */
  tiesPerActor?: number;
  /** The share of ties that stay inside the team (default 0.8). */
  withinTeam?: number;
  /** Actors per team (default 10). */
  teamSize?: number;
  seed?: number;
  /** Give every actor a position on a grid, so no layout is needed to draw it. */
  positions?: boolean;
}

export function createSyntheticNetwork(options: SyntheticOptions): NetworkDocument {
  const n = Math.max(0, Math.floor(options.actors));
  const teamSize = Math.max(2, options.teamSize ?? 10);
  const target = Math.floor(n * (options.tiesPerActor ?? 2.5));
  const within = options.withinTeam ?? 0.8;
  const rng = xoroshiro128plus(options.seed ?? 1);
  const below = (k: number) => Math.floor(uniformFloat64(rng) * k);
  const teams = Math.ceil(n / teamSize);
  const side = Math.ceil(Math.sqrt(n));
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    role: i % teamSize === 0 ? 'coordinator' : 'member',
    group: `team-${Math.floor(i / teamSize)}`,
    ...(options.positions
      ? { position: { x: (i % side) * 80, y: Math.floor(i / side) * 80 } }
      : {}),
  }));
  const seen = new Set<number>();
  const ties: Tie[] = [];
  // Stop after a bounded number of draws: a tiny or saturated network may not hold `target`.
  for (let draws = 0; ties.length < target && draws < target * 20 + 100; draws += 1) {
    const s = below(n);
    const team = Math.floor(s / teamSize);
    const t =
      uniformFloat64(rng) < within ? Math.min(n - 1, team * teamSize + below(teamSize)) : below(n);
    if (s === t || seen.has(s * n + t)) continue;
    seen.add(s * n + t);
    ties.push({
      id: `t${ties.length}`,
      source: `p${s}`,
      target: `p${t}`,
      kind: 'leadership',
      weight: (1 + below(10)) / 10,
    });
  }
  return {
    format: 'leadnet-network',
    version: 1,
    meta: { title: `Synthetic network, ${n} actors (seed ${options.seed ?? 1})` },
    groups: Array.from({ length: teams }, (_, k) => ({
      id: `team-${k}`,
      label: `Team ${k + 1}`,
      kind: 'team',
    })),
    actors,
    ties,
    scenarios: [],
    parameters: {},
    views: [],
  };
}
