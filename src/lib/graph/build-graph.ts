// Builds the graphology model from validated node and edge records.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeRecord, NodeAttributes, NodeRecord } from './types';

export type AtlasGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(nodes: readonly NodeRecord[], edges: readonly EdgeRecord[]): AtlasGraph {
  const graph: AtlasGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const { id, ...attributes } of nodes) graph.addNode(id, attributes);
  for (const { id, source, target, ...attributes } of edges)
    graph.addDirectedEdgeWithKey(id, source, target, attributes);
  return graph;
}
