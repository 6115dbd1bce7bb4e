// Chooses which labels to draw so none collide: the most important first, each only where it fits on screen.

/** A label that could be drawn, in screen pixels. */
export interface LabelCandidate {
  id: string;
  text: string;
  /** The point the label hangs from: a node's centre, or an edge's midpoint. */
  x: number;
  y: number;
  /** Half the drawn width and height of the node the label belongs to (0 for an edge's label). */
  halfWidth: number;
  halfHeight: number;
  /** Where the label may go, in order of preference; the first that fits is used. */
  anchors: readonly LabelAnchor[];
  fontPx: number;
  /** The widest a line of this label may be, when not the usual width. */
  maxLineWidthPx?: number | undefined;
  /** Drawn in bold (a little wider). */
  bold?: boolean | undefined;
  /** Room drawn around the text (an edge label's background), in pixels. */
  padding?: number | undefined;
  /** Higher is placed first. */
  priority: number;
}

/** Below, above, left or right of a node's shape, or centred on the point (edge labels). */
export type LabelAnchor = 'below' | 'above' | 'left' | 'right' | 'centre';

/** Below first, as a reader expects, then the other sides. */
export const NODE_ANCHORS: readonly LabelAnchor[] = ['below', 'right', 'above', 'left'];

/** Width in pixels of `text` at `fontPx` pixels, bold or not. */
export type MeasureText = (text: string, fontPx: number, bold?: boolean) => number;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacementOptions {
  /** Width of the visible canvas in pixels; labels wholly outside it are not placed. */
  width: number;
  height: number;
  /** The widest a line may be before it wraps, in pixels. */
  maxLineWidthPx: number;
  /** Width of `text` set at `fontPx` pixels. */
  measure: MeasureText;
  /** Areas no label may cover (node shapes, for instance), each with the id it belongs to. */
  obstacles?: readonly (Box & { id: string })[];
  /** Space kept free around each label, in pixels. */
  margin?: number;
}

export interface PlacedLabel {
  id: string;
  anchor: LabelAnchor;
  box: Box;
  lines: string[];
}

/** Gap between a node's shape and its label, in pixels (the stylesheet's text margin). */
const LABEL_GAP_PX = 4;
const LINE_HEIGHT = 1.2;
const CELL = 96;

/** A zero-width space: a place a label may break without a space, as after the dash in "Serotonin–norepinephrine". */
const BREAK = '\u200b';

/** The label with a break allowed after each dash or slash inside a word, so a long compound can wrap. */
export function breakable(label: string): string {
  return label.replace(/([–—/-])(?=\S)/g, `$1${BREAK}`);
}

/**
 * Splits `text` into lines no wider than `maxWidth`, at spaces and zero-width spaces, as Cytoscape's
 * `text-wrap: wrap` does; a word wider than the line stays whole.
 */
export function wrapLabel(
  text: string,
  fontPx: number,
  maxWidth: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Words at even places, the separators between them at odd ones.
    const parts = paragraph.split(/(\s+|\u200b)/);
    let line = '';
    for (let index = 0; index < parts.length; index += 2) {
      const word = parts[index] ?? '';
      if (!word) continue;
      const separator = /\s/.test(parts[index - 1] ?? '') ? ' ' : '';
      const candidate = line ? line + separator + word : word;
      // Cytoscape measures a line with the space that follows its last word; so does this.
      const trailing = /\s/.test(parts[index + 1] ?? '') ? ' ' : '';
      if (line && measure(candidate + trailing, fontPx, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The screen box a label would take at `anchor`. */
function labelBox(candidate: LabelCandidate, anchor: LabelAnchor, lines: readonly string[], measure: MeasureText): Box {
  const pad = candidate.padding ?? 0;
  const width = Math.max(0, ...lines.map((line) => measure(line, candidate.fontPx, candidate.bold))) + 2 * pad;
  const height = lines.length * candidate.fontPx * LINE_HEIGHT + 2 * pad;
  const { x, y, halfWidth, halfHeight } = candidate;
  switch (anchor) {
    case 'below':
      return box(x - width / 2, y + halfHeight + LABEL_GAP_PX, width, height);
    case 'above':
      return box(x - width / 2, y - halfHeight - LABEL_GAP_PX - height, width, height);
    case 'right':
      return box(x + halfWidth + LABEL_GAP_PX, y - height / 2, width, height);
    case 'left':
      return box(x - halfWidth - LABEL_GAP_PX - width, y - height / 2, width, height);
    case 'centre':
      return box(x - width / 2, y - height / 2, width, height);
  }
}

function box(x1: number, y1: number, width: number, height: number): Box {
  return { x1, y1, x2: x1 + width, y2: y1 + height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** A uniform grid over the screen, so each test looks only at boxes nearby. */
class BoxGrid<T extends Box> {
  readonly #cells = new Map<string, T[]>();

  #keys(box: Box): string[] {
    const keys: string[] = [];
    for (let column = Math.floor(box.x1 / CELL); column <= Math.floor(box.x2 / CELL); column++) {
      for (let row = Math.floor(box.y1 / CELL); row <= Math.floor(box.y2 / CELL); row++) keys.push(`${column},${row}`);
    }
    return keys;
  }

  add(box: T): void {
    for (const key of this.#keys(box)) {
      const cell = this.#cells.get(key);
      if (cell) cell.push(box);
      else this.#cells.set(key, [box]);
    }
  }

  some(box: Box, test: (other: T) => boolean): boolean {
    return this.#keys(box).some((key) => this.#cells.get(key)?.some(test) ?? false);
  }
}

/**
 * Places labels greedily, highest priority first (ties by id, so the result is stable): each label takes the
 * first of its anchors where its box touches no label already placed and no obstacle other than its own node, or
 * is left out. Labels entirely off screen are left out; they are placed again when the view moves.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const margin = options.margin ?? 2;
  const inflate = (box: Box): Box => ({
    x1: box.x1 - margin,
    y1: box.y1 - margin,
    x2: box.x2 + margin,
    y2: box.y2 + margin,
  });
  const obstacles = new BoxGrid<Box & { id: string }>();
  for (const obstacle of options.obstacles ?? []) obstacles.add(obstacle);
  const placed = new BoxGrid<Box>();
  const result: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const candidate of ordered) {
    if (!candidate.text.trim()) continue;
    const width = candidate.maxLineWidthPx ?? options.maxLineWidthPx;
    const lines = wrapLabel(candidate.text, candidate.fontPx, width, options.measure, candidate.bold);
    for (const anchor of candidate.anchors) {
      const box = labelBox(candidate, anchor, lines, options.measure);
      if (box.x2 < 0 || box.y2 < 0 || box.x1 > options.width || box.y1 > options.height) continue;
      const padded = inflate(box);
      if (placed.some(padded, (other) => overlaps(padded, other))) continue;
      if (obstacles.some(padded, (other) => other.id !== candidate.id && overlaps(padded, other))) continue;
      placed.add(padded);
      result.push({ id: candidate.id, anchor, box, lines });
      break;
    }
  }
  return result;
}
