// The names of the network measures and how each appears as an attribute column, apart from the code that computes
// them (which loads only when the reader asks for measures).
import type { AttributeColumn } from './attribute-schema';

const MEASURES = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'component', 'community'] as const;
export type Measure = (typeof MEASURES)[number];

/** The steps of a run, cheapest first: communities colour a large graph long before betweenness is done. */
export const MEASURE_STEPS = ['degree', 'community', 'component', 'pagerank', 'betweenness'] as const;
export type MeasureStep = (typeof MEASURE_STEPS)[number];

/** What each step computes, as running text says it ("Computing communities…"). */
export const STEP_NAMES: Readonly<Record<MeasureStep, string>> = {
  degree: 'degree',
  community: 'communities',
  component: 'components',
  pagerank: 'PageRank',
  betweenness: 'betweenness',
};

/** The measures computed so far (they arrive one step at a time), by node id. */
export interface MeasuresResult {
  values: ReadonlyMap<Measure, ReadonlyMap<string, number>>;
  /** Of the Louvain communities (−0.5 to 1; above 0.3 is a clear community structure), once they are found. */
  modularity?: number | undefined;
  /** How many source nodes betweenness was estimated from, when the graph was too large to compute it exactly. */
  estimatedFrom?: number | undefined;
}

/** How each measure appears as an attribute: its column, and a sentence saying what it means. */
const MEASURE_COLUMNS: Readonly<Record<Measure, AttributeColumn & { about: string }>> = {
  degree: { name: 'Degree', type: 'integer', about: 'how many relationships a node has' },
  weightedDegree: {
    name: 'Weighted degree',
    type: 'double',
    about: 'the sum of the weights of its relationships (1 each where there is no weight)',
  },
  betweenness: {
    name: 'Betweenness',
    type: 'double',
    about: 'how often it lies on the shortest paths between other nodes (0 to 1)',
  },
  pagerank: { name: 'PageRank', type: 'double', about: 'how much it is pointed to by nodes that are pointed to' },
  component: {
    name: 'Component',
    type: 'integer',
    about: 'which connected part of the graph it is in (1 is the largest)',
  },
  community: { name: 'Community', type: 'integer', about: 'its Louvain community: nodes more linked to each other' },
};

/** The measures found so far, in column order. */
export function measuredColumns(
  result: MeasuresResult,
): { measure: Measure; column: AttributeColumn & { about: string } }[] {
  return MEASURES.filter((measure) => result.values.has(measure)).map((measure) => {
    const column = MEASURE_COLUMNS[measure];
    if (measure !== 'betweenness' || result.estimatedFrom === undefined) return { measure, column };
    const sample = result.estimatedFrom.toLocaleString('en');
    return {
      measure,
      column: {
        ...column,
        name: `${column.name} (estimated from ${sample} nodes)`,
        about: `${column.about}, estimated from shortest paths out of ${sample} randomly chosen nodes`,
      },
    };
  });
}
