// Keeps a drawable part of a very large visible subgraph: the best-connected nodes and the edges among them.
import type { EdgeKeys } from './all-edges';
import type { AtlasGraph } from './build-graph';
import { forEachEdgeFrom } from './edges-from';
import type { VisibleSubgraph } from './visible-subgraph';

export interface DrawLimits {
  maxNodes: number;
  maxEdges: number;
}

export interface CappedSubgraph {
  nodes: Set<string>;
  edges: EdgeKeys;
  omittedNodes: number;
  omittedEdges: number;
}

/**
 * Nodes in `keep` (selection, path ends) always stay; then those in `prefer` (the focus's neighbours, say), then the
 * rest, each group ranked by degree, ties by id.
 */
export function capSubgraph(
  graph: AtlasGraph,
  visible: Pick<VisibleSubgraph, 'nodes' | 'edges'>,
  limits: DrawLimits,
  keep: readonly string[] = [],
  prefer: ReadonlySet<string> = new Set(),
): CappedSubgraph {
  if (visible.nodes.size <= limits.maxNodes && visible.edges.size <= limits.maxEdges) {
    return { nodes: visible.nodes, edges: visible.edges, omittedNodes: 0, omittedEdges: 0 };
  }
  const kept = new Set(keep.filter((node) => visible.nodes.has(node)));
  const ranked = [...visible.nodes]
    .filter((node) => !kept.has(node))
    .sort(
      (a, b) => Number(prefer.has(b)) - Number(prefer.has(a)) || graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1),
    );
  for (const node of ranked) {
    if (kept.size >= limits.maxNodes) break;
    kept.add(node);
  }
  const edges = new Set<string>();
  // Edges touching the kept-on-purpose nodes first, then the rest, until the budget is spent.
  const priority = new Set(keep);
  // Gathered from the kept nodes' own relationships: the visible ones may be most of a very large graph.
  const among = new Set<string>();
  forEachEdgeFrom(graph, kept, (edge, _attributes, source, target) => {
    if (kept.has(source) && kept.has(target) && visible.edges.has(edge)) among.add(edge);
  });
  const candidates = [...among];
  candidates.sort(
    (a, b) =>
      Number(priority.has(graph.source(b)) || priority.has(graph.target(b))) -
      Number(priority.has(graph.source(a)) || priority.has(graph.target(a))),
  );
  for (const edge of candidates) {
    if (edges.size >= limits.maxEdges) break;
    edges.add(edge);
  }
  return {
    nodes: kept,
    edges,
    omittedNodes: visible.nodes.size - kept.size,
    omittedEdges: visible.edges.size - edges.size,
  };
}
