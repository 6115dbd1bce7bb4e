// Loads the shipped graph-data once for component tests, so they exercise the real vocabulary and content.
import { resolve } from 'node:path';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { datasetContext } from './dataset-context';

export function loadCuratedBundle() {
  const bundle = readGraphData(resolve(__dirname, '../../graph-data'), resolve(__dirname, '../..'));
  const graph = buildGraph(bundle.nodes, bundle.edges);
  return {
    bundle,
    graph,
    sources: new Map(bundle.sources.map((source) => [source.id, source])),
    /** The dataset context for panels, on the curated graph. */
    context: datasetContext(bundle, graph, bundle.vocab, bundle.sources),
  };
}
