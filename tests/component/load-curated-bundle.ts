// Loads the shipped graph-data once for component tests, so they exercise the real vocabulary and content.
import { resolve } from 'node:path';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { buildGraph } from '../../src/lib/graph/build-graph';

export function loadCuratedBundle() {
  const bundle = readGraphData(resolve(__dirname, '../../graph-data'), resolve(__dirname, '../..'));
  return {
    bundle,
    graph: buildGraph(bundle.nodes, bundle.edges),
    sources: new Map(bundle.sources.map((source) => [source.id, source])),
  };
}
