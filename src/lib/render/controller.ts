// The one place that creates and changes the Cytoscape instance: selection highlight, camera, events.
import cytoscape, { type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';

export interface ControllerEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
}

export interface SelectionView {
  node: string | null;
  edge: string | null;
}

const ANIMATION_MS = 350;

export class GraphController {
  readonly cy: Core;
  #destroyed = false;

  constructor(container: HTMLElement, elements: ElementDefinition[], style: StylesheetJson, events: ControllerEvents) {
    this.cy = cytoscape({
      container,
      elements,
      style,
      layout: { name: 'preset', fit: true, padding: 40 },
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: false,
    });
    // Selection is drawn with our own classes, so Cytoscape's built-in selection stays off.
    this.cy.autounselectify(true);
    this.cy.on('tap', 'node', (event: EventObject) => events.onNodeTap(event.target.id()));
    this.cy.on('tap', 'edge', (event: EventObject) => events.onEdgeTap(event.target.id()));
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
  }

  /** Highlights the selected node with its neighbourhood, or the selected edge with its two ends. */
  showSelection(selection: SelectionView): void {
    if (this.#destroyed) return;
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('selected faded neighbour endpoint');
      const node = selection.node ? cy.$id(selection.node) : cy.collection();
      const edge = selection.edge ? cy.$id(selection.edge) : cy.collection();
      if (node.empty() && edge.empty()) return;
      const keep = node.closedNeighborhood().union(edge).union(edge.connectedNodes());
      cy.elements().difference(keep).addClass('faded');
      node.addClass('selected');
      node.connectedEdges().addClass('neighbour');
      edge.addClass('selected');
      edge.connectedNodes().difference(node).addClass('endpoint');
    });
  }

  /** Moves the camera smoothly so the node (its shape, not its label) is in the middle of the view. */
  centreOn(id: string, animate = true): void {
    if (this.#destroyed) return;
    const element = this.cy.$id(id);
    if (element.empty() || !element.isNode()) return;
    const zoom = Math.max(this.cy.zoom(), 1);
    const position = element.position();
    const pan = { x: this.cy.width() / 2 - position.x * zoom, y: this.cy.height() / 2 - position.y * zoom };
    this.cy.stop(true);
    if (animate) this.cy.animate({ pan, zoom }, { duration: ANIMATION_MS, easing: 'ease-in-out' });
    else this.cy.viewport({ pan, zoom });
  }

  fitAll(): void {
    if (this.#destroyed) return;
    this.cy.stop(true).animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: ANIMATION_MS });
  }

  zoomBy(factor: number): void {
    if (this.#destroyed) return;
    const extent = this.cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const level = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.cy.stop(true).animate({ zoom: { level, position: centre } }, { duration: 200 });
  }

  /** Safe to call more than once. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.cy.destroy();
  }
}
