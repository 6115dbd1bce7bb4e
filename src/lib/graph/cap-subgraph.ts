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
  // Each node's rank is worked out once, not in every comparison (a hub's neighbourhood has thousands of nodes): its
  // degree, raised above any degree for a preferred node.
  const rank = new Map<string, number>();
  for (const node of visible.nodes) {
    if (!kept.has(node)) rank.set(node, graph.degree(node) + (prefer.has(node) ? 2 * graph.size + 1 : 0));
  }
  const ranked = [...rank.keys()].sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0) || (a < b ? -1 : 1));
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
