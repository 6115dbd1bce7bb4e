// Builds the graphology model from validated node and edge records: a mixed multigraph, so an edge read from an
// undirected file stays undirected and two relationships between the same nodes stay two.
import type { MultiGraph } from 'graphology';
import { MultiGraph as SafeMultiGraph } from './safe-graph.ts';
import type { EdgeAttributes, EdgeRecord, NodeAttributes, NodeRecord } from './types.ts';
import { inTimeSlices } from '../util/time-slices.ts';

export type AtlasGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

/** An empty atlas graph, prototype-safe for any id; an imported file's self-loops are kept like any edge. */
export function emptyAtlasGraph(): AtlasGraph {
  return new SafeMultiGraph<NodeAttributes, EdgeAttributes>();
}

function addNode(graph: AtlasGraph, { id, ...attributes }: NodeRecord): void {
  graph.addNode(id, attributes);
}

function addEdge(graph: AtlasGraph, { id, source, target, ...attributes }: EdgeRecord): void {
  if (attributes.undirected) graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  else graph.addDirectedEdgeWithKey(id, source, target, attributes);
}

export function buildGraph(nodes: readonly NodeRecord[], edges: readonly EdgeRecord[]): AtlasGraph {
  const graph = emptyAtlasGraph();
  for (const node of nodes) addNode(graph, node);
  for (const edge of edges) addEdge(graph, edge);
  return graph;
}

export interface BuildOptions {
  signal?: AbortSignal | undefined;
  /** How much is built, 0..1, after each slice. */
  onProgress?: ((fraction: number) => void) | undefined;
  /** Sees each relationship as it is added (to count it on the way, say). */
  onEdge?: ((edge: EdgeRecord) => void) | undefined;
  /** Lets the page respond between slices (by default `scheduler.yield()`, else a zero timeout). */
  pause?: (() => Promise<void>) | undefined;
}

/** How many records are added between looks at the clock. */
const CLOCK_EVERY = 256;

/** The same graph, built in slices by the clock with a pause between them; stops at the next slice on cancel. */
export async function buildGraphInSlices(
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  options: BuildOptions = {},
): Promise<AtlasGraph> {
  const graph = emptyAtlasGraph();
  await inTimeSlices(
    nodes.length + edges.length,
    (from, to) => {
      for (let item = from; item < to; item++) {
        if (item < nodes.length) addNode(graph, nodes[item] as NodeRecord);
        else {
          const edge = edges[item - nodes.length] as EdgeRecord;
          addEdge(graph, edge);
          options.onEdge?.(edge);
        }
      }
    },
    { ...options, clockEvery: CLOCK_EVERY },
  );
  return graph;
}
