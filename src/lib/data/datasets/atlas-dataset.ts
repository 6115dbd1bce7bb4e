// A dataset ready to explore: its graph, positions, vocabulary and sources, where it comes from and whether its links
// are cited, and for an imported file the attributes it declares.
import type { GraphType } from 'graphology-types';
import type { AttributeSchema } from '../../graph/attribute-schema';
import { buildGraph, emptyAtlasGraph, type AtlasGraph } from '../../graph/build-graph';
import { KindTally } from '../../graph/kind-overview';
import { forceLayout } from '../../graph/layout-force';
import type { DataRecord, EvidenceLevel, Relation } from '../../graph/types';
import type { Position } from '../../util/position';
import { inTimeSlices } from '../../util/time-slices';
import { kindId, withGeneratedKinds } from '../kind-style';
import type { Source, Vocab } from '../schema';
import type { GraphBundle } from '../validate-dataset';
import type { CompactArrays } from './compact-arrays';
import type { CompactGraph } from './compact-graph';

/** Where a large dataset opens: a neighbourhood of `depth` steps around `centre`, with `focus` selected. */
interface OpeningView {
  focus: string;
  centre: string;
  depth: number;
}

/** What an imported file declares beyond its nodes and edges. */
interface DatasetAttributes {
  /** Its attributes for the graph, nodes and edges, with their types and defaults. */
  readonly schema: AttributeSchema;
  /** The graph's own attributes (title, creator, …). */
  readonly graph: DataRecord;
  /** Whether the file's graph is directed, undirected or mixed (which an export keeps, even without edges). */
  readonly type: GraphType;
}

export interface AtlasDataset {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly licence: string;
  readonly provenance: string;
  /** Whether every relationship cites the study behind it; only then may the page say "every link cited". */
  readonly cited: boolean;
  /** Whether relationships name their own sources, though not every one need have any (a live dataset's mapping). */
  readonly citedOneByOne?: boolean | undefined;
  readonly vocab: Vocab;
  readonly sources: readonly Source[];
  readonly graph: AtlasGraph;
  readonly positions: ReadonlyMap<string, Position>;
  /** How the dataset opens when the address asks for nothing else. */
  readonly initialView?: OpeningView | undefined;
  /** Large datasets are drawn a part at a time. */
  readonly large: boolean;
  /** The positions are only a first placement: lay the graph out (in a worker) when it opens. */
  readonly needsLayout?: boolean | undefined;
  /** The kind summary's counts when they were taken while the graph was built; otherwise counted on opening. */
  readonly kindTally?: KindTally | undefined;
  /** An imported file's declared attributes; absent for the curated and shipped datasets. */
  readonly attributes?: DatasetAttributes | undefined;
  /** A dataset that grows while it is open (read from a graph server): `revision` changes whenever it grew. */
  readonly growth?: { readonly revision: number } | undefined;
  /** The cited works by id, when the dataset keeps them itself (a live dataset fills it as it grows). */
  readonly sourceIndex?: ReadonlyMap<string, Source> | undefined;
  /** Address parameters naming where the dataset lives, when its id alone cannot (the graph server). */
  readonly where?: Readonly<Record<string, string>> | undefined;
}

export const CURATED_ID = 'curated';
/** Datasets with more relationships than this are drawn a part at a time. */
export const LARGE_EDGE_COUNT = 2000;

export function curatedDataset(bundle: GraphBundle): AtlasDataset {
  const graph = buildGraph(bundle.nodes, bundle.edges);
  return {
    id: CURATED_ID,
    name: 'Curated: glutamate, monoamines and depression',
    description: 'Hand-curated from the seed article and the studies behind it; every relationship cited and graded.',
    licence: 'Text written for Synapse Atlas; each source keeps its own copyright.',
    provenance: 'graph-data/ in this project, checked by the validator at build time.',
    cited: true,
    vocab: bundle.vocab,
    sources: bundle.sources,
    graph,
    positions: bundle.positions ? new Map(Object.entries(bundle.positions)) : forceLayout(graph),
    large: graph.size > LARGE_EDGE_COUNT,
  };
}

/**
 * Builds a graph from a compact file (as read, or as typed arrays from the dataset worker) in slices of about
 * 30 ms, letting the page respond between them; cancellable.
 */
export async function compactDataset(
  compact: CompactGraph | CompactArrays,
  vocab: Vocab,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<AtlasDataset> {
  const graph: AtlasGraph = emptyAtlasGraph();
  // Kinds our vocabulary does not know keep their own name and get a generated style.
  const kindIds = compact.kinds.map((name) => (Object.hasOwn(vocab.kinds, name) ? name : kindId(name)));
  const newKinds = new Map(
    compact.kinds.flatMap((name, index) => (Object.hasOwn(vocab.kinds, name) ? [] : [[kindIds[index] ?? name, name]])),
  );
  const source: Source = {
    id: `${compact.meta.id}-source`,
    type: 'journal-article',
    authors: compact.meta.citation.authors,
    title: compact.meta.citation.title,
    journal: compact.meta.citation.journal,
    year: compact.meta.citation.year,
    doi: compact.meta.citation.doi,
    as_cited: false,
    note: compact.meta.provenance,
  };
  const { nodes, edges } = compact;
  // Shared, frozen arrays: a quarter of a million edges need not each carry their own copies.
  const edgeSources = Object.freeze([source.id]) as string[];
  const noClaims = Object.freeze([]) as unknown as string[];
  const positions = new Map<string, Position>();
  const nodeCount = nodes.ids.length;
  // The summary's counts are taken as the graph grows, so opening it needs no further pass over every relationship.
  const tally = new KindTally();
  const degrees = new Uint32Array(nodeCount);
  const total = nodeCount + edges.sources.length;
  const kindOf = (index: number) => kindIds[nodes.kinds[index] ?? 0] ?? 'other';
  const addNode = (index: number) => {
    const id = nodes.ids[index] ?? '';
    // The file names and classifies its nodes but does not describe them, so they have no summary.
    graph.addNode(id, {
      kind: kindOf(index),
      label: nodes.labels[index] ?? id,
      synonyms: [],
      links: [],
    });
    positions.set(id, { x: nodes.x[index] ?? 0, y: nodes.y[index] ?? 0 });
  };
  const addEdge = (index: number) => {
    const relationIndex = edges.relations[index] ?? 0;
    const source = edges.sources[index] ?? 0;
    const target = edges.targets[index] ?? 0;
    const relation = (compact.relations[relationIndex] ?? 'associated-with') as Relation;
    graph.addDirectedEdgeWithKey(`e${index}`, nodes.ids[source] ?? '', nodes.ids[target] ?? '', {
      relation,
      evidence: (compact.evidence[relationIndex] ?? 'hypothesis') as EvidenceLevel,
      sources: edgeSources,
      claims: noClaims,
    });
    degrees[source] = (degrees[source] ?? 0) + 1;
    degrees[target] = (degrees[target] ?? 0) + 1;
    tally.addEdge(relation, kindOf(source), kindOf(target));
  };
  // Nodes first, then edges (item `nodeCount + i` is edge i), pausing whenever a slice's time is up.
  await inTimeSlices(
    total,
    (from, to) => {
      for (let item = from; item < to; item++) {
        if (item < nodeCount) addNode(item);
        else addEdge(item - nodeCount);
      }
    },
    options,
  );
  for (let index = 0; index < nodeCount; index++)
    tally.addNode(nodes.ids[index] ?? '', kindOf(index), degrees[index] ?? 0);
  return {
    id: compact.meta.id,
    name: compact.meta.name,
    description: compact.meta.description,
    licence: compact.meta.licence,
    provenance: compact.meta.provenance,
    // Each relationship cites the resource it was taken from, not a study of its own.
    cited: false,
    vocab: withGeneratedKinds(vocab, newKinds),
    sources: [source],
    graph,
    positions,
    large: graph.size > LARGE_EDGE_COUNT,
    kindTally: tally,
  };
}
