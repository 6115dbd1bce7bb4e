// A force layout of part of the graph (a group, a filter's result), laid out for itself rather than kept where
// its nodes sit on the whole map.
import type { AtlasGraph } from './build-graph';
import { forceLayout, type Position } from './layout-force';

/** Spread for a few dozen nodes: wide enough that labels of neighbours rarely meet once the part fills the canvas. */
const SUBSET_SCALE = 2.2;
const SUBSET_MARGIN = 30;

/** Positions of `nodes` from a force layout of them and the relationships among them alone. */
export function subsetForceLayout(graph: AtlasGraph, nodes: ReadonlySet<string>): Map<string, Position> {
  const part = graph.nullCopy();
  for (const node of nodes) if (graph.hasNode(node)) part.addNode(node);
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (part.hasNode(source) && part.hasNode(target)) part.addEdgeWithKey(edge, source, target);
  });
  return forceLayout(part, { iterations: 300, nodeMargin: SUBSET_MARGIN, scale: SUBSET_SCALE });
}
