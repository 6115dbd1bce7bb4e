// How many nodes of each kind a graph has, in the vocabulary's order (kinds with no nodes left out).
import type { AtlasGraph } from './build-graph';
import { NODE_KINDS, type NodeKind } from './types';

export interface KindCount {
  kind: NodeKind;
  count: number;
}

export function countKinds(graph: AtlasGraph): KindCount[] {
  const counts: Partial<Record<NodeKind, number>> = {};
  graph.forEachNode((_node, attributes) => {
    counts[attributes.kind] = (counts[attributes.kind] ?? 0) + 1;
  });
  return NODE_KINDS.flatMap((kind) => (counts[kind] ? [{ kind, count: counts[kind] }] : []));
}
