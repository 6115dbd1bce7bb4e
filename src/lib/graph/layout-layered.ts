// Left-to-right layers that follow the direction of relationships, for chains that should read like a sentence:
// a path, a tour step, drugs beside their targets. Each layer is ordered to keep lines from crossing.
import type { EdgeKeys } from './all-edges';
import type { AtlasGraph } from './build-graph';
import type { Position } from './layout-force';

export interface LayeredOptions {
  /** The edges to follow (only those between `nodes` count); every edge between them when absent. */
  edges?: EdgeKeys | undefined;
  /** Fixed columns for some nodes (a path's order, drugs before targets); others are placed by direction. */
  ranks?: ReadonlyMap<string, number> | undefined;
  /** Nodes that keep one straight row, in their column order (a path), with the rest above and below. */
  spine?: readonly string[] | undefined;
  /** At most this many columns side by side; longer chains continue on a new row, like lines of text. */
  maxColumns?: number | undefined;
  /**
   * A column with more nodes than this is drawn zigzag, in two or three staggered lines, so that a fan of many
   * results (what a drug leads to) is not one tall line whose labels have no room once it is fitted to the screen.
   */
  maxRows?: number | undefined;
}

export const COLUMN_GAP = 250;
const ROW_GAP = 110;
/** How far apart the staggered lines of a crowded column are. */
const STAGGER_GAP = 150;
const MAX_STAGGER = 3;
const SWEEPS = 6;

/** Positions `nodes` in columns from left to right along the direction of the relationships between them. */
export function layeredLayout(
  graph: AtlasGraph,
  nodes: ReadonlySet<string>,
  options: LayeredOptions = {},
): Map<string, Position> {
  const members = [...nodes].filter((node) => graph.hasNode(node)).sort();
  const links: [string, string][] = [];
  const follow = (edge: string, source: string, target: string) => {
    if (source === target || !nodes.has(source) || !nodes.has(target)) return;
    if (!options.edges || options.edges.has(edge)) links.push([source, target]);
  };
  graph.forEachEdge((edge, _attributes, source, target) => follow(edge, source, target));

  const rank = assignRanks(members, links, options.ranks);
  const columns = orderColumns(members, links, rank, options.spine ?? []);
  return placeColumns(columns, options.spine ?? [], options.maxColumns, options.maxRows);
}

/** Columns from fixed ranks, then by the longest chain of relationships leading to each node (cycles broken). */
function assignRanks(
  members: readonly string[],
  links: readonly [string, string][],
  fixed: ReadonlyMap<string, number> | undefined,
): Map<string, number> {
  const outgoing = new Map<string, string[]>(members.map((node) => [node, []]));
  for (const [source, target] of links) outgoing.get(source)?.push(target);
  // Depth-first order drops the edges that close a cycle, so what is left can be layered.
  const state = new Map<string, 'open' | 'done'>();
  const forward: [string, string][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    for (const next of outgoing.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') continue;
      forward.push([node, next]);
      if (!seen) visit(next);
    }
    state.set(node, 'done');
  };
  const hasIncoming = new Set(links.map(([, target]) => target));
  for (const node of [...members.filter((node) => !hasIncoming.has(node)), ...members]) {
    if (!state.has(node)) visit(node);
  }

  const rank = new Map<string, number>(members.map((node) => [node, fixed?.get(node) ?? 0]));
  // Relax until stable: a node sits at least one column after whatever leads to it (fixed ranks stay).
  for (let pass = 0; pass < members.length; pass++) {
    let changed = false;
    for (const [source, target] of forward) {
      if (fixed?.has(target)) continue;
      const wanted = (rank.get(source) ?? 0) + 1;
      if ((rank.get(target) ?? 0) < wanted) {
        rank.set(target, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Nodes only led from (never leading anywhere) sit just before what they lead to, not far off in column 0.
  const incoming = new Map<string, string[]>(members.map((node) => [node, []]));
  for (const [source, target] of forward) incoming.get(target)?.push(source);
  for (const node of members) {
    if (fixed?.has(node) || (incoming.get(node)?.length ?? 0) > 0) continue;
    const next = (outgoing.get(node) ?? []).map((target) => rank.get(target) ?? 0);
    if (next.length > 0) rank.set(node, Math.max(0, Math.min(...next) - 1));
  }
  return rank;
}

/** Barycentre sweeps: each node moves towards the average row of its neighbours in the columns beside it. */
function orderColumns(
  members: readonly string[],
  links: readonly [string, string][],
  rank: ReadonlyMap<string, number>,
  spine: readonly string[],
): string[][] {
  const width = Math.max(0, ...rank.values()) + 1;
  const columns: string[][] = Array.from({ length: width }, () => []);
  for (const node of members) columns[rank.get(node) ?? 0]?.push(node);
  const neighbours = new Map<string, string[]>(members.map((node) => [node, []]));
  for (const [source, target] of links) {
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  const onSpine = new Set(spine);
  const row = new Map<string, number>();
  const renumber = (column: string[]) => column.forEach((node, index) => row.set(node, index));
  columns.forEach(renumber);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? columns : [...columns].reverse();
    for (const column of order) {
      const weight = new Map<string, number>();
      for (const node of column) {
        const rows = (neighbours.get(node) ?? []).map((other) => row.get(other) ?? 0);
        weight.set(node, rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : (row.get(node) ?? 0));
      }
      column.sort(
        (a, b) =>
          Number(onSpine.has(b)) - Number(onSpine.has(a)) ||
          (weight.get(a) ?? 0) - (weight.get(b) ?? 0) ||
          (a < b ? -1 : a > b ? 1 : 0),
      );
      renumber(column);
    }
  }
  return columns;
}

/**
 * Columns side by side, each centred on the middle row; spine nodes always on the middle row. With
 * `maxColumns`, columns wrap onto further bands below, left to right again.
 */
function placeColumns(
  columns: readonly string[][],
  spine: readonly string[],
  maxColumns: number | undefined,
  maxRows: number | undefined,
): Map<string, Position> {
  const onSpine = new Set(spine);
  const perBand = Math.max(1, maxColumns ?? columns.length);
  const lines = (column: readonly string[]) =>
    maxRows && column.length > maxRows ? Math.min(MAX_STAGGER, Math.ceil(column.length / maxRows)) : 1;
  const tallest = Math.max(1, ...columns.map((column) => column.length / lines(column)));
  const bandHeight = (tallest + 1) * ROW_GAP;
  const positions = new Map<string, Position>();
  let x = 0;
  columns.forEach((column, index) => {
    const band = Math.floor(index / perBand);
    if (index % perBand === 0) x = 0;
    const staggered = lines(column);
    if (staggered > 1 && !column.some((node) => onSpine.has(node))) {
      // In order from top to bottom, each node one line to the right of the one before, cycling through the lines.
      column.forEach((node, i) => {
        const offset = (i - (column.length - 1) / 2) / staggered;
        positions.set(node, { x: x + (i % staggered) * STAGGER_GAP, y: band * bandHeight + offset * ROW_GAP });
      });
      x += COLUMN_GAP + (staggered - 1) * STAGGER_GAP;
      return;
    }
    const others = column.filter((node) => !onSpine.has(node));
    const spineNode = column.find((node) => onSpine.has(node));
    // The spine node takes the middle row; the others alternate below and above it.
    const rows: [string, number][] = spineNode
      ? [
          [spineNode, 0],
          ...others.map((node, i): [string, number] => [node, (i % 2 === 0 ? 1 : -1) * Math.ceil((i + 1) / 2)]),
        ]
      : column.map((node, i): [string, number] => [node, i - (column.length - 1) / 2]);
    for (const [node, offset] of rows) positions.set(node, { x, y: band * bandHeight + offset * ROW_GAP });
    x += COLUMN_GAP;
  });
  return positions;
}
