// Which way a relationship can be followed: along its direction, or either way for symmetric relations.
import type { AtlasGraph } from './build-graph';
import type { EdgeFilter } from './neighbourhood';

/** Relations that say the same thing read from either end ("A is associated with B"). */
const SYMMETRIC = new Set<string>(['associated-with']);

export type FlowDirection = 'downstream' | 'upstream';

export interface FlowStep {
  edge: string;
  /** The node the step arrives at. */
  next: string;
}

/**
 * The steps from `node` in the direction of the relationships (downstream: what it leads to) or against it
 * (upstream: what leads to it); symmetric relations go either way. Sorted by edge id, so results are stable.
 */
export function flowSteps(
  graph: AtlasGraph,
  node: string,
  direction: FlowDirection,
  keepEdge: EdgeFilter = () => true,
): FlowStep[] {
  const steps: FlowStep[] = [];
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (!keepEdge(edge) || source === target) return;
    const leaving = source === node;
    const along = direction === 'downstream' ? leaving : !leaving;
    if (along || SYMMETRIC.has(attributes.relation)) steps.push({ edge, next: leaving ? target : source });
  });
  return steps.sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
}
