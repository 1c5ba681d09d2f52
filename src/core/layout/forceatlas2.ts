// ForceAtlas2 for networks too large for fcose on the main thread: runs in the worker over the
// simple undirected skeleton of the network and returns positions in `doc.actors` order.
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { NetworkDocument } from '../document/types';
import { actorKey, indexActors } from '../graph/build';

export interface ForceAtlas2Options {
  /** Iterations in all (default 150). */
  iterations?: number;
  /** Seed for the starting positions of actors without one. */
  seed?: number;
  /** Called after each chunk of iterations with the share done, 0…1. */
  onProgress?: (done: number) => void;
}

const CHUNK = 10;

export function forceAtlas2Layout(
  doc: NetworkDocument,
  options: ForceAtlas2Options = {},
): Float64Array {
  const iterations = Math.max(1, Math.floor(options.iterations ?? 150));
  const n = doc.actors.length;
  const rng = xoroshiro128plus(options.seed ?? 42);
  const random = () => uniformFloat64(rng);
  const graph = new UndirectedGraph();
  const side = Math.sqrt(Math.max(n, 1)) * 100;
  doc.actors.forEach((actor, i) => {
    graph.addNode(actorKey(i), {
      x: actor.position?.x ?? (random() - 0.5) * side,
      y: actor.position?.y ?? (random() - 0.5) * side,
    });
  });
  const index = indexActors(doc);
  // Actors of one group are pulled together by a light tie to each other's neighbours in the
  // group order, so teams stay compact enough for their compound boxes.
  const previousInGroup = new Map<string, number>();
  doc.actors.forEach((actor, i) => {
    if (actor.group === undefined) return;
    const previous = previousInGroup.get(actor.group);
    if (previous !== undefined) graph.mergeEdge(actorKey(previous), actorKey(i), { weight: 0.5 });
    previousInGroup.set(actor.group, i);
  });
  for (const tie of doc.ties) {
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined || t === undefined || s === t) continue;
    graph.mergeEdge(actorKey(s), actorKey(t), { weight: 1 });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 500 };
  for (let done = 0; done < iterations; done += CHUNK) {
    forceAtlas2.assign(graph, {
      iterations: Math.min(CHUNK, iterations - done),
      settings,
      getEdgeWeight: 'weight',
    });
    options.onProgress?.(Math.min(1, (done + CHUNK) / iterations));
  }
  return scaledPositions(graph, n);
}

/** FA2's scale is arbitrary: scale the drawing to about 110 px of side per √actor. */
function scaledPositions(graph: UndirectedGraph, n: number): Float64Array {
  const raw = new Float64Array(n * 2);
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const x = graph.getNodeAttribute(actorKey(i), 'x') as number;
    const y = graph.getNodeAttribute(actorKey(i), 'y') as number;
    raw[2 * i] = x;
    raw[2 * i + 1] = y;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = (Math.sqrt(n) * 110) / extent;
  for (let i = 0; i < n; i += 1) {
    raw[2 * i] = ((raw[2 * i] as number) - (minX + maxX) / 2) * scale;
    raw[2 * i + 1] = ((raw[2 * i + 1] as number) - (minY + maxY) / 2) * scale;
  }
  return raw;
}
