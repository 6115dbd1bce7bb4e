// The measures people reach for first on a network (degree, weighted degree, betweenness, PageRank, connected
// components, Louvain communities), computed with graphology's own libraries on a compact copy of the graph that a
// Web Worker can receive, and keyed by position so any node id is safe.
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AbstractGraph } from 'graphology-types';
import { seededRandom } from '../util/hash';
import { IndexKeys } from './index-keys';
import { MEASURES, type Measure } from './measure-names';
import { Graph } from './safe-graph';

/** A graph as plain arrays (node positions 0…order−1), which a worker receives without copying objects. */
export interface MeasureInput {
  order: number;
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  /** 1 for an undirected edge. */
  undirected: Uint8Array;
}

/** One value per node position for each measure, and the modularity of the communities. */
export type MeasureValues = Record<Measure, Float64Array> & { modularity: number };

/** The graph's edges as arrays; `weightOf` gives each edge's weight (1 where it has none). */
export function measureInput(
  graph: AbstractGraph,
  weightOf: (edge: string) => number,
): { input: MeasureInput; keys: IndexKeys } {
  const keys = new IndexKeys(graph.nodes());
  const size = graph.size;
  const input: MeasureInput = {
    order: graph.order,
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
  };
  let index = 0;
  graph.forEachEdge((edge, _attributes, source, target, _s, _t, undirected) => {
    input.sources[index] = Number(keys.key(source));
    input.targets[index] = Number(keys.key(target));
    const weight = weightOf(edge);
    input.weights[index] = Number.isFinite(weight) && weight > 0 ? weight : 1;
    input.undirected[index] = undirected ? 1 : 0;
    index++;
  });
  return { input, keys };
}

/** A simple graph for the path measures: directed when any edge is (undirected edges then count both ways). */
function simpleGraph(input: MeasureInput, directed: boolean): AbstractGraph {
  const graph = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: false });
  for (let node = 0; node < input.order; node++) graph.addNode(String(node));
  const join = (source: number, target: number, weight: number) => {
    if (source === target) return;
    graph.updateEdge(String(source), String(target), (attributes) => ({
      weight: Number(attributes.weight ?? 0) + weight,
    }));
  };
  for (let edge = 0; edge < input.sources.length; edge++) {
    const [source, target, weight] = [input.sources[edge] ?? 0, input.targets[edge] ?? 0, input.weights[edge] ?? 1];
    join(source, target, weight);
    if (directed && input.undirected[edge] === 1) join(target, source, weight);
  }
  return graph;
}

const perNode = (order: number, mapping: Readonly<Record<string, number>>) =>
  Float64Array.from({ length: order }, (_value, node) => mapping[String(node)] ?? 0);

/** Every measure, in the order listed; `onProgress` hears after each one (a fraction of the work done). */
export function computeMeasures(input: MeasureInput, onProgress: (fraction: number) => void = () => {}): MeasureValues {
  const { order } = input;
  const degree = new Float64Array(order);
  const weightedDegree = new Float64Array(order);
  for (let edge = 0; edge < input.sources.length; edge++)
    for (const end of [input.sources[edge] ?? 0, input.targets[edge] ?? 0]) {
      degree[end] = (degree[end] ?? 0) + 1;
      weightedDegree[end] = (weightedDegree[end] ?? 0) + (input.weights[edge] ?? 1);
    }
  onProgress(0.05);

  const directed = input.undirected.some((flag) => flag === 0);
  const paths = simpleGraph(input, directed);
  const undirected = directed ? simpleGraph(input, false) : paths;
  const component = new Float64Array(order);
  connectedComponents(undirected)
    .sort((a, b) => b.length - a.length)
    .forEach((members, index) => members.forEach((node) => (component[Number(node)] = index + 1)));
  onProgress(0.1);

  const betweennessValues = perNode(order, betweenness(paths, { normalized: true }));
  onProgress(0.7);
  const pagerankValues = perNode(order, pagerank(paths, { getEdgeWeight: 'weight' }));
  onProgress(0.8);

  // Communities from a seeded run, so the same graph always gets the same communities; numbered by size.
  const detailed = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: seededRandom(order) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(detailed.communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const ranked = new Map(
    [...sizes]
      .sort(([a, sizeA], [b, sizeB]) => sizeB - sizeA || a - b)
      .map(([community], index) => [community, index + 1]),
  );
  const community = perNode(
    order,
    Object.fromEntries(Object.entries(detailed.communities).map(([node, id]) => [node, ranked.get(id) ?? 0])),
  );
  onProgress(1);
  return {
    degree,
    weightedDegree,
    betweenness: betweennessValues,
    pagerank: pagerankValues,
    component,
    community,
    modularity: detailed.modularity,
  };
}

/** The values of each measure by node id. */
export function measuresByNode(values: MeasureValues, keys: IndexKeys): Map<Measure, Map<string, number>> {
  return new Map(
    MEASURES.map((measure) => [
      measure,
      new Map(keys.ids.map((id, index) => [id, values[measure][index] ?? 0] as const)),
    ]),
  );
}
