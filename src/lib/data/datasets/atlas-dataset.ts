// A dataset ready to explore: its graph, positions, vocabulary and sources, where it comes from and whether its links
// are cited, and for an imported file the attributes it declares.
import type { GraphType } from 'graphology-types';
import type { AttributeSchema } from '../../graph/attribute-schema';
import { buildGraph, emptyAtlasGraph, type AtlasGraph } from '../../graph/build-graph';
import { KindTally } from '../../graph/kind-overview';
import { forceLayout } from '../../graph/layout-force';
import type { DataRecord, EvidenceLevel, Relation } from '../../graph/types';
import type { Position } from '../../util/position';
import { inTimeSlices, nextTask, type SliceOptions } from '../../util/time-slices';
import { kindId, withGeneratedKinds } from '../kind-style';
import type { Source, Vocab } from '../schema';
import type { GraphBundle } from '../validate-dataset';
import type { CompactArrays } from './compact-arrays';
import { countCompact, forEachRelationKind } from './compact-counts';
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
  /** The kind summary's counts when they came with the file; otherwise counted on opening. */
  readonly kindTally?: KindTally | undefined;
  /** An imported file's declared attributes; absent for the curated and shipped datasets. */
  readonly attributes?: DatasetAttributes | undefined;
  /** Relationships still being added after the dataset opened (a large shipped dataset opens on its summary first). */
  readonly building?: GraphBuilding | undefined;
  /**
   * A dataset whose graph grows while it is open (read from a graph server, or still being built): `revision` changes
   * whenever it grew.
   */
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

/** A dataset opened before all its relationships were in: the rest are added a slice at a time while it shows. */
export interface GraphBuilding {
  /** How many relationships the graph has once it is whole. */
  readonly edgeCount: number;
  /** Whether every relationship is in. */
  readonly finished: boolean;
  /** Settles once every relationship is in. */
  readonly done: Promise<void>;
  /** Adds the rest at once, for something that needs the whole graph before the slices got there. */
  finishNow(): void;
}

interface CompactBuildOptions {
  signal?: AbortSignal | undefined;
  /** How much is built, 0..1 (the nodes only, when the dataset opens early). */
  onProgress?: ((fraction: number) => void) | undefined;
  /**
   * Hands a large dataset over once its nodes are in (its summary's counts come from the file), adding the
   * relationships afterwards, which nothing then cancels; see `AtlasDataset.building`.
   */
  openEarly?: boolean | undefined;
}

/**
 * Builds a graph from a compact file (as read, or as typed arrays from the dataset worker) in slices of about
 * 30 ms, letting the page respond between them; cancellable until the dataset is handed over.
 */
export async function compactDataset(
  compact: CompactGraph | CompactArrays,
  vocab: Vocab,
  options: CompactBuildOptions = {},
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
  const edgeCount = edges.sources.length;
  const kindOf = (index: number) => kindIds[nodes.kinds[index] ?? 0] ?? 'other';
  const relationOf = (index: number) => (compact.relations[index] ?? 'associated-with') as Relation;
  const addNodes = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const id = nodes.ids[index] ?? '';
      // The file names and classifies its nodes but does not describe them, so they have no summary.
      graph.addNode(id, { kind: kindOf(index), label: nodes.labels[index] ?? id, synonyms: [], links: [] });
      positions.set(id, { x: nodes.x[index] ?? 0, y: nodes.y[index] ?? 0 });
    }
  };
  /** How many relationships are in: the slices and `finishNow` both go on from here. */
  let added = 0;
  const addEdges = (from: number, to: number) => {
    for (let index = Math.max(from, added); index < to; index++) {
      const relationIndex = edges.relations[index] ?? 0;
      graph.addDirectedEdgeWithKey(
        `e${index}`,
        nodes.ids[edges.sources[index] ?? 0] ?? '',
        nodes.ids[edges.targets[index] ?? 0] ?? '',
        {
          relation: relationOf(relationIndex),
          evidence: (compact.evidence[relationIndex] ?? 'hypothesis') as EvidenceLevel,
          sources: edgeSources,
          claims: noClaims,
        },
      );
    }
    added = Math.max(added, to);
  };
  const nodeShare = nodeCount / Math.max(1, nodeCount + edgeCount);
  const { signal, onProgress } = options;
  await inTimeSlices(nodeCount, addNodes, {
    signal,
    onProgress: (fraction) => onProgress?.(options.openEarly ? fraction : fraction * nodeShare),
  });
  const edgesInSlices = (sliceOptions: SliceOptions) =>
    inTimeSlices(edgeCount, addEdges, { ...sliceOptions, resumeAt: () => added });
  let building: GraphBuilding | undefined;
  if (options.openEarly && edgeCount > LARGE_EDGE_COUNT) {
    // Only after the dataset is handed over and its page has had a turn, so the summary is not kept waiting.
    const done = nextTask().then(() => edgesInSlices({}));
    building = {
      edgeCount,
      get finished() {
        return added === edgeCount;
      },
      done,
      finishNow: () => addEdges(added, edgeCount),
    };
  } else {
    await edgesInSlices({
      signal,
      onProgress: (fraction) => onProgress?.(nodeShare + fraction * (1 - nodeShare)),
    });
  }
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
    large: edgeCount > LARGE_EDGE_COUNT,
    kindTally: compactTally(compact, kindIds, relationOf),
    building,
  };
}

/** The summary's counts from the file's own counts (taken by the dataset worker), so they need no graph. */
function compactTally(
  compact: CompactGraph | CompactArrays,
  kindIds: readonly string[],
  relationOf: (index: number) => Relation,
): KindTally {
  const counts = 'counts' in compact ? compact.counts : countCompact(compact);
  const kindName = (index: number) => kindIds[index] ?? 'other';
  const tally = new KindTally();
  const { ids, kinds } = compact.nodes;
  for (let index = 0; index < ids.length; index++)
    tally.addNode(ids[index] ?? '', kindName(kinds[index] ?? 0), counts.degrees[index] ?? 0);
  forEachRelationKind(counts, (relation, sourceKind, targetKind, count) =>
    tally.addEdges(relationOf(relation), kindName(sourceKind), kindName(targetKind), count),
  );
  return tally;
}
