// What a printed tour handout needs from the data: each step's nodes, and the sources numbered at first use.
import type { AtlasGraph } from '../graph/build-graph';
import type { Tour, TourStep } from './tour-schema';

/** The nodes a step shows: its focus and both ends of each relationship it highlights, each once. */
export function stepNodes(graph: AtlasGraph, step: TourStep): string[] {
  return [
    ...new Set([
      ...step.focus,
      ...step.highlight.flatMap((edge) => (graph.hasEdge(edge) ? graph.extremities(edge) : [])),
    ]),
  ];
}

/** Every source the tour relies on, in the order first used, so reference [n] is `numbered[n - 1]`. */
export function numberedSources(tour: Tour, references: (step: TourStep) => readonly string[]): string[] {
  const order: string[] = [];
  for (const step of tour.steps) for (const id of references(step)) if (!order.includes(id)) order.push(id);
  return order;
}
