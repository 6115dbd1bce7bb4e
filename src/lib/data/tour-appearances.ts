// The tour steps where a node appears: as a step's focus, or at either end of a relationship the step highlights.
import type { Tour } from './tour-schema';

export interface TourAppearance {
  tourId: string;
  tourTitle: string;
  /** 1-based, as tour links count steps. */
  step: number;
  stepTitle: string;
}

/** `ends` gives an edge's source and target (edge ids are `source|relation|target`, but the graph is the authority). */
export function tourAppearances(
  tours: readonly Tour[],
  node: string,
  ends: (edge: string) => readonly string[],
): TourAppearance[] {
  return tours.flatMap((tour) =>
    tour.steps.flatMap((step, index) =>
      step.focus.includes(node) || step.highlight.some((edge) => ends(edge).includes(node))
        ? [{ tourId: tour.id, tourTitle: tour.title, step: index + 1, stepTitle: step.title }]
        : [],
    ),
  );
}
