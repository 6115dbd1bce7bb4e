// The dataset context components read (graph, vocabulary, sources, search), built for component tests.
import type { AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import type { Source, Vocab } from '../../src/lib/data/schema';
import type { GraphBundle } from '../../src/lib/data/validate-dataset';
import type { AtlasGraph } from '../../src/lib/graph/build-graph';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { datasetContextEntries } from '../../src/lib/state/page-context';

/** The context a panel needs to render on `graph` with `vocab` and `sources`. */
export function datasetContext(bundle: GraphBundle, graph: AtlasGraph, vocab: Vocab, sources: readonly Source[]) {
  const dataset: AtlasDataset = {
    id: 'curated',
    name: 'Test graph',
    description: 'A graph for a component test.',
    licence: 'Test data.',
    provenance: 'Written in the test.',
    vocab,
    sources,
    graph,
    positions: new Map(),
    large: false,
  };
  return datasetContextEntries(new OpenDataset(dataset, bundle));
}
