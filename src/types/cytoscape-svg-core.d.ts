// Adds cytoscape-svg's `cy.svg()` to Cytoscape's Core type.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** The drawing as an SVG document (text kept as text); `full` draws the whole graph, not just the view. */
    svg(options?: { full?: boolean; scale?: number; bg?: string; maxWidth?: number; maxHeight?: number }): string;
  }
}
