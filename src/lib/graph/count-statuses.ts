// How many drugs a graph has of each status (approved, investigational, …); statuses no drug has are left out.
import type { AtlasGraph } from './build-graph';
import { DRUG_STATUSES, type DrugStatus } from './types';

export type StatusCounts = Partial<Record<DrugStatus, number>>;

export function countStatuses(graph: AtlasGraph): StatusCounts {
  const counts: StatusCounts = {};
  graph.forEachNode((_node, attributes) => {
    if (attributes.status) counts[attributes.status.value] = (counts[attributes.status.value] ?? 0) + 1;
  });
  return counts;
}

/** The statuses present, in their usual order. */
export function presentStatuses(counts: StatusCounts): DrugStatus[] {
  return DRUG_STATUSES.filter((status) => (counts[status] ?? 0) > 0);
}
