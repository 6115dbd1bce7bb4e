// The relationships that start at any of a set of nodes: what a small view of a large graph is gathered from, rather
// than from every relationship of the graph.
import type { AtlasGraph } from './build-graph';
import type { EdgeAttributes } from './types';

type EdgeCallback = (edge: string, attributes: EdgeAttributes, source: string, target: string) => void;

/** Directed relationships from their source, undirected ones from either end (so one of those may come twice). */
export function forEachEdgeFrom(graph: AtlasGraph, nodes: Iterable<string>, callback: EdgeCallback): void {
  for (const node of nodes) {
    graph.forEachOutEdge(node, callback);
    graph.forEachUndirectedEdge(node, callback);
  }
}
