// Search speed on the curated graph and on the 16k-node Hetionet extract: index build time and per-query time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { NodeSearch } from '../src/lib/graph/search-index.ts';

const QUERIES = ['prozac', 'fluoxetin', 'SLC6A4', 'glutamate receptor', 'depression', 'nmda', 'zzqx'];
const REPEATS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface SearchTiming {
  nodes: number;
  buildMs: number;
  queryMedianMs: number;
  queryWorstMs: number;
}

export function timeSearch(graph: Graph): SearchTiming {
  let started = performance.now();
  const index = new NodeSearch(graph);
  const buildMs = performance.now() - started;
  const perQuery: number[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      started = performance.now();
      index.find(query);
      times.push(performance.now() - started);
    }
    perQuery.push(median(times));
  }
  return { nodes: graph.order, buildMs, queryMedianMs: median(perQuery), queryWorstMs: Math.max(...perQuery) };
}

/** The 16k-node public graph shipped beside the project (graphology JSON, gzipped). */
export function loadHetionetWide(root: string): Graph {
  const file = join(root, '..', 'shared', 'data', 'hetionet', 'depression-16k.json.gz');
  const data = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as SerializedGraph;
  return Graph.from(data);
}
