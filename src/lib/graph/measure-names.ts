// The names of the network measures and how each appears as an attribute column, apart from the code that computes
// them (which loads only when the reader asks for measures).
import type { AttributeColumn } from './attribute-schema';

export const MEASURES = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'component', 'community'] as const;
export type Measure = (typeof MEASURES)[number];

/** How each measure appears as an attribute: its column, and a sentence saying what it means. */
export const MEASURE_COLUMNS: Readonly<Record<Measure, AttributeColumn & { about: string }>> = {
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
