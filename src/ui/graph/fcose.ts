// fcose, the compound-aware force layout that runs in the page for small networks (large ones go
// to ForceAtlas2 in the worker: layouts.ts). This module is loaded on first use
// (`import('./fcose')`): the first paint draws saved positions and needs no layout code. Its
// settings and its run live here, not in GraphView.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { parseElementId } from './elements';

cytoscape.use(fcose); // once: when this module first loads

/** Leadnet's fcose settings: teams kept together, labels counted, components packed. */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  animate: false,
  randomize: true,
  quality: 'default',
  nodeDimensionsIncludeLabels: true,
  fit: false,
  packComponents: true,
  idealEdgeLength: 75,
  nodeRepulsion: 4500,
  nestingFactor: 0.1,
  gravity: 0.4,
  gravityCompound: 1.5,
  gravityRangeCompound: 1.2,
  numIter: 4000,
  tile: true,
  tilingPaddingVertical: 20,
  tilingPaddingHorizontal: 20,
} as const;

/** The seed of a first fcose run, as ForceAtlas2's in the worker (core/layout/forceatlas2.ts). */
export const FCOSE_SEED = 42;

/**
 * Lays out the drawing with fcose and returns where each actor went, as an
 * `actors/move` command's moves. Cytoscape's nodes are moved too; the command records them.
 *
 * The same network is laid out the same way every time: fcose draws its random start and its
 * samples from `Math.random`, which is seeded for the run (synchronous: `animate` is off).
 * `rerun` counts the user's asks to run it again (Re-run): each gives another arrangement, the
 * same one in every session.
 */
export function fcoseMoves(
  instance: Core,
  rerun = 0,
): { id: string; position: { x: number; y: number } }[] {
  withSeededRandom(FCOSE_SEED + rerun, () => instance.layout(FCOSE_OPTIONS as LayoutOptions).run());
  return instance.nodes('.actor').map((node) => ({
    id: parseElementId(node.id())!.id,
    position: { ...node.position() },
  }));
}

/**
 * Runs `run` (synchronous) with `Math.random` drawing from a generator seeded by `seed`, and
 * puts the browser's back after, whatever happens. For a library that takes no seed of its own.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const own = Math.random;
  const generator = xoroshiro128plus(seed);
  Math.random = () => uniformFloat64(generator);
  try {
    return run();
  } finally {
    Math.random = own;
  }
}
