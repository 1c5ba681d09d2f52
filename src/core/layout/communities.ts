// The overview's groups and its community-first layout (issue 14, point 3; DESIGN "Big networks:
// the overview"): Louvain communities where the file has no teams, ForceAtlas2 over the graph of
// groups, then over each group's people inside its disc. Seeded and deterministic; run in the
// worker (computeOverview), never on the main thread.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { NetworkDocument } from '../document/types';
import { actorKey } from '../graph/build';
import {
  OVERVIEW_MIN_GROUP,
  OVERVIEW_NAMED,
  type Overview,
  type OverviewGroups,
  degrees,
  groupDiscs,
  judgePositions,
  mostConnected,
  separateDiscs,
  undirectedPairs,
} from './overview';

/**
 * The groups a big drawing is folded into: the document's top-level groups when they hold at
 * least half the people and there are two or more; otherwise Louvain communities of the
 * undirected skeleton (seeded, renumbered by their most connected member). Communities under
 * OVERVIEW_MIN_GROUP people are not folded.
 */
export function overviewGroups(
  doc: NetworkDocument,
  seed = 42,
  pairs = undirectedPairs(doc),
): OverviewGroups {
  const n = doc.actors.length;
  const degree = degrees(n, pairs);
  const byDegree = (a: number, b: number) => degree[b]! - degree[a]! || a - b;
  const top = topLevelGroups(doc);
  const inGroups = doc.actors.filter((a) => a.group !== undefined && top.has(a.group)).length;
  const ids = new Set(top.values());
  if (ids.size >= 2 && inGroups * 2 >= n) {
    const order = doc.groups.map((g) => g.id).filter((id) => ids.has(id));
    const number = new Map(order.map((id, k) => [id, k]));
    const groupOf = new Int32Array(n).fill(-1);
    const members: number[][] = order.map(() => []);
    doc.actors.forEach((actor, i) => {
      const root = actor.group === undefined ? undefined : top.get(actor.group);
      if (root === undefined) return;
      groupOf[i] = number.get(root)!;
      members[groupOf[i]!]!.push(i);
    });
    members.forEach((list) => list.sort(byDegree));
    return { source: 'document', groupOf, count: order.length, ids: order, members };
  }
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i += 1) graph.addNode(actorKey(i));
  for (let k = 0; k < pairs.length; k += 2)
    graph.addEdge(actorKey(pairs[k]!), actorKey(pairs[k + 1]!));
  const rng = xoroshiro128plus(seed);
  const mapping = louvain(graph, { getEdgeWeight: null, rng: () => uniformFloat64(rng) });
  const raw = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const c = mapping[actorKey(i)]!;
    const list = raw.get(c);
    if (list) list.push(i);
    else raw.set(c, [i]);
  }
  const kept = [...raw.values()].filter((list) => list.length >= OVERVIEW_MIN_GROUP);
  kept.forEach((list) => list.sort(byDegree));
  // Numbered by their most connected member: the largest hubs' communities come first.
  kept.sort((a, b) => byDegree(a[0]!, b[0]!));
  const groupOf = new Int32Array(n).fill(-1);
  kept.forEach((list, g) => list.forEach((i) => (groupOf[i] = g)));
  return {
    source: 'communities',
    groupOf,
    count: kept.length,
    ids: kept.map(() => null),
    members: kept,
  };
}

/** Each group id → the id of its top-level ancestor (a cycle in an unchecked file stops). */
function topLevelGroups(doc: NetworkDocument): Map<string, string> {
  const parent = new Map(doc.groups.map((g) => [g.id, g.parent]));
  const top = new Map<string, string>();
  for (const group of doc.groups) {
    let at = group.id;
    const seen = new Set<string>([at]);
    for (
      let up = parent.get(at);
      up !== undefined && parent.has(up) && !seen.has(up);
      up = parent.get(at)
    ) {
      seen.add(up);
      at = up;
    }
    top.set(group.id, at);
  }
  return top;
}

export interface CommunityLayoutOptions {
  seed?: number;
  /** Called with the share done, 0…1. */
  onProgress?: (done: number) => void;
}

/** Room per person in a community's disc, in drawing units (a 34 px shape and some air). */
const ROOM = 38;

/**
 * A community-first layout: the groups are placed by ForceAtlas2 over the graph of groups
 * (bundled ties as weights), each as a disc of radius ROOM·√members pushed apart until no two
 * overlap; then each group's people are laid out by ForceAtlas2 (LinLog, strong gravity: round
 * and compact) inside its disc. People in no group are placed with the groups, as small discs.
 * Seeded: the same document and seed give the same positions. Returns positions in
 * `doc.actors` order.
 */
export function communityLayout(
  doc: NetworkDocument,
  groups: OverviewGroups,
  options: CommunityLayoutOptions = {},
  pairs = undirectedPairs(doc),
): Float64Array {
  const n = doc.actors.length;
  const rng = xoroshiro128plus(options.seed ?? 42);
  const random = () => uniformFloat64(rng);
  // Units: every group, then every actor in none.
  const unitOf = new Int32Array(n);
  const unitMembers: number[][] = groups.members.map((list) => list);
  for (let i = 0; i < n; i += 1) {
    const g = groups.groupOf[i]!;
    if (g >= 0) unitOf[i] = g;
    else {
      unitOf[i] = unitMembers.length;
      unitMembers.push([i]);
    }
  }
  const units = unitMembers.length;
  const radius = unitMembers.map((list) => ROOM * Math.sqrt(list.length) * 0.75 + ROOM / 2);
  // 1. The graph of units.
  const quotient = new UndirectedGraph();
  const side = Math.sqrt(units) * 100;
  for (let u = 0; u < units; u += 1)
    quotient.addNode(String(u), {
      x: (random() - 0.5) * side,
      y: (random() - 0.5) * side,
      size: radius[u]! / ROOM,
    });
  for (let k = 0; k < pairs.length; k += 2) {
    const a = unitOf[pairs[k]!]!;
    const b = unitOf[pairs[k + 1]!]!;
    if (a === b) continue;
    const edge = quotient.edge(String(a), String(b));
    if (edge === undefined) quotient.addEdge(String(a), String(b), { weight: 1 });
    else quotient.updateEdgeAttribute(edge, 'weight', (w: number | undefined) => (w ?? 0) + 1);
  }
  forceAtlas2.assign(quotient, {
    iterations: 300,
    settings: {
      ...forceAtlas2.inferSettings(quotient),
      linLogMode: true,
      gravity: 1,
      scalingRatio: 10,
      barnesHutOptimize: units > 500,
    },
    getEdgeWeight: 'weight',
  });
  options.onProgress?.(0.3);
  const cx = new Float64Array(units);
  const cy = new Float64Array(units);
  // FA2's scale is arbitrary: spread the centres so the largest distance between two linked
  // units is about their radii, then push discs apart.
  let span = 1e-9;
  for (let u = 0; u < units; u += 1) {
    cx[u] = quotient.getNodeAttribute(String(u), 'x') as number;
    cy[u] = quotient.getNodeAttribute(String(u), 'y') as number;
    span = Math.max(span, Math.abs(cx[u]!), Math.abs(cy[u]!));
  }
  const totalArea = radius.reduce((sum, r) => sum + Math.PI * r * r, 0);
  const target = Math.sqrt(totalArea / Math.PI) * 1.2;
  for (let u = 0; u < units; u += 1) {
    cx[u] = (cx[u]! / span) * target;
    cy[u] = (cy[u]! / span) * target;
  }
  separateDiscs(cx, cy, radius, 12);
  options.onProgress?.(0.5);
  // 2. Each group's people inside its disc.
  const positions = new Float64Array(n * 2);
  const local = new Map<number, number>();
  let done = 0;
  for (let u = 0; u < units; u += 1) {
    const list = unitMembers[u]!;
    if (list.length === 1) {
      positions[2 * list[0]!] = cx[u]!;
      positions[2 * list[0]! + 1] = cy[u]!;
      continue;
    }
    local.clear();
    list.forEach((i, k) => local.set(i, k));
    const inner = new UndirectedGraph();
    list.forEach((_, k) => inner.addNode(String(k), { x: random() - 0.5, y: random() - 0.5 }));
    done += list.length;
    for (let k = 0; k < pairs.length; k += 2) {
      const a = local.get(pairs[k]!);
      const b = local.get(pairs[k + 1]!);
      if (a !== undefined && b !== undefined) inner.addEdge(String(a), String(b));
    }
    forceAtlas2.assign(inner, {
      iterations: list.length > 400 ? 120 : 200,
      settings: {
        ...forceAtlas2.inferSettings(inner),
        linLogMode: true,
        strongGravityMode: true,
        gravity: 0.5,
        barnesHutOptimize: list.length > 400,
      },
    });
    // Centred on the disc, scaled so the 95th percentile of distances fills it.
    let mx = 0,
      my = 0;
    list.forEach((_, k) => {
      mx += inner.getNodeAttribute(String(k), 'x') as number;
      my += inner.getNodeAttribute(String(k), 'y') as number;
    });
    mx /= list.length;
    my /= list.length;
    const distances = list.map((_, k) =>
      Math.hypot(
        (inner.getNodeAttribute(String(k), 'x') as number) - mx,
        (inner.getNodeAttribute(String(k), 'y') as number) - my,
      ),
    );
    const sorted = [...distances].sort((a, b) => a - b);
    const reach = Math.max(sorted[Math.floor(sorted.length * 0.95)] ?? 0, 1e-9);
    const fill = (radius[u]! - ROOM / 2) / reach;
    list.forEach((i, k) => {
      const dx = ((inner.getNodeAttribute(String(k), 'x') as number) - mx) * fill;
      const dy = ((inner.getNodeAttribute(String(k), 'y') as number) - my) * fill;
      // The few beyond the 95th percentile are drawn on the disc's rim.
      const d = Math.hypot(dx, dy);
      const limit = radius[u]! - ROOM / 2;
      const pull = d > limit ? limit / d : 1;
      positions[2 * i] = cx[u]! + dx * pull;
      positions[2 * i + 1] = cy[u]! + dy * pull;
    });
    options.onProgress?.(0.5 + (0.5 * done) / n);
  }
  options.onProgress?.(1);
  return positions;
}

/** The whole overview of a big network, as the worker computes it when one is opened. */
export function computeOverview(
  doc: NetworkDocument,
  options: CommunityLayoutOptions = {},
): Overview {
  const pairs = undirectedPairs(doc);
  const degree = degrees(doc.actors.length, pairs);
  const groups = overviewGroups(doc, options.seed, pairs);
  const verdict = judgePositions(doc, pairs);
  const positions = verdict === 'meaningful' ? null : communityLayout(doc, groups, options, pairs);
  const at = (i: number): { x: number; y: number }[] => {
    if (positions) return [{ x: positions[2 * i]!, y: positions[2 * i + 1]! }];
    const position = doc.actors[i]?.position;
    return position ? [position] : [];
  };
  const folded = groupDiscs(
    groups.members.map((list) => list.flatMap(at)),
    groups.members.map(() => true),
  );
  return { named: mostConnected(degree, OVERVIEW_NAMED), groups, verdict, positions, folded };
}
