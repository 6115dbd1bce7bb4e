// Betweenness estimated from a seeded random sample of source nodes (Brandes with k pivots, scaled by n/k), for graphs
// where the exact measure (a shortest-path search from every node, about V·E steps) would take minutes.
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type { AbstractGraph } from 'graphology-types';
import { seededRandom } from '../util/hash';

/**
 * Above this many node × edge steps betweenness is estimated. A search from every node costs about 13 ns a step (the
 * wide Hetionet dataset, 11,899 × 230,883 = 2.7·10⁹ steps, took 35 s in Node), so an exact run stays under about
 * 3 s; the curated graph (~10⁵ steps) and the Hetionet depression extract (4.6·10⁷) stay exact.
 */
const EXACT_BETWEENNESS_STEPS = 2.5e8;
/** How many source nodes an estimate searches from: about a second of work on the wide Hetionet dataset. */
export const BETWEENNESS_SAMPLE = 500;

/** How many source nodes betweenness is computed from: every node (exact) up to the limit, else a sample. */
export function betweennessSources(order: number, size: number): number {
  return order * size <= EXACT_BETWEENNESS_STEPS ? order : Math.min(order, BETWEENNESS_SAMPLE);
}

/** `count` distinct node positions out of `order`, the same for the same seed (a partial Fisher–Yates shuffle). */
export function sampleSources(order: number, count: number, seed: number): Uint32Array {
  const positions = Uint32Array.from({ length: order }, (_value, index) => index);
  const random = seededRandom(seed);
  const taken = Math.min(count, order);
  for (let index = 0; index < taken; index++) {
    const other = index + Math.floor(random() * (order - index));
    const swap = positions[index] ?? 0;
    positions[index] = positions[other] ?? 0;
    positions[other] = swap;
  }
  return positions.slice(0, taken);
}

export interface SampleOptions {
  /** Seeds the choice of sources, so the same graph always gets the same estimate. */
  seed?: number;
  /** Edge lengths for the shortest paths (as graphology-metrics' betweenness reads them). */
  weight?: string;
  /** Hears the fraction of the sources searched, now and then. */
  onProgress?: (fraction: number) => void;
}

/**
 * Normalised betweenness of each node (by its position in `graph.nodes()`) from `count` sources: the dependencies
 * each sampled source gives every other node, summed and scaled by n/k, then normalised as graphology-metrics does
 * (1 / ((n − 1)(n − 2))). With every node as a source it is the exact value.
 */
export function sampledBetweenness(graph: AbstractGraph, count: number, options: SampleOptions = {}): Float64Array {
  const order = graph.order;
  const sources = sampleSources(order, count, options.seed ?? order);
  const brandes = createDijkstraIndexedBrandes(graph, options.weight ?? 'weight');
  const delta = new Float64Array(order);
  const centrality = new Float64Array(order);
  const every = Math.max(1, Math.floor(sources.length / 100));
  sources.forEach((source, done) => {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const node = stack.pop() ?? 0;
      const coefficient = (1 + (delta[node] ?? 0)) / (sigma[node] ?? 1);
      for (const before of predecessors[node] ?? [])
        delta[before] = (delta[before] ?? 0) + (sigma[before] ?? 0) * coefficient;
      if (node !== source) centrality[node] = (centrality[node] ?? 0) + (delta[node] ?? 0);
    }
    if ((done + 1) % every === 0) options.onProgress?.((done + 1) / sources.length);
  });
  const scale = order <= 2 || sources.length === 0 ? 1 : order / sources.length / ((order - 1) * (order - 2));
  return centrality.map((value) => value * scale);
}
