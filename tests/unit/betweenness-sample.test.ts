// Betweenness from a sample of source nodes: reproducible, exact when every node is a source, and on a mid-size real
// graph (the Hetionet depression extract, 1,597 nodes) close to the exact value in rank; which graphs get an estimate.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import {
  BETWEENNESS_SAMPLE,
  betweennessSources,
  sampledBetweenness,
  sampleSources,
} from '../../src/lib/graph/betweenness-sample';
import { measuredColumns } from '../../src/lib/graph/measure-names';
import { Graph } from '../../src/lib/graph/safe-graph';
import { seededRandom } from '../../src/lib/util/hash';
import { spearman, topTenShared } from '../../bench/lib/rank-agreement';

/** A directed graph on nodes "0"…"n−1" with summed weights on merged parallel edges, as the measures build it. */
function positional(order: number, edges: Iterable<readonly [number, number, number?]>) {
  const graph = new Graph({ type: 'directed', allowSelfLoops: false });
  for (let node = 0; node < order; node++) graph.addNode(String(node));
  for (const [source, target, weight = 1] of edges)
    if (source !== target)
      graph.updateEdge(String(source), String(target), (attributes) => ({
        weight: Number(attributes.weight ?? 0) + weight,
      }));
  return graph;
}

const exact = (graph: Graph) => {
  const values = betweenness(graph, { normalized: true });
  return graph.nodes().map((node) => values[node] ?? 0);
};

function hetionetDepression() {
  const file = resolve(__dirname, '../../public/data/hetionet-depression.json.gz');
  const compact = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    nodes: { ids: string[] };
    edges: { sources: number[]; targets: number[] };
  };
  const { sources, targets } = compact.edges;
  return positional(
    compact.nodes.ids.length,
    sources.map((source, index) => [source, targets[index] ?? 0] as const),
  );
}

describe('sampled betweenness', () => {
  it('draws distinct sources, the same ones for the same seed', () => {
    const sample = sampleSources(100, 30, 7);
    expect(new Set(sample).size).toBe(30);
    expect(Math.max(...sample)).toBeLessThan(100);
    expect(sampleSources(100, 30, 7)).toEqual(sample);
    expect(sampleSources(100, 30, 8)).not.toEqual(sample);
    expect(sampleSources(5, 30, 7).length).toBe(5);
  });

  it('is the exact betweenness of graphology-metrics when every node is a source', () => {
    const random = seededRandom(3);
    const edges = Array.from({ length: 400 }, () => {
      const [source, target] = [Math.floor(random() * 80), Math.floor(random() * 80)];
      return [source, target, 1 + Math.floor(random() * 3)] as const;
    });
    const graph = positional(80, edges);
    const estimate = sampledBetweenness(graph, 80);
    exact(graph).forEach((value, index) => expect(estimate[index]).toBeCloseTo(value, 12));
  });

  it('ranks the nodes of a mid-size graph as the exact value does, and reports its progress', () => {
    const graph = hetionetDepression();
    const truth = exact(graph);
    const progress: number[] = [];
    const estimate = sampledBetweenness(graph, 200, { onProgress: (fraction) => progress.push(fraction) });
    expect(spearman(estimate, truth)).toBeGreaterThan(0.9);
    // The ten most between nodes of the estimate are mostly the exact top ten.
    expect(topTenShared(estimate, truth)).toBeGreaterThanOrEqual(7);
    // Scaled by n/k, so the values are of the same size as the exact ones.
    const sum = (values: ArrayLike<number>) => Array.from(values).reduce((total, value) => total + value, 0);
    expect(sum(estimate) / sum(truth)).toBeGreaterThan(0.8);
    expect(sum(estimate) / sum(truth)).toBeLessThan(1.25);
    expect(progress.at(-1)).toBe(1);
    expect(sampledBetweenness(graph, 200)).toEqual(estimate);
  }, 30_000);

  it('is exact on the curated graph and the depression extract, estimated on the wide dataset', () => {
    expect(betweennessSources(300, 700)).toBe(300);
    expect(betweennessSources(1597, 28706)).toBe(1597);
    expect(betweennessSources(11_899, 230_883)).toBe(BETWEENNESS_SAMPLE);
  });

  it('says in the column name that an estimate is one', () => {
    const values = new Map([['betweenness' as const, new Map([['a', 0.5]])]]);
    expect(measuredColumns({ values }).map(({ column }) => column.name)).toEqual(['Betweenness']);
    expect(measuredColumns({ values, estimatedFrom: 500 }).map(({ column }) => column.name)).toEqual([
      'Betweenness (estimated from 500 nodes)',
    ]);
  });
});
