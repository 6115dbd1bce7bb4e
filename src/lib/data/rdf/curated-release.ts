// The curated graph as its RDF release describes it: one definition for the build that publishes it and the tests
// that load it into a graph server.
import { buildGraph } from '../../graph/build-graph';
import type { GraphBundle } from '../validate-dataset';
import type { RdfDataset, RdfOptions } from './describe-dataset';

export function curatedRelease(bundle: GraphBundle): { dataset: RdfDataset; options: RdfOptions } {
  return {
    dataset: {
      id: 'curated',
      name: bundle.dataset.name,
      description: bundle.dataset.description ?? '',
      licence: bundle.dataset.licence ?? '',
      provenance: 'graph-data/ in the Synapse Atlas repository, checked by its validator.',
      vocab: bundle.vocab,
      sources: bundle.sources,
      graph: buildGraph(bundle.nodes, bundle.edges),
    },
    options: { version: bundle.dataset.version },
  };
}
