// Pictures of tour steps for printed handouts and slides: a hidden copy of the graph, drawn once per step with its
// highlight.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { Position } from '../util/position';
import { nextTask } from '../util/time-slices';
import { CLASS, EMPHASIS_CLASSES } from './names';
import { createHiddenCopy, liveStyle } from './hidden-copy';

export interface StepPicture {
  nodes: readonly string[];
  edges: readonly string[];
  /** Where the nodes sit in this step's layout. */
  positions: ReadonlyMap<string, Position>;
}

/** Closer than this, two or three nodes would fill the picture and their labels would look enormous. */
const MAX_ZOOM = 2;
const PADDING = 60;

/** On paper the highlighted labels must be read at arm's length; faded labels would only clutter. */
const PRINT_RULES = [
  { selector: `node.${CLASS.onPath}`, style: { 'font-size': 24, 'text-max-width': '220px' } },
  { selector: `edge.${CLASS.onPath}`, style: { 'font-size': 18 } },
  { selector: `.${CLASS.faded}`, style: { 'text-opacity': 0 } },
];

/**
 * For a copy made from the model rather than the screen (slides), where no label layer has chosen labels: every
 * highlighted node and relationship is named.
 */
const NAME_HIGHLIGHTED = [
  {
    selector: `node.${CLASS.onPath}`,
    style: {
      label: 'data(display)',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 6,
      'text-wrap': 'wrap',
      'text-outline-width': 3,
      'text-outline-color': '#ffffff',
    },
  },
  {
    selector: `edge.${CLASS.onPath}`,
    style: {
      label: 'data(relationLabel)',
      'text-rotation': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.92,
      'text-background-padding': 3,
    },
  },
];

export interface PictureOptions {
  /** The size of each picture in CSS pixels (drawn at 1.5×). */
  size?: { width: number; height: number };
  /** What to draw, when not what the live instance holds now (a step as its tour shows it); every label is then set. */
  elements?: readonly ElementDefinition[];
  /** Stops between two pictures; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * PNG data addresses, one per step, drawn from a copy of `live` (same elements and styles) so the
 * graph on screen never moves. The highlighted nodes and edges are framed; the rest is faded.
 */
export async function pictureSteps(
  live: Core,
  steps: readonly StepPicture[],
  { size = { width: 1400, height: 860 }, elements, signal }: PictureOptions = {},
): Promise<string[]> {
  signal?.throwIfAborted();
  const { cy: copy, remove } = createHiddenCopy({
    elements: elements ?? (live.elements().jsons() as unknown as ElementDefinition[]),
    style: [...liveStyle(live), ...(elements ? NAME_HIGHLIGHTED : []), ...PRINT_RULES] as StylesheetJson,
    size,
    options: { minZoom: 0.02, maxZoom: 4 },
  });
  try {
    const pictures: string[] = [];
    for (const step of steps) {
      const shown = copy.collection();
      copy.batch(() => {
        copy.elements().removeClass([...EMPHASIS_CLASSES]);
        copy.nodes().forEach((node) => {
          const position = step.positions.get(node.id());
          if (position) node.position({ ...position });
        });
        for (const id of [...step.nodes, ...step.edges]) shown.merge(copy.getElementById(id));
        shown.addClass(CLASS.onPath);
        copy.elements().difference(shown).addClass(CLASS.faded);
      });
      const framed = shown.nodes();
      copy.fit(framed.empty() ? copy.elements() : framed, PADDING);
      if (copy.zoom() > MAX_ZOOM) {
        copy.zoom({ level: MAX_ZOOM, renderedPosition: { x: size.width / 2, y: size.height / 2 } });
      }
      pictures.push(copy.png({ output: 'base64uri', bg: '#ffffff', full: false, scale: 1.5 }));
      // One step at a time, so the page stays responsive while a long tour is drawn.
      await nextTask();
      signal?.throwIfAborted();
    }
    return pictures;
  } finally {
    remove();
  }
}
