// Types for cytoscape-svg, which ships none: the extension and the `cy.svg()` it adds to Core.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const extension: Ext;
  export default extension;

  module 'cytoscape' {
    interface Core {
      /** The drawing as SVG text: the viewport, or the whole network with `full`. */
      svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
    }
  }
}
