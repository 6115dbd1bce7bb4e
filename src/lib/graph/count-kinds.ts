// How many nodes of each kind a graph has, in the vocabulary's order (kinds with no nodes left out).
import type { AtlasGraph } from './build-graph';
import { compareKinds } from './kind-order';
import type { NodeKind } from './types';

export interface KindCount {
  kind: NodeKind;
  count: number;
}

export function countKinds(graph: AtlasGraph): KindCount[] {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_node, attributes) => {
    counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1);
  });
  return [...counts].sort(([a], [b]) => compareKinds(a, b)).map(([kind, count]) => ({ kind, count }));
}
