// Pictures of tour steps for printed handouts: a hidden copy of the graph, drawn once per step with its highlight.
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import type { Position } from '../util/position';

export interface StepPicture {
  nodes: readonly string[];
  edges: readonly string[];
  /** Where the nodes sit in this step's layout. */
  positions: ReadonlyMap<string, Position>;
}

/** Every class the app uses to emphasise or hide; a picture starts from none of them. */
const EMPHASIS_CLASSES = 'selected faded neighbour endpoint on-path compared shared-target target hidden';
/** Closer than this, two or three nodes would fill the picture and their labels would look enormous. */
const MAX_ZOOM = 2;
const PADDING = 60;

/** On paper the highlighted labels must be read at arm's length; faded labels would only clutter. */
const PRINT_RULES = [
  { selector: 'node.on-path', style: { 'font-size': 24, 'text-max-width': '220px' } },
  { selector: 'edge.on-path', style: { 'font-size': 18 } },
  { selector: '.faded', style: { 'text-opacity': 0 } },
];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * PNG data addresses, one per step, drawn from a copy of `live` (same elements and styles) so the
 * graph on screen never moves. The highlighted nodes and edges are framed; the rest is faded.
 */
export async function pictureSteps(
  live: Core,
  steps: readonly StepPicture[],
  size = { width: 1400, height: 860 },
): Promise<string[]> {
  const container = document.createElement('div');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-30000px',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(container);
  const drawn = live.json();
  const copy = cytoscape({
    container,
    elements: [...(drawn.elements.nodes ?? []), ...(drawn.elements.edges ?? [])],
    style: [...(drawn['style'] as StylesheetJson), ...PRINT_RULES] as StylesheetJson,
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
  });
  try {
    const pictures: string[] = [];
    for (const step of steps) {
      const shown = copy.collection();
      copy.batch(() => {
        copy.elements().removeClass(EMPHASIS_CLASSES);
        copy.nodes().forEach((node) => {
          const position = step.positions.get(node.id());
          if (position) node.position({ ...position });
        });
        for (const id of [...step.nodes, ...step.edges]) shown.merge(copy.getElementById(id));
        shown.addClass('on-path');
        copy.elements().difference(shown).addClass('faded');
      });
      const framed = shown.nodes();
      copy.fit(framed.empty() ? copy.elements() : framed, PADDING);
      if (copy.zoom() > MAX_ZOOM) {
        copy.zoom({ level: MAX_ZOOM, renderedPosition: { x: size.width / 2, y: size.height / 2 } });
      }
      pictures.push(copy.png({ output: 'base64uri', bg: '#ffffff', full: false, scale: 1.5 }));
      // One step at a time, so the page stays responsive while a long tour is drawn.
      await nextTask();
    }
    return pictures;
  } finally {
    copy.destroy();
    container.remove();
  }
}
