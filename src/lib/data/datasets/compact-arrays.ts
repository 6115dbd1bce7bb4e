// The compact graph as a worker hands it over: numbers in typed arrays, moved to the page without copying, and the
// names and metadata as they are.
import type { CompactGraph } from './compact-graph';

export interface CompactArrays extends Omit<CompactGraph, 'nodes' | 'edges'> {
  nodes: { ids: string[]; labels: string[]; kinds: Uint32Array; x: Float64Array; y: Float64Array };
  edges: { sources: Uint32Array; targets: Uint32Array; relations: Uint32Array };
}

/** The typed form of a checked compact graph; positions keep their full precision. */
export function toCompactArrays(graph: CompactGraph): CompactArrays {
  const { nodes, edges } = graph;
  return {
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
}

/** The buffers to transfer with `postMessage`, so the arrays move rather than being copied. */
export function transferList(arrays: CompactArrays): ArrayBuffer[] {
  const { nodes, edges } = arrays;
  return [nodes.kinds, nodes.x, nodes.y, edges.sources, edges.targets, edges.relations].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
