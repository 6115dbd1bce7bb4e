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
  /** Lets the page respond between slices; by default a zero timeout. */
  pause?: (() => Promise<void>) | undefined;
}

/** How long a slice runs before the page may respond (well under 50 ms, even on a slow machine). */
const SLICE_MS = 30;
/** How many records are added between looks at the clock. */
const CLOCK_EVERY = 256;

/** The same graph, built in slices by the clock with a pause between them; stops at the next slice on cancel. */
export async function buildGraphInSlices(
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  options: BuildOptions = {},
): Promise<AtlasGraph> {
  const graph = emptyAtlasGraph();
  const total = nodes.length + edges.length;
  let item = 0;
  while (item < total) {
    options.signal?.throwIfAborted();
    const sliceStart = performance.now();
    do {
      const end = Math.min(total, item + CLOCK_EVERY);
      for (; item < end; item++) {
        const node = nodes[item];
        if (node) addNode(graph, node);
        else {
          const edge = edges[item - nodes.length] as EdgeRecord;
          addEdge(graph, edge);
          options.onEdge?.(edge);
        }
      }
    } while (item < total && performance.now() - sliceStart < SLICE_MS);
    options.onProgress?.(item / total);
    await (options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0))))();
  }
  return graph;
}
