// A force layout of part of the graph (a group, a filter's result), laid out for itself rather than kept where
// its nodes sit on the whole map.
import type { AtlasGraph } from './build-graph';
import { forceLayout, type Position } from './layout-force';

const SUBSET_MARGIN = 30;
/** Typical distance from a node to its nearest neighbour, in layout units: a few node widths, so nodes read. */
const NEIGHBOUR_SPACING = 100;

/** Positions of `nodes` from a force layout of them and the relationships among them alone. */
export function subsetForceLayout(graph: AtlasGraph, nodes: ReadonlySet<string>): Map<string, Position> {
  const part = graph.nullCopy();
  for (const node of nodes) if (graph.hasNode(node)) part.addNode(node);
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (part.hasNode(source) && part.hasNode(target)) part.addEdgeWithKey(edge, source, target);
  });
  const positions = forceLayout(part, { iterations: 300, nodeMargin: SUBSET_MARGIN, scale: 1 });
  const spacing = medianNearestDistance([...positions.values()]);
  if (spacing <= 0) return positions;
  const factor = NEIGHBOUR_SPACING / spacing;
  return new Map([...positions].map(([node, { x, y }]) => [node, { x: x * factor, y: y * factor }]));
}

/** The median distance from a point to its nearest other point (0 for fewer than two). */
function medianNearestDistance(points: readonly Position[]): number {
  if (points.length < 2) return 0;
  const nearest = points.map((point, index) => {
    let best = Infinity;
    points.forEach((other, otherIndex) => {
      if (otherIndex !== index) best = Math.min(best, Math.hypot(point.x - other.x, point.y - other.y));
    });
    return best;
  });
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] ?? 0;
}
