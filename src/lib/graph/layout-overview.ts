// Places the overview as a grid of group boxes, each listing its landmarks, sized so the text reads on this canvas.
import type { Position } from './layout-force';
import type { Overview } from './overview';

/** Text sizes of the overview, in layout units; the overview is drawn as a diagram, so they scale with the zoom. */
export const OVERVIEW_TEXT = { heading: 15, landmark: 14 } as const;
/** Landmark shapes, label width and the padding of a box, in layout units. */
export const OVERVIEW_BOX = { node: 22, labelWidth: 168, padding: 10 } as const;

const ROW = 40;
const LABEL_GAP = 6;
const COLUMN_GAP = 34;
const ROW_GAP = 30;
const BOX_WIDTH = OVERVIEW_BOX.node + LABEL_GAP + OVERVIEW_BOX.labelWidth + 2 * OVERVIEW_BOX.padding;
/** The overview is chosen so its smallest text is drawn at least this large: 14 × 0.8 = 11.2 px. */
const MIN_ZOOM = 0.8;
/** A bold title's width per character, as a share of its size (an estimate: the model knows no fonts). */
const TITLE_CHARACTER_WIDTH = 0.62;

/** Height of the titles over a row of boxes: one line, or two where a title is wider than its box and gap. */
function headingHeight(groups: readonly Overview['groups'][number][]): number {
  const room = BOX_WIDTH + COLUMN_GAP - 8;
  const lines = Math.max(
    1,
    ...groups.map((group) => Math.ceil((group.label.length * TITLE_CHARACTER_WIDTH * OVERVIEW_TEXT.heading) / room)),
  );
  return Math.min(lines, 2) * OVERVIEW_TEXT.heading * 1.25 + 8;
}
const MOST_LANDMARKS = 4;
const CANVAS_PADDING = 30;

export interface OverviewLayout {
  /** Where each landmark shown goes. */
  positions: Map<string, Position>;
  /** The landmarks shown for each group (fewer on a small canvas). */
  landmarks: Map<string, string[]>;
  /** Each box's size inside its padding, so boxes in a grid line up (it grows right and down from its first landmark). */
  boxes: Map<string, { width: number; height: number }>;
  /** The zoom at which the whole overview fits the canvas. */
  zoom: number;
}

interface Grid {
  columns: number;
  shown: number;
  zoom: number;
}

function rowHeight(shown: number): number {
  return (shown - 1) * ROW + OVERVIEW_BOX.node + 2 * OVERVIEW_BOX.padding;
}

function measureGrid(overview: Overview, columns: number, shown: number, canvas: { width: number; height: number }) {
  const rows = Math.ceil(overview.groups.length / columns);
  let height = 0;
  for (let row = 0; row < rows; row++) {
    const members = overview.groups.slice(row * columns, (row + 1) * columns);
    const tallest = Math.max(...members.map((group) => Math.min(shown, group.landmarks.length)));
    height += headingHeight(members) + rowHeight(tallest) + (row > 0 ? ROW_GAP : 0);
  }
  const width = columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP;
  const zoom = Math.min(
    (canvas.width - 2 * CANVAS_PADDING) / width,
    (canvas.height - 2 * CANVAS_PADDING) / height,
  );
  return { columns, shown, zoom };
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
  return fallback ?? { columns: 1, shown: 1, zoom: 1 };
}

/** Lays the groups out row by row in the order given, each box a column of its landmarks with labels beside them. */
export function overviewLayout(overview: Overview, canvas: { width: number; height: number }): OverviewLayout {
  const grid = chooseGrid(overview, canvas);
  const positions = new Map<string, Position>();
  const landmarks = new Map<string, string[]>();
  const boxes = new Map<string, { width: number; height: number }>();
  let top = 0;
  for (let start = 0; start < overview.groups.length; start += grid.columns) {
    const row = overview.groups.slice(start, start + grid.columns);
    top += headingHeight(row);
    const tallest = Math.max(...row.map((group) => Math.min(grid.shown, group.landmarks.length)));
    row.forEach((group, column) => {
      const shown = group.landmarks.slice(0, grid.shown);
      landmarks.set(group.id, shown);
      const padding = 2 * OVERVIEW_BOX.padding;
      boxes.set(group.id, { width: BOX_WIDTH - padding, height: rowHeight(tallest) - padding });
      const left = column * (BOX_WIDTH + COLUMN_GAP) + OVERVIEW_BOX.padding + OVERVIEW_BOX.node / 2;
      shown.forEach((node, index) => {
        positions.set(node, { x: left, y: top + OVERVIEW_BOX.padding + OVERVIEW_BOX.node / 2 + index * ROW });
      });
    });
    top += rowHeight(tallest) + ROW_GAP;
  }
  return { positions, landmarks, boxes, zoom: grid.zoom };
}
