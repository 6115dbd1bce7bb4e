// One dataset as the page explores it: the graph with its vocabulary and sources, its counts, and a search index built
// on first use. Fixed while the dataset is open; shared with the components through the dataset context.
import type { AtlasDataset } from '../data/datasets/atlas-dataset';
import type { Source, Vocab } from '../data/schema';
import type { GraphBundle } from '../data/validate-dataset';
import type { AtlasGraph } from '../graph/build-graph';
import { countKinds, type KindCount } from '../graph/count-kinds';
import { countStatuses, type StatusCounts } from '../graph/count-statuses';
import { tallyKinds, type KindOverview } from '../graph/kind-overview';
import { prepareOutIndex } from '../graph/out-index';
import { buildOverview, type Overview } from '../graph/overview';
import { NodeSearch, type SearchHit } from '../graph/search-index';
import type { ViewContext } from './url-state';

/** What a picture of the whole curated graph is called. */
const CURATED_TITLE = 'Glutamate, monoamines and depression';

export class OpenDataset {
  readonly dataset: AtlasDataset;
  /** The curated data (vocabulary, tours, release), which every dataset shares. */
  readonly bundle: GraphBundle;
  readonly graph: AtlasGraph;
  readonly vocab: Vocab;
  readonly sources: ReadonlyMap<string, Source>;
  /**
   * The dataset's first screen: the curated graph summarised by its topics, a large graph by its kinds and the
   * relationships between them; null for a small graph without topics, which opens on itself.
   */
  readonly overview: Overview | KindOverview | null;
  #index: NodeSearch | undefined;
  #kindCounts: KindCount[] | undefined;
  #countedOrder = 0;
  #statusOrder = 0;
  #statusCounts: StatusCounts | undefined;

  constructor(dataset: AtlasDataset, bundle: GraphBundle) {
    this.dataset = dataset;
    this.bundle = bundle;
    this.graph = dataset.graph;
    this.vocab = dataset.vocab;
    // A live dataset hands over its own map of cited works, which fills as relationships are fetched.
    this.sources = dataset.sourceIndex ?? new Map(dataset.sources.map((source) => [source.id, source]));
    this.overview =
      buildOverview(this.graph, this.vocab.groups) ??
      (dataset.large && this.kindCounts.length > 1
        ? (dataset.kindTally ?? tallyKinds(this.graph)).overview({
            label: (kind) => (Object.hasOwn(this.vocab.kinds, kind) ? this.vocab.kinds[kind]?.label : kind) ?? kind,
            plural: (kind) => (Object.hasOwn(this.vocab.kinds, kind) ? this.vocab.kinds[kind]?.plural : kind) ?? kind,
            node: (id) => this.graph.getNodeAttribute(id, 'label'),
          })
        : null);
  }

  /** Whether the dataset has this topic (a key of the vocabulary's groups with nodes in it). */
  hasGroup(group: string): boolean {
    return this.overview?.by === 'group' && this.overview.groups.some((entry) => entry.id === group);
  }

  get id(): string {
    return this.dataset.id;
  }

  /** The search index, built on first use (or in slices beforehand, by `prepareSearch`) so start-up stays quick. */
  get searchIndex(): NodeSearch {
    this.#index ??= new NodeSearch(this.graph);
    return this.#index;
  }

  /** Builds the search index a slice at a time while the reader looks, so the first search finds it ready. */
  prepareSearch(): Promise<void> {
    return this.searchIndex.indexInSlices();
  }

  /**
   * Indexes a large graph's relationships by the node they start at, in slices once the graph is whole, so the first
   * neighbourhood opened does not wait for it (the wide graph's index takes about 50 ms at once).
   */
  async prepareWalks(): Promise<void> {
    if (!this.dataset.large) return;
    await this.dataset.building?.done;
    await prepareOutIndex(this.graph);
  }

  /** Nodes matching what the reader typed (names, brand names, abbreviations), best first. */
  readonly findNodes = (query: string): SearchHit[] => this.searchIndex.find(query);

  /** How many nodes of each kind the graph has, in the vocabulary's order (counted again when a live graph grew). */
  get kindCounts(): KindCount[] {
    if (!this.#kindCounts || this.#countedOrder !== this.graph.order) {
      this.#kindCounts = countKinds(this.graph);
      this.#countedOrder = this.graph.order;
    }
    return this.#kindCounts;
  }

  /** How many drugs have each status. */
  get statusCounts(): StatusCounts {
    if (!this.#statusCounts || this.#statusOrder !== this.graph.order) {
      this.#statusCounts = countStatuses(this.graph);
      this.#statusOrder = this.graph.order;
    }
    return this.#statusCounts;
  }

  /** What a picture of the whole graph is called. */
  get title(): string {
    return this.dataset.id === 'curated' ? CURATED_TITLE : this.dataset.name;
  }

  /** The curated data's release, shown for the curated graph only. */
  get release(): GraphBundle['dataset'] | undefined {
    return this.dataset.id === 'curated' ? this.bundle.dataset : undefined;
  }

  /** What the address may name: this graph's nodes, edges and kinds. */
  readonly addressContext: ViewContext = {
    hasNode: (id) => this.graph.hasNode(id),
    hasEdge: (id) => this.graph.hasEdge(id),
    hasKind: (kind) => Object.hasOwn(this.vocab.kinds, kind),
    hasGroup: (group) => this.hasGroup(group),
  };

  /** A node's label, or its id when the graph has no such node. */
  label(id: string): string {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id;
  }
}
