// Draws the chosen part of the live graph as SVG through a hidden copy of it, so the screen never changes:
// same styles and positions, selection highlight kept or dropped, footnote numbers on the edges if asked.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { CLASS, EMPHASIS_CLASSES } from '../names';
import { lightenForDark } from '../colour';
import { createHiddenCopy, liveStyle } from '../hidden-copy';
import type { ExportScope } from './options';

let registered = false;

/** cytoscape-svg adds `cy.svg()`; registered once, the first time an export needs it. */
function registerSvgExtension(): void {
  if (registered) return;
  cytoscape.use(cytoscapeSvg);
  registered = true;
}

/** Most edge marks a drawing gets; past this the numbers would hide the graph (the footnotes still list them all). */
const MAX_EDGE_MARKS = 250;

export interface SnapshotRequest {
  scope: ExportScope;
  includeSelection: boolean;
  /** Footnote numbers per edge id, drawn as the edge's label. */
  edgeMarks?: ReadonlyMap<string, string> | undefined;
  dark: boolean;
  /** Evidence colours, for the lighter lines a dark background needs. */
  evidenceColours: Record<string, string>;
  /** Enlarges every label, for drawings shrunk to fit a page (1: as on screen). */
  labelScale?: number | undefined;
  /**
   * Draw pixels instead of SVG (for very large graphs going to PNG or JPEG, where vector adds nothing and costs
   * minutes): given the drawing's own size, returns the pixels per unit to draw at.
   */
  raster?: ((natural: { width: number; height: number }) => number) | undefined;
}

export interface ShownElements {
  nodeIds: string[];
  edgeIds: string[];
}

export interface GraphSnapshot {
  /** An SVG document, or a PNG as a data: address. */
  kind: 'svg' | 'png';
  data: string;
  width: number;
  height: number;
  notes: string[];
}

const FADED = `.${CLASS.faded}`;

/** Whether the drawing emphasises something (a selected node or edge, a path, a comparison). */
function hasSelection(cy: Core): boolean {
  return cy.$(`.${CLASS.selected}, ${FADED}`).nonempty();
}

/** What is drawn (Cytoscape holds only that, decorations included); for the selection, only what the highlight keeps. */
function drawnElements(cy: Core, scope: ExportScope) {
  const drawn = cy.elements();
  return scope === 'selection' && hasSelection(cy) ? drawn.not(FADED) : drawn;
}

/** The elements an export of `scope` shows; `emphasisedOnly` leaves out what the highlight fades. */
export function shownElements(cy: Core, scope: ExportScope, emphasisedOnly = false): ShownElements {
  let elements = drawnElements(cy, scope);
  if (emphasisedOnly && hasSelection(cy)) elements = elements.not(FADED);
  if (scope === 'view') {
    const view = cy.extent();
    elements = elements.filter((element) => {
      const box = element.boundingBox();
      return box.x2 >= view.x1 && box.x1 <= view.x2 && box.y2 >= view.y1 && box.y1 <= view.y2;
    });
  }
  const own = elements.not('[decoration]');
  return { nodeIds: own.nodes().map((node) => node.id()), edgeIds: own.edges().map((edge) => edge.id()) };
}

function extraStyles(request: SnapshotRequest): StylesheetJson {
  const rules: { selector: string; style: Record<string, unknown> }[] = [];
  if (request.dark) {
    rules.push({ selector: 'node', style: { color: '#f2f2f4', 'text-outline-color': '#1e1f24' } });
    rules.push({ selector: 'edge', style: { color: '#f2f2f4', 'text-outline-color': '#1e1f24' } });
    for (const [level, colour] of Object.entries(request.evidenceColours))
      rules.push({
        selector: `edge[evidence = "${level}"]`,
        style: { 'line-color': lightenForDark(colour), 'target-arrow-color': lightenForDark(colour) },
      });
  }
  // A relation drawn in words keeps its words, with the footnote numbers of its sources after them.
  rules.push({ selector: 'edge[exportMark]', style: { label: 'data(exportMark)' } });
  rules.push({
    selector: 'edge[exportMark]:not(.labelled)',
    style: {
      'font-size': 9 * (request.labelScale ?? 1),
      'font-weight': 'bold',
      'text-rotation': 'none',
      'text-outline-width': 2.5,
    },
  });
  return rules as StylesheetJson;
}

/**
 * canvas2svg (inside cytoscape-svg) logs "Attempted to apply path command to node text" for every label it draws
 * after a path; the drawing is right, so that one message is kept off the console while the SVG is written.
 */
function quietly<T>(draw: () => T): T {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Attempted to apply path command')) return;
    original(...args);
  };
  try {
    return draw();
  } finally {
    console.error = original;
  }
}

/** Draws the snapshot; the hidden copy is destroyed before this returns. */
export function drawSnapshot(cy: Core, request: SnapshotRequest): GraphSnapshot {
  registerSvgExtension();
  const notes: string[] = [];
  const selecting = request.scope === 'selection' && hasSelection(cy);
  const definitions = drawnElements(cy, request.scope).jsons() as unknown as ElementDefinition[];
  const { cy: copy, remove } = createHiddenCopy({
    elements: definitions,
    style: [...liveStyle(cy), ...extraStyles(request)] as StylesheetJson,
    size: { width: cy.width(), height: cy.height() },
    options: {
      pixelRatio: 1,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      motionBlur: false,
      minZoom: 1e-50,
      maxZoom: 1e50,
    },
  });
  try {
    copy.batch(() => {
      if (!request.includeSelection) copy.elements().removeClass([...EMPHASIS_CLASSES]);
      else if (selecting) copy.elements().removeClass(CLASS.faded);
      const scale = request.labelScale ?? 1;
      if (scale !== 1)
        copy.elements().forEach((element) => {
          const enlarged: Record<string, number> = {};
          for (const property of ['font-size', 'text-outline-width', 'text-margin-y', 'text-max-width'])
            enlarged[property] = element.numericStyle(property) * scale;
          element.style(enlarged);
        });
      const marks = request.edgeMarks;
      if (marks && marks.size > 0) {
        const cited = copy.edges().filter((edge) => marks.has(edge.id()));
        // Where relations are drawn in words, only they carry numbers; a bare drawing numbers every edge.
        const worded = cited.filter((edge) => edge.hasClass(CLASS.labelled));
        const edges = worded.nonempty() ? worded : cited;
        if (edges.length <= MAX_EDGE_MARKS)
          edges.forEach((edge) => {
            const mark = `[${marks.get(edge.id())}]`;
            const words = edge.hasClass(CLASS.labelled) ? String(edge.data('relationLabel') ?? '') : '';
            edge.data('exportMark', words ? `${words} ${mark}` : mark);
          });
        else
          notes.push(
            `The ${edges.length} edges are not numbered on the drawing (more than ${MAX_EDGE_MARKS} would hide it); the footnotes list every source.`,
          );
      }
    });
    const full = request.scope !== 'view';
    if (!full) copy.viewport({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    const box = copy.elements().boundingBox();
    const natural = full
      ? { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) }
      : { width: cy.width(), height: cy.height() };
    if (request.raster) {
      const data = copy.png({ full, scale: request.raster(natural), output: 'base64uri' });
      return { kind: 'png', data, ...natural, notes };
    }
    const data = quietly(() => copy.svg({ full, scale: 1 }));
    return { kind: 'svg', data, ...natural, notes };
  } finally {
    remove();
  }
}
