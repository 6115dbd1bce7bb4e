// Places the overview as a grid of group boxes, each listing its landmarks, sized so the text reads on this canvas:
// the grid with the most landmarks whose smallest text is still drawn at 11 px or more wins.
import type { Position } from './layout-force';
import type { Overview, OverviewGroup } from './overview';

/** Text sizes of the overview, in layout units; the overview is drawn as a diagram, so they scale with the zoom. */
export const OVERVIEW_TEXT = { heading: 16, landmark: 15 } as const;
/** Landmark shapes and the padding of a box, in layout units. */
const OVERVIEW_BOX = { node: 22, padding: 10 } as const;

/** The overview is chosen so its smallest text is drawn at least this large: 15 × 0.76 = 11.4 px. */
const MIN_ZOOM = 0.76;
const MOST_LANDMARKS = 4;
/** Room the camera leaves around a fitted drawing (the caption and buttons), in pixels; see render/controller.ts. */
const CANVAS_PADDING = { x: 92, y: 88 };
/** Labels beside their shapes are given at least and at most this width, in layout units. */
const LABEL_WIDTH = { min: 150, max: 260 };
const LABEL_GAP = 6;
const COLUMN_GAP = 30;
const ROW_GAP = 26;
/** Space between landmarks in a box, on top of their labels' height. */
const ROW_GAP_INSIDE = 12;
/** Character widths as a share of the text size (estimates: the model knows no fonts; DejaVu Sans is wide). */
const CHARACTER_WIDTH = { label: 0.6, title: 0.64 };

export interface OverviewLayout {
  /** Where each landmark shown goes. */
  positions: Map<string, Position>;
  /** The landmarks shown for each group (fewer on a small canvas). */
  landmarks: Map<string, string[]>;
  /** Each box's size inside its padding, so boxes in a grid line up (it grows right and down from its first landmark). */
  boxes: Map<string, { width: number; height: number }>;
  /** How wide a landmark's label may be before it wraps, in layout units. */
  labelWidth: number;
  /** The zoom at which the whole overview fits the canvas. */
  zoom: number;
}

/** A candidate grid: columns, landmarks per group, and the label width that fills the canvas's width. */
interface Grid {
  columns: number;
  shown: number;
  labelWidth: number;
  zoom: number;
}

function boxWidth(labelWidth: number): number {
  return OVERVIEW_BOX.node + LABEL_GAP + labelWidth + 2 * OVERVIEW_BOX.padding;
}

/** Lines `text` wraps onto at `width` (an estimate from its words' lengths). */
function linesOf(text: string, size: number, characterWidth: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (characterWidth * size)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[\s–—/-]+/)) {
    if (used > 0 && used + 1 + word.length > perLine) {
      lines++;
      used = word.length;
    } else used += word.length + (used > 0 ? 1 : 0);
  }
  return lines;
}

/** Height one landmark takes in its box: its shape or its label, whichever is taller, and a gap. */
function landmarkHeight(label: string, labelWidth: number): number {
  const lines = linesOf(label, OVERVIEW_TEXT.landmark, CHARACTER_WIDTH.label, labelWidth);
  return Math.max(OVERVIEW_BOX.node, lines * OVERVIEW_TEXT.landmark * 1.2) + ROW_GAP_INSIDE;
}

/** How far a landmark's label reaches above its shape, as far as a box's top padding can take it. */
function overhang(label: string, labelWidth: number): number {
  const extra = (landmarkHeight(label, labelWidth) - ROW_GAP_INSIDE - OVERVIEW_BOX.node) / 2;
  return Math.min(extra, OVERVIEW_BOX.padding - 2);
}

/** Height of a box listing the first `shown` landmarks of `group`, padding included. */
function boxHeight(group: OverviewGroup, shown: number, labelWidth: number): number {
  const labels = group.landmarkLabels.slice(0, shown);
  const content = labels.reduce((sum, label) => sum + landmarkHeight(label, labelWidth), 0) - ROW_GAP_INSIDE;
  return content + 2 * OVERVIEW_BOX.padding;
}

/** Height of the titles over a row of boxes: one line, or two where a title is wider than its box and gap. */
function headingHeight(groups: readonly OverviewGroup[], labelWidth: number): number {
  const room = boxWidth(labelWidth) + COLUMN_GAP - 8;
  const lines = Math.max(
    1,
    ...groups.map((group) => linesOf(group.label, OVERVIEW_TEXT.heading, CHARACTER_WIDTH.title, room)),
  );
  return Math.min(lines, 2) * OVERVIEW_TEXT.heading * 1.25 + 8;
}

function rowsOf(overview: Overview, columns: number): OverviewGroup[][] {
  const rows: OverviewGroup[][] = [];
  for (let start = 0; start < overview.groups.length; start += columns)
    rows.push(overview.groups.slice(start, start + columns));
  return rows;
}

function measureGrid(
  overview: Overview,
  columns: number,
  shown: number,
  canvas: { width: number; height: number },
): Grid {
  const room = { width: canvas.width - CANVAS_PADDING.x, height: canvas.height - CANVAS_PADDING.y };
  // The widest labels that still let the grid's width read at MIN_ZOOM: fewer lines, shorter boxes.
  const perColumn = (room.width / MIN_ZOOM - (columns - 1) * COLUMN_GAP) / columns;
  const fitting = perColumn - (OVERVIEW_BOX.node + LABEL_GAP + 2 * OVERVIEW_BOX.padding);
  const labelWidth = Math.min(LABEL_WIDTH.max, Math.max(LABEL_WIDTH.min, Math.floor(fitting)));
  const rows = rowsOf(overview, columns);
  const height = rows.reduce(
    (sum, row, index) =>
      sum +
      headingHeight(row, labelWidth) +
      Math.max(...row.map((group) => boxHeight(group, shown, labelWidth))) +
      (index > 0 ? ROW_GAP : 0),
    0,
  );
  const width = columns * boxWidth(labelWidth) + (columns - 1) * COLUMN_GAP;
  return { columns, shown, labelWidth, zoom: Math.min(room.width / width, room.height / height) };
}

/** The grid with the most landmarks per group whose text still reads; among those, the one drawn largest. */
function chooseGrid(overview: Overview, canvas: { width: number; height: number }): Grid {
  let fallback: Grid | undefined;
  for (let shown = MOST_LANDMARKS; shown >= 1; shown--) {
    let best: Grid | undefined;
    for (let columns = 1; columns <= overview.groups.length; columns++) {
      const grid = measureGrid(overview, columns, shown, canvas);
      if (!best || grid.zoom > best.zoom) best = grid;
    }
    if (best && best.zoom >= MIN_ZOOM) return best;
    if (best && (!fallback || best.zoom > fallback.zoom)) fallback = best;
  }
  return fallback ?? { columns: 1, shown: 1, labelWidth: LABEL_WIDTH.min, zoom: 1 };
}

/** Lays the groups out row by row in the order given, each box a column of its landmarks with labels beside them. */
export function overviewLayout(overview: Overview, canvas: { width: number; height: number }): OverviewLayout {
  const grid = chooseGrid(overview, canvas);
  const { labelWidth } = grid;
  const positions = new Map<string, Position>();
  const landmarks = new Map<string, string[]>();
  const boxes = new Map<string, { width: number; height: number }>();
  const padding = 2 * OVERVIEW_BOX.padding;
  let top = 0;
  for (const row of rowsOf(overview, grid.columns)) {
    top += headingHeight(row, labelWidth);
    const tallest = Math.max(...row.map((group) => boxHeight(group, grid.shown, labelWidth)));
    row.forEach((group, column) => {
      const shown = group.landmarks.slice(0, grid.shown);
      landmarks.set(group.id, shown);
      boxes.set(group.id, { width: boxWidth(labelWidth) - padding, height: tallest - padding });
      const x = column * (boxWidth(labelWidth) + COLUMN_GAP) + OVERVIEW_BOX.padding + OVERVIEW_BOX.node / 2;
      // A box starts at its first shape. A first label of two lines, centred on its shape like every label, would push
      // that shape (and the box) below its row's others: the shapes move up by the label's overhang instead, which the
      // box's top padding takes.
      let y = top + OVERVIEW_BOX.padding - overhang(group.landmarkLabels[0] ?? '', labelWidth);
      shown.forEach((node, index) => {
        const height = landmarkHeight(group.landmarkLabels[index] ?? '', labelWidth);
        positions.set(node, { x, y: y + (height - ROW_GAP_INSIDE) / 2 });
        y += height;
      });
    });
    top += tallest + ROW_GAP;
  }
  return { positions, landmarks, boxes, labelWidth, zoom: grid.zoom };
}
