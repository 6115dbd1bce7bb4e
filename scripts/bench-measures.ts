// The network measures on the wide Hetionet dataset in Node, built as the app builds it: how long until each measure
// is ready (communities colour the graph long before betweenness is done) and until the full set; with `--exact`, also
// exact betweenness and how well the estimate ranks the nodes against it (Spearman). Run alone with
// `npx tsx scripts/bench-measures.ts [--exact]` or `npm run bench -- --measures [--exact]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { compactDataset } from '../src/lib/data/datasets/atlas-dataset.ts';
import { checkCompactGraph } from '../src/lib/data/datasets/compact-graph.ts';
import { readGraphData } from '../src/lib/data/read-graph-data-dir.ts';
import { edgeWeight } from '../src/lib/graph/attribute-columns.ts';
import { computeMeasures, measureInput, type MeasureInput } from '../src/lib/graph/measures.ts';
import { Graph } from '../src/lib/graph/safe-graph.ts';
import { spearman, topTenShared } from '../bench/lib/rank-agreement.ts';

export interface MeasuresBench {
  nodes: number;
  edges: number;
  /** Milliseconds from the start of the run until each step's measures were ready. */
  readyAt: Record<string, number>;
  /** Until every measure was ready. */
  totalMs: number;
  /** How many source nodes betweenness was estimated from (none when exact). */
  estimatedFrom: number | undefined;
  /** With `exact`: exact betweenness's time and the estimate's rank correlation with it. */
  exact?: { ms: number; spearman: number; topTenShared: number };
}

/** Exact betweenness as the measures compute it below the limit (graphology-metrics on the merged directed graph). */
function exactBetweenness(input: MeasureInput): Float64Array {
  const graph = new Graph({ type: 'directed', allowSelfLoops: false });
  for (let node = 0; node < input.order; node++) graph.addNode(String(node));
  for (let edge = 0; edge < input.sources.length; edge++) {
    const [source, target] = [String(input.sources[edge]), String(input.targets[edge])];
    if (source !== target)
      graph.updateEdge(source, target, (attributes) => ({
        weight: Number(attributes.weight ?? 0) + (input.weights[edge] ?? 1),
      }));
  }
  const values = betweenness(graph, { normalized: true });
  return Float64Array.from({ length: input.order }, (_value, node) => values[String(node)] ?? 0);
}

export async function runMeasuresBench(root: string, options: { exact?: boolean } = {}): Promise<MeasuresBench> {
  const { vocab } = readGraphData(join(root, 'graph-data'), root);
  const file = join(root, 'public', 'data', 'hetionet-wide.json.gz');
  const dataset = await compactDataset(
    checkCompactGraph(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'))),
    vocab,
  );
  const { graph } = dataset;
  const started = performance.now();
  const { input } = measureInput(graph, edgeWeight(graph));
  const readyAt: Record<string, number> = { input: performance.now() - started };
  const values = computeMeasures(input, { onPart: (part) => (readyAt[part.step] = performance.now() - started) });
  const totalMs = performance.now() - started;
  const result: MeasuresBench = {
    nodes: graph.order,
    edges: graph.size,
    readyAt,
    totalMs,
    estimatedFrom: values.estimatedFrom,
  };
  if (options.exact) {
    const exactStarted = performance.now();
    const exact = exactBetweenness(input);
    const ms = performance.now() - exactStarted;
    result.exact = {
      ms,
      spearman: spearman(values.betweenness, exact),
      topTenShared: topTenShared(values.betweenness, exact),
    };
  }
  return result;
}

export function reportMeasures(bench: MeasuresBench): void {
  const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
  console.log(
    `\nMeasures on the Hetionet wide dataset (${bench.nodes} nodes, ${bench.edges} edges), in Node, time from the start`,
  );
  console.table({
    ...Object.fromEntries(Object.entries(bench.readyAt).map(([step, at]) => [`${step} ready`, ms(at)])),
    'every measure ready': ms(bench.totalMs),
    betweenness: bench.estimatedFrom === undefined ? 'exact' : `estimated from ${bench.estimatedFrom} source nodes`,
    ...(bench.exact
      ? {
          'exact betweenness alone': ms(bench.exact.ms),
          'estimate vs exact, Spearman': bench.exact.spearman.toFixed(3),
          'estimate vs exact, top ten shared': `${bench.exact.topTenShared} of 10`,
        }
      : {}),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  reportMeasures(await runMeasuresBench(join(import.meta.dirname, '..'), { exact: process.argv.includes('--exact') }));
}
