// The measures people reach for first on a network (degree, weighted degree, Louvain communities, connected
// components, PageRank, betweenness), computed cheapest first with graphology's own libraries on a compact copy of the
// graph that a Web Worker can receive, keyed by position so any node id is safe. Each step reports its measures as
// soon as it is done; on large graphs betweenness is estimated from a sample of source nodes (betweenness-sample.ts).
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AbstractGraph } from 'graphology-types';
import { seededRandom } from '../util/hash';
import { forEachInTimeSlices } from '../util/time-slices';
import { betweennessSources, sampledBetweenness } from './betweenness-sample';
import { IndexKeys } from './index-keys';
import { MEASURE_STEPS, type Measure, type MeasureStep } from './measure-names';
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

/** What one step found: one value per node position for each of its measures. */
export interface MeasurePart {
  step: MeasureStep;
  values: Partial<Record<Measure, Float64Array>>;
  /** Of the communities, with the communities. */
  modularity?: number;
  /** With betweenness: how many source nodes it was computed from when it is an estimate. */
  estimatedFrom?: number;
}

/** Every measure by node position, the modularity of the communities and, when estimated, betweenness's sample. */
export type MeasureValues = Record<Measure, Float64Array> & { modularity: number; estimatedFrom?: number };

/** What a run tells as it goes. */
export interface MeasureListener {
  /** A step starts, with the fraction of the work done before it (and for an estimated betweenness, its sample). */
  onStep?(step: MeasureStep, fraction: number, estimatedFrom?: number): void;
  /** Within a long step: the fraction of the whole work done. */
  onProgress?(fraction: number): void;
  /** A step is done: its measures. */
  onPart?(part: MeasurePart): void;
}

/** The graph's edges as arrays; `weightOf` gives each edge's weight (1 where it has none). */
export function measureInput(
  graph: AbstractGraph,
  weightOf: (edge: string) => number,
): { input: MeasureInput; keys: IndexKeys } {
  const reader = inputReader(graph, weightOf);
  graph.forEachEdge((edge, _attributes, source, target, _s, _t, undirected) =>
    reader.add({ edge, source, target, undirected }),
  );
  return reader.arrays;
}

/** `measureInput` a slice of about 30 ms at a time, so the page can respond while a large graph is read; cancellable. */
export async function measureInputInSlices(
  graph: AbstractGraph,
  weightOf: (edge: string) => number,
  signal?: AbortSignal,
): Promise<{ input: MeasureInput; keys: IndexKeys }> {
  const reader = inputReader(graph, weightOf);
  await forEachInTimeSlices(graph.edgeEntries(), graph.size, reader.add, { signal });
  return reader.arrays;
}

interface EdgeEnds {
  edge: string;
  source: string;
  target: string;
  undirected: boolean;
}

/** Arrays sized for the graph as it is now, filled one relationship at a time in the graph's order. */
function inputReader(graph: AbstractGraph, weightOf: (edge: string) => number) {
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
  return {
    arrays: { input, keys },
    add: ({ edge, source, target, undirected }: EdgeEnds): void => {
      if (index >= size) return;
      input.sources[index] = Number(keys.key(source));
      input.targets[index] = Number(keys.key(target));
      const weight = weightOf(edge);
      input.weights[index] = Number.isFinite(weight) && weight > 0 ? weight : 1;
      input.undirected[index] = undirected ? 1 : 0;
      index++;
    },
  };
}

/**
 * A simple graph for the path and community measures: directed when any edge is (undirected edges then count both
 * ways), parallel edges merged into one whose weight is their sum, edges added in the order first met.
 */
function simpleGraph(input: MeasureInput, directed: boolean): AbstractGraph {
  const { order } = input;
  const pairs = new Map<number, number>();
  const ends: number[] = [];
  const weights: number[] = [];
  const join = (source: number, target: number, weight: number) => {
    if (source === target) return;
    const key = directed ? source * order + target : Math.min(source, target) * order + Math.max(source, target);
    const found = pairs.get(key);
    if (found !== undefined) weights[found] = (weights[found] ?? 0) + weight;
    else {
      pairs.set(key, weights.length);
      weights.push(weight);
      ends.push(source, target);
    }
  };
  for (let edge = 0; edge < input.sources.length; edge++) {
    const [source, target, weight] = [input.sources[edge] ?? 0, input.targets[edge] ?? 0, input.weights[edge] ?? 1];
    join(source, target, weight);
    if (directed && input.undirected[edge] === 1) join(target, source, weight);
  }
  const graph = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: false });
  const ids = Array.from({ length: order }, (_value, node) => String(node));
  for (const id of ids) graph.addNode(id);
  weights.forEach((weight, index) =>
    graph.addEdge(ids[ends[2 * index] ?? 0], ids[ends[2 * index + 1] ?? 0], { weight }),
  );
  return graph;
}

const perNode = (order: number, mapping: Readonly<Record<string, number>>) =>
  Float64Array.from({ length: order }, (_value, node) => mapping[String(node)] ?? 0);

/** Louvain communities from a seeded run (the same graph always gets the same ones), numbered by size from 1. */
function communities(undirected: AbstractGraph): { community: Float64Array; modularity: number } {
  const detailed = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: seededRandom(undirected.order) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(detailed.communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const ranked = new Map(
    [...sizes]
      .sort(([a, sizeA], [b, sizeB]) => sizeB - sizeA || a - b)
      .map(([community], index) => [community, index + 1]),
  );
  const community = perNode(
    undirected.order,
    Object.fromEntries(Object.entries(detailed.communities).map(([node, id]) => [node, ranked.get(id) ?? 0])),
  );
  return { community, modularity: detailed.modularity };
}

/** Roughly how long each step takes, in graph builds (one build of a 230,000-edge graph takes about a second). */
function stepCosts(sources: number): Record<MeasureStep, number> {
  return { degree: 0.01, community: 1.2, component: 0.3, pagerank: 1.5, betweenness: 0.003 * sources };
}

/** Every measure, cheapest first, telling `listener` as it goes; returns them all. */
export function computeMeasures(input: MeasureInput, listener: MeasureListener = {}): MeasureValues {
  const { order } = input;
  const sources = betweennessSources(order, input.sources.length);
  const costs = stepCosts(sources);
  const total = MEASURE_STEPS.reduce((sum, step) => sum + costs[step], 0);
  let done = 0;
  const found: Partial<MeasureValues> = {};
  const begin = (step: MeasureStep) =>
    step === 'betweenness' && sources < order
      ? listener.onStep?.(step, done / total, sources)
      : listener.onStep?.(step, done / total);
  const finish = (part: MeasurePart) => {
    Object.assign(found, part.values);
    if (part.modularity !== undefined) found.modularity = part.modularity;
    if (part.estimatedFrom !== undefined) found.estimatedFrom = part.estimatedFrom;
    done += costs[part.step];
    listener.onPart?.(part);
    listener.onProgress?.(done / total);
  };

  begin('degree');
  const degree = new Float64Array(order);
  const weightedDegree = new Float64Array(order);
  for (let edge = 0; edge < input.sources.length; edge++)
    for (const end of [input.sources[edge] ?? 0, input.targets[edge] ?? 0]) {
      degree[end] = (degree[end] ?? 0) + 1;
      weightedDegree[end] = (weightedDegree[end] ?? 0) + (input.weights[edge] ?? 1);
    }
  finish({ step: 'degree', values: { degree, weightedDegree } });

  begin('community');
  const undirected = simpleGraph(input, false);
  const { community, modularity } = communities(undirected);
  finish({ step: 'community', values: { community }, modularity });

  begin('component');
  const component = new Float64Array(order);
  connectedComponents(undirected)
    .sort((a, b) => b.length - a.length)
    .forEach((members, index) => members.forEach((node) => (component[Number(node)] = index + 1)));
  finish({ step: 'component', values: { component } });

  begin('pagerank');
  const paths = input.undirected.some((flag) => flag === 0) ? simpleGraph(input, true) : undirected;
  finish({ step: 'pagerank', values: { pagerank: perNode(order, pagerank(paths, { getEdgeWeight: 'weight' })) } });

  begin('betweenness');
  if (sources >= order)
    finish({ step: 'betweenness', values: { betweenness: perNode(order, betweenness(paths, { normalized: true })) } });
  else {
    const before = done;
    const onProgress = (fraction: number) => listener.onProgress?.((before + fraction * costs.betweenness) / total);
    const estimate = sampledBetweenness(paths, sources, { onProgress });
    finish({ step: 'betweenness', values: { betweenness: estimate }, estimatedFrom: sources });
  }
  return found as MeasureValues;
}

/** The values of each measure a step found, by node id. */
export function partByNode(values: MeasurePart['values'], keys: IndexKeys): Map<Measure, Map<string, number>> {
  return new Map(
    Object.entries(values).map(([measure, array]) => [
      measure as Measure,
      new Map(keys.ids.map((id, index) => [id, array[index] ?? 0] as const)),
    ]),
  );
}
