// The compact graph as a worker hands it over: numbers in typed arrays, moved to the page without copying, the names
// and metadata as they are, and the summary's counts taken from the arrays.
import { countCompact, type CompactCounts } from './compact-counts';
import type { CompactGraph } from './compact-graph';

export interface CompactArrays extends Omit<CompactGraph, 'nodes' | 'edges'> {
  nodes: { ids: string[]; labels: string[]; kinds: Uint32Array; x: Float64Array; y: Float64Array };
  edges: { sources: Uint32Array; targets: Uint32Array; relations: Uint32Array };
  counts: CompactCounts;
}

/** The typed form of a checked compact graph; positions keep their full precision. */
export function toCompactArrays(graph: CompactGraph): CompactArrays {
  const { nodes, edges } = graph;
  const arrays = {
    format: graph.format,
    meta: graph.meta,
    kinds: graph.kinds,
    relations: graph.relations,
    evidence: graph.evidence,
    nodes: {
      ids: nodes.ids,
      labels: nodes.labels,
      kinds: Uint32Array.from(nodes.kinds),
      x: Float64Array.from(nodes.x),
      y: Float64Array.from(nodes.y),
    },
    edges: {
      sources: Uint32Array.from(edges.sources),
      targets: Uint32Array.from(edges.targets),
      relations: Uint32Array.from(edges.relations),
    },
  };
  return { ...arrays, counts: countCompact(arrays) };
}

/** The buffers to transfer with `postMessage`, so the arrays move rather than being copied. */
export function transferList(arrays: CompactArrays): ArrayBuffer[] {
  const { nodes, edges, counts } = arrays;
  const buffers = [nodes.kinds, nodes.x, nodes.y, edges.sources, edges.targets, edges.relations];
  return [...buffers, counts.degrees, counts.relationKinds].map((array) => array.buffer as ArrayBuffer);
}
