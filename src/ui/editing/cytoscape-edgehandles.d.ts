// Types for cytoscape-edgehandles 4, which ships none that reach cytoscape's bundled types:
// the extension and the `cy.edgehandles()` it adds to Core (only what Leadnet uses).
declare module 'cytoscape-edgehandles' {
  import type { Ext, NodeSingular } from 'cytoscape';

  const extension: Ext;
  export default extension;

  export interface EdgeHandlesOptions {
    /** Whether an edge may be drawn from source to target (the preview shows only then). */
    canConnect?: (source: NodeSingular, target: NodeSingular) => boolean;
    /** Extra fields for the drawn edge. */
    edgeParams?: (source: NodeSingular, target: NodeSingular) => Record<string, unknown>;
    hoverDelay?: number;
    snap?: boolean;
    snapThreshold?: number;
    snapFrequency?: number;
    noEdgeEventsInDraw?: boolean;
    disableBrowserGestures?: boolean;
  }

  export interface EdgeHandlesInstance {
    /** Starts a drawing gesture from a node, as if its handle were held. */
    start(source: NodeSingular): void;
    /** Completes or cancels the gesture. */
    stop(): void;
    enable(): void;
    disable(): void;
    destroy(): void;
  }

  module 'cytoscape' {
    interface Core {
      edgehandles(options?: EdgeHandlesOptions): EdgeHandlesInstance;
    }
  }
}
