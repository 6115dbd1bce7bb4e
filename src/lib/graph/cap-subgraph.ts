// Keeps a drawable part of a very large visible subgraph: the best-connected nodes and the edges among them.
import type { EdgeKeys } from './all-edges';
import type { AtlasGraph } from './build-graph';
import { forEachEdgeAmong, outIndexOf } from './out-index';
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
 * The `room` best of `nodes` not already `kept`, best first: preferred nodes before the rest, each by degree, ties
 * by id. Each node's rank is worked out once, and only the nodes at or above the last place's rank are sorted (a
 * hub's neighbourhood has thousands of nodes, of which a few hundred are drawn).
 */
function bestRanked(
  graph: AtlasGraph,
  nodes: ReadonlySet<string>,
  kept: ReadonlySet<string>,
  prefer: ReadonlySet<string>,
  room: number,
): string[] {
  if (room <= 0) return [];
  const candidates = [...nodes].filter((node) => !kept.has(node));
  // Above any degree for a preferred node.
  const bonus = 2 * graph.size + 1;
  const ranks = Float64Array.from(candidates, (node) => graph.degree(node) + (prefer.has(node) ? bonus : 0));
  const lowest =
    room >= candidates.length ? -Infinity : (Float64Array.from(ranks).sort()[candidates.length - room] ?? 0);
  const places = candidates.flatMap((_node, place) => ((ranks[place] ?? 0) >= lowest ? [place] : []));
  places.sort((a, b) => (ranks[b] ?? 0) - (ranks[a] ?? 0) || ((candidates[a] ?? '') < (candidates[b] ?? '') ? -1 : 1));
  return places.slice(0, room).map((place) => candidates[place] ?? '');
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
  for (const node of bestRanked(graph, visible.nodes, kept, prefer, limits.maxNodes - kept.size)) kept.add(node);
  const edges = new Set<string>();
  // Edges touching the kept-on-purpose nodes first, then the rest, until the budget is spent.
  const priority = new Set(keep);
  // Gathered from the kept nodes' own relationships: the visible ones may be most of a very large graph.
  const first: string[] = [];
  const rest: string[] = [];
  forEachEdgeAmong(outIndexOf(graph), kept, kept, (edge, _attributes, source, target) => {
    if (!visible.edges.has(edge)) return;
    (priority.has(source) || priority.has(target) ? first : rest).push(edge);
  });
  for (const edge of [...first, ...rest]) {
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
