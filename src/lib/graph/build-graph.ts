// Builds the graphology model from validated node and edge records: a mixed multigraph, so an edge read from an
// undirected file stays undirected and two relationships between the same nodes stay two.
import type { MultiGraph } from 'graphology';
import { MultiGraph as SafeMultiGraph } from './safe-graph.ts';
import type { EdgeAttributes, EdgeRecord, NodeAttributes, NodeRecord } from './types.ts';

export type AtlasGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

/** An empty atlas graph, prototype-safe for any id; an imported file's self-loops are kept like any edge. */
export function emptyAtlasGraph(): AtlasGraph {
  return new SafeMultiGraph<NodeAttributes, EdgeAttributes>();
}

export function buildGraph(nodes: readonly NodeRecord[], edges: readonly EdgeRecord[]): AtlasGraph {
  const graph = emptyAtlasGraph();
  for (const { id, ...attributes } of nodes) graph.addNode(id, attributes);
  for (const { id, source, target, ...attributes } of edges)
    if (attributes.undirected) graph.addUndirectedEdgeWithKey(id, source, target, attributes);
    else graph.addDirectedEdgeWithKey(id, source, target, attributes);
  return graph;
}
