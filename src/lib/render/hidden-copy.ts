// A hidden, off-screen Cytoscape instance for drawing pictures (handouts, exports) without touching the graph on screen.
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition, type StylesheetJson } from 'cytoscape';

export interface HiddenCopy {
  cy: Core;
  /** Destroys the copy and takes its container off the page; call it in a `finally`. */
  remove(): void;
}

export interface CopyRequest {
  elements: readonly ElementDefinition[];
  style: StylesheetJson;
  /** The size of the off-screen canvas, in CSS pixels. */
  size: { width: number; height: number };
  /** Further Cytoscape options (zoom limits, renderer hints). */
  options?: Omit<CytoscapeOptions, 'container' | 'elements' | 'style'>;
}

/** The live instance's stylesheet, rules in order (Cytoscape types `style()` without its `json()`). */
export function liveStyle(cy: Core): StylesheetJson {
  return (cy.style() as unknown as { json(): StylesheetJson }).json();
}

/** Builds the copy in a container placed far off screen, hidden from view, pointer and assistive technology. */
export function createHiddenCopy(request: CopyRequest): HiddenCopy {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${request.size.width}px`,
    height: `${request.size.height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(container);
  const cy = cytoscape({
    layout: { name: 'preset', fit: false },
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    ...request.options,
    container,
    elements: [...request.elements],
    style: request.style,
  });
  return {
    cy,
    remove() {
      cy.destroy();
      container.remove();
    },
  };
}
