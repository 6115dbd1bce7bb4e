// A compact JSON form for large shipped datasets: parallel arrays instead of one object per node and edge,
// with positions computed ahead of time, so a 230k-edge graph downloads, parses and builds quickly.

export interface CompactGraph {
  format: 'synapse-atlas-compact/1';
  meta: {
    id: string;
    name: string;
    description: string;
    licence: string;
    provenance: string;
    citation: { authors: string[]; title: string; journal: string; year: number; doi: string };
    /** The node a first view is centred on. */
    anchor: string;
  };
  /** Node kinds and relations as our vocabulary names; nodes and edges refer to them by index. */
  kinds: string[];
  relations: string[];
  /** Evidence level for each relation, by index. */
  evidence: string[];
  nodes: { ids: string[]; labels: string[]; kinds: number[]; x: number[]; y: number[] };
  edges: { sources: number[]; targets: number[]; relations: number[] };
}

export class CompactGraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompactGraphError';
  }
}

/** Checks the shape cheaply (lengths and index ranges), so a damaged file fails with a plain message. */
export function checkCompactGraph(value: unknown): CompactGraph {
  const graph = value as Partial<CompactGraph> | null;
  if (!graph || graph.format !== 'synapse-atlas-compact/1') {
    throw new CompactGraphError('This is not a Synapse Atlas dataset file (format synapse-atlas-compact/1).');
  }
  const { nodes, edges, kinds, relations, evidence } = graph;
  if (!nodes || !edges || !Array.isArray(kinds) || !Array.isArray(relations) || !Array.isArray(evidence)) {
    throw new CompactGraphError('The dataset file is missing its nodes, edges, kinds or relations.');
  }
  const count = nodes.ids?.length ?? 0;
  for (const field of ['labels', 'kinds', 'x', 'y'] as const) {
    if (nodes[field]?.length !== count)
      throw new CompactGraphError(`The dataset's nodes.${field} has the wrong length.`);
  }
  const edgeCount = edges.sources?.length ?? 0;
  if (edges.targets?.length !== edgeCount || edges.relations?.length !== edgeCount) {
    throw new CompactGraphError("The dataset's edge lists have different lengths.");
  }
  for (let index = 0; index < edgeCount; index++) {
    const source = edges.sources[index] ?? -1;
    const target = edges.targets[index] ?? -1;
    if (source < 0 || source >= count || target < 0 || target >= count) {
      throw new CompactGraphError(`Edge ${index + 1} of the dataset refers to a node that does not exist.`);
    }
  }
  return graph as CompactGraph;
}
