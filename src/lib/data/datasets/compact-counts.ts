// A compact graph's summary counts, read from its index arrays alone: how many relationships each node has, and how many
// of each relation join two kinds. The dataset worker takes them, so a large dataset's summary is ready before its
// graph is built on the page.

type Indices = ArrayLike<number>;

export interface CompactCounts {
  /** Relationships per node, by node index. */
  degrees: Uint32Array;
  /** Runs of four numbers: relation index, source kind index, target kind index, how many relationships. */
  relationKinds: Uint32Array;
}

interface CountedGraph {
  kinds: readonly string[];
  nodes: { kinds: Indices };
  edges: { sources: Indices; targets: Indices; relations: Indices };
}

/** One pass over the relationships, by small integers (no names, no graph). */
export function countCompact({ kinds, nodes, edges }: CountedGraph): CompactCounts {
  const degrees = new Uint32Array(nodes.kinds.length);
  const span = Math.max(1, kinds.length);
  // relation × span² + source kind × span + target kind: exact integers for any realistic vocabulary.
  const tally = new Map<number, number>();
  for (let index = 0; index < edges.sources.length; index++) {
    const source = edges.sources[index] ?? 0;
    const target = edges.targets[index] ?? 0;
    degrees[source] = (degrees[source] ?? 0) + 1;
    degrees[target] = (degrees[target] ?? 0) + 1;
    const key = ((edges.relations[index] ?? 0) * span + (nodes.kinds[source] ?? 0)) * span + (nodes.kinds[target] ?? 0);
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const relationKinds = new Uint32Array(tally.size * 4);
  let offset = 0;
  for (const [key, count] of tally) {
    relationKinds.set([Math.floor(key / (span * span)), Math.floor(key / span) % span, key % span, count], offset);
    offset += 4;
  }
  return { degrees, relationKinds };
}

/** Calls `visit` once per relation and pair of kinds with how many relationships of it join them. */
export function forEachRelationKind(
  counts: CompactCounts,
  visit: (relation: number, sourceKind: number, targetKind: number, count: number) => void,
): void {
  const runs = counts.relationKinds;
  for (let offset = 0; offset + 3 < runs.length; offset += 4)
    visit(runs[offset] ?? 0, runs[offset + 1] ?? 0, runs[offset + 2] ?? 0, runs[offset + 3] ?? 0);
}
