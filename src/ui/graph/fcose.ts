// fcose, the compound-aware force layout that runs in the page for small networks (large ones go
// to ForceAtlas2 in the worker: layouts.ts). Loaded on first use: the first paint draws saved
// positions and needs no layout code. Its settings and its run live here, not in GraphView.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import { parseElementId } from './elements';

let registered: Promise<void> | null = null;

/** Registers fcose with Cytoscape (once); resolves when it can be used. */
export function useFcose(): Promise<void> {
  return (registered ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  }));
}

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

/**
 * Lays out the drawing with fcose (after `useFcose()`) and returns where each actor went, as an
 * `actors/move` command's moves. Cytoscape's nodes are moved too; the command records them.
 */
export function fcoseMoves(instance: Core): { id: string; position: { x: number; y: number } }[] {
  instance.layout(FCOSE_OPTIONS as LayoutOptions).run();
  return instance.nodes('.actor').map((node) => ({
    id: parseElementId(node.id())!.id,
    position: { ...node.position() },
  }));
}
