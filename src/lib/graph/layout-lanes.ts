// "Lanes": node kinds in columns, from drugs on the left to conditions and symptoms on the right,
// with each column ordered to reduce crossings, so a mechanism reads left to right.
import type { AtlasGraph } from './build-graph';
import type { Position } from '../util/position';
import type { NodeKind } from './types';
import { labelOrder } from '../util/label-order';

const LANES: readonly (readonly NodeKind[])[] = [
  ['drug'],
  ['drug-class', 'treatment'],
  ['receptor', 'transporter', 'enzyme', 'gene'],
  ['neurotransmitter', 'cell-type', 'brain-region', 'anatomy'],
  ['mechanism'],
  ['risk-factor', 'condition'],
  ['symptom'],
];

const COLUMN_GAP = 260;
const ROW_GAP = 70;
const SWEEPS = 4;

function laneOf(kind: NodeKind): number {
  const index = LANES.findIndex((lane) => lane.includes(kind));
  return index === -1 ? LANES.length : index;
}

/** A column of the lanes layout: the kinds in it (those present) and where it stands. */
export interface Lane {
  kinds: NodeKind[];
  x: number;
  /** The top of the column's first node. */
  top: number;
}

/**
 * Each shown node's shown neighbours, found once for all sweeps: from a hub of a large graph (thousands of
 * neighbours) by asking about each shown node instead of walking every neighbour.
 */
function neighboursAmong(graph: AtlasGraph, nodes: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const node of nodes) {
    const list: string[] = [];
    if (graph.degree(node) > nodes.size) {
      for (const other of nodes) if (graph.areNeighbors(node, other)) list.push(other);
    } else {
      graph.forEachNeighbor(node, (other) => {
        if (nodes.has(other)) list.push(other);
      });
    }
    found.set(node, list);
  }
  return found;
}

export function lanesLayout(graph: AtlasGraph, nodes: ReadonlySet<string>): Map<string, Position> {
  return lanesWithColumns(graph, nodes).positions;
}

/** The lanes layout, and its columns so they can be given headings. */
export function lanesWithColumns(
  graph: AtlasGraph,
  nodes: ReadonlySet<string>,
): { positions: Map<string, Position>; lanes: Lane[] } {
  const columns: string[][] = [];
  for (const node of [...nodes].sort()) {
    const lane = laneOf(graph.getNodeAttribute(node, 'kind'));
    (columns[lane] ??= []).push(node);
  }
  const used = columns.filter((column) => column && column.length > 0);
  const row = new Map<string, number>();
  for (const column of used) {
    column.sort((a, b) => labelOrder.compare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')));
    column.forEach((node, index) => row.set(node, index));
  }

  // Barycentre sweeps: place each node near the average row of its visible neighbours.
  const shownNeighbours = neighboursAmong(graph, nodes);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const column of used) {
      const weight = new Map<string, number>();
      for (const node of column) {
        const neighbourRows = (shownNeighbours.get(node) ?? []).map((other) => row.get(other) ?? 0);
        const own = row.get(node) ?? 0;
        weight.set(node, neighbourRows.length ? neighbourRows.reduce((a, b) => a + b, 0) / neighbourRows.length : own);
      }
      column.sort((a, b) => (weight.get(a) ?? 0) - (weight.get(b) ?? 0) || a.localeCompare(b));
      column.forEach((node, index) => row.set(node, index));
    }
  }

  const positions = new Map<string, Position>();
  const lanes: Lane[] = [];
  const tallest = Math.max(...used.map((column) => column.length));
  used.forEach((column, columnIndex) => {
    const offset = ((tallest - column.length) * ROW_GAP) / 2;
    column.forEach((node, index) => {
      positions.set(node, { x: columnIndex * COLUMN_GAP, y: offset + index * ROW_GAP });
    });
    const kinds = [...new Set(column.map((node) => graph.getNodeAttribute(node, 'kind')))];
    lanes.push({
      kinds: (LANES[laneOf(kinds[0] ?? '')] ?? kinds).filter((kind) => kinds.includes(kind)),
      x: columnIndex * COLUMN_GAP,
      top: offset,
    });
  });
  return { positions, lanes };
}
