// What a node leads to (downstream) or what leads to it (upstream), a few steps along the direction of the
// relationships, grouped by step so that the chain can be read in order.
import type { AtlasGraph } from './build-graph';
import type { EdgeFilter } from './neighbourhood';
import { flowSteps, type FlowDirection } from './relation-direction';

export const MAX_FLOW_STEPS = 3;
/** Beyond this many nodes a flow stops growing (a hub's flow on a large graph would otherwise be most of it). */
const MAX_FLOW_NODES = 120;
/**
 * Relations that say what a thing is or where it is, not what it does: a flow does not follow them ("NMDA receptor
 * is part of the ionotropic glutamate receptors" is not something that happens after NMDA receptors are blocked).
 */
const NOT_A_CONSEQUENCE = new Set<string>(['is-a', 'part-of', 'located-in', 'expressed-in']);
/** A node with more relationships than this is a hub where everything meets: a flow shows it but does not pass through it. */
const HUB_DEGREE = 25;

interface FlowLevel {
  /** 1 for the relationships of the start itself. */
  step: number;
  /** The relationships that reach this step's nodes from the step before, in the order found. */
  edges: string[];
}

export interface Flow {
  start: string;
  direction: FlowDirection;
  /** The start first, then every node reached, step by step. */
  nodes: string[];
  edges: string[];
  /** How many steps from the start each node is. */
  stepOf: ReadonlyMap<string, number>;
  levels: FlowLevel[];
  /** Whether the flow was cut short at its size limit. */
  truncated: boolean;
}

/**
 * A class's flow also goes through its examples (downstream: what happens at NMDA receptors on interneurons is part of
 * what happens after NMDA receptors are blocked), and an example's flow through its class (upstream: what blocks NMDA
 * receptors blocks those on interneurons). Only from the start, so that a flow never passes from one member to another.
 */
function classSteps(graph: AtlasGraph, start: string, direction: FlowDirection, keepEdge: EdgeFilter) {
  const steps: { edge: string; next: string }[] = [];
  const visit = (edge: string, attributes: { relation: string }, source: string, target: string) => {
    if (attributes.relation !== 'is-a' || !keepEdge(edge)) return;
    if (direction === 'downstream' && target === start) steps.push({ edge, next: source });
    if (direction === 'upstream' && source === start) steps.push({ edge, next: target });
  };
  graph.forEachEdge(start, visit);
  return steps;
}

export function followFlow(
  graph: AtlasGraph,
  start: string,
  direction: FlowDirection,
  steps: number,
  keepEdge: EdgeFilter = () => true,
): Flow | null {
  if (!graph.hasNode(start)) return null;
  const consequence: EdgeFilter = (edge) =>
    keepEdge(edge) && !NOT_A_CONSEQUENCE.has(graph.getEdgeAttribute(edge, 'relation'));
  const stepOf = new Map<string, number>([[start, 0]]);
  const nodes = [start];
  const edges: string[] = [];
  const levels: FlowLevel[] = [];
  let frontier = [start];
  let truncated = false;
  for (let step = 1; step <= Math.min(steps, MAX_FLOW_STEPS) && frontier.length > 0; step++) {
    const level: FlowLevel = { step, edges: [] };
    const reached: string[] = [];
    for (const node of frontier) {
      const next = flowSteps(graph, node, direction, consequence);
      if (step === 1) next.push(...classSteps(graph, start, direction, keepEdge));
      for (const { edge, next: other } of next) {
        const known = stepOf.get(other);
        if (known === undefined) {
          if (nodes.length >= MAX_FLOW_NODES) {
            truncated = true;
            continue;
          }
          stepOf.set(other, step);
          nodes.push(other);
          if (graph.degree(other) <= HUB_DEGREE) reached.push(other);
        } else if (known !== step) continue;
        if (!level.edges.includes(edge)) level.edges.push(edge);
      }
    }
    if (level.edges.length > 0) {
      levels.push(level);
      edges.push(...level.edges);
    }
    frontier = reached;
  }
  return { start, direction, nodes, edges, stepOf, levels, truncated };
}
