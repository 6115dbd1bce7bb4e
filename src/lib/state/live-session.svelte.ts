// The live dataset: a graph on a SPARQL server, read as the reader asks. It starts empty; searching asks the server
// (one request at a time, the latest wins), choosing a result opens its neighbourhood, and selecting a node that was
// not expanded yet expands it. Everything fetched stays; a failure says so plainly and keeps it.
import { untrack } from 'svelte';
import type { AtlasDataset } from '../data/datasets/atlas-dataset';
import { withGeneratedKinds } from '../data/kind-style';
import type { Source, Vocab } from '../data/schema';
import { addToGraph } from '../data/sparql/live-graph';
import { LiveSource, type Neighbourhood } from '../data/sparql/live-source';
import type { NeighbourhoodProgress } from '../data/sparql/fetched-graph';
import {
  LIVE_ID,
  MAX_OPENED,
  liveTargetParameters,
  mappedKinds,
  serverHost,
  type LiveTarget,
} from '../data/sparql/live-target';
import type { SparqlMapping } from '../data/sparql/mapping';
import { SparqlError } from '../data/sparql/sparql-error';
import type { LiveNode } from '../data/sparql/to-model';
import { emptyAtlasGraph } from '../graph/build-graph';
import type { SearchHit } from '../graph/search-index';
import { errorMessage } from '../util/error-message';
import { joinIds } from '../util/id-list';
import type { Position } from '../util/position';

/** How long the reader may type before the server is asked. */
const SEARCH_PAUSE_MS = 250;
const SAMPLE_SIZE = 12;

/** What the session asks of the page's view once a neighbourhood is in. */
export interface LiveView {
  readonly selectedNode: string | null;
  readonly view: { readonly depth?: number | undefined };
  showNeighbourhood(centre: string, depth: number): void;
  expand(id: string): void;
}

/** A neighbourhood too large to draw: how many relationships it has, by type, and a few of its nodes. */
export interface TooLarge {
  label: string;
  total: number;
  counts: { relation: string; direction: 'out' | 'in'; edges: number }[];
  sample: string[];
}

/** A neighbourhood with more relationships waiting on the server: how many are loaded, and of how many if counted. */
export interface PartialNeighbourhood extends NeighbourhoodProgress {
  id: string;
  label: string;
}

export interface LiveSessionOptions {
  target: LiveTarget;
  mapping: SparqlMapping;
  vocab: Vocab;
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
}

export class LiveSession {
  readonly target: LiveTarget;
  readonly dataset: AtlasDataset;
  /** Grows by one whenever the session fetched something (and so the graph may have grown). */
  revision = $state(0);
  /** What the server is being asked now ("Searching for …"), or null. */
  activity = $state<string | null>(null);
  /** The last failure, in one plain sentence. */
  problem = $state<string | null>(null);
  tooLarge = $state.raw<TooLarge | null>(null);
  /** The server's answer to the last search that finished. */
  hits = $state.raw<{ query: string; nodes: SearchHit[] }>({ query: '', nodes: [] });
  /** The search the server is asked next, or is answering. */
  pendingQuery = $state('');
  /** The nodes whose neighbourhoods the reader opened, oldest first (the last few, for the address). */
  opened = $state.raw<readonly string[]>([]);
  /** The last neighbourhood fetched that has more waiting on the server. */
  #lastPartial = $state<string | null>(null);
  /** Set while an address's nodes are opened again: they are written to `opened` once all are in. */
  #reopening = false;
  readonly #source: LiveSource;
  readonly #mapping: SparqlMapping;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the dataset's own maps, read when the graph grew
  readonly #positions = new Map<string, Position>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
  readonly #sourceIndex = new Map<string, Source>();
  readonly #sources: Source[] = [];
  #view: LiveView | null = null;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: LiveSessionOptions) {
    this.target = options.target;
    this.#mapping = options.mapping;
    this.#source = new LiveSource({
      endpoint: options.target.endpoint,
      graph: options.target.graph,
      mapping: options.mapping,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      pageSize: options.target.pageSize,
    });
    const host = serverHost(options.target.endpoint);
    const kinds = mappedKinds(options.mapping);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the dataset reads the session's revision
    const session = this;
    this.dataset = {
      id: LIVE_ID,
      name: `Graph server at ${host}`,
      description: `Read from ${options.target.endpoint} as the reader explores it, with the mapping “${options.mapping.name}”.`,
      licence: 'As the graph server’s data gives it.',
      provenance: `${options.target.endpoint}${options.target.graph ? `, graph ${options.target.graph}` : ''}`,
      cited: false,
      citedOneByOne: options.mapping.statements?.sources !== undefined,
      vocab: withGeneratedKinds(options.vocab, kinds),
      sources: this.#sources,
      sourceIndex: this.#sourceIndex,
      graph: emptyAtlasGraph(),
      positions: this.#positions,
      large: false,
      growth: {
        get revision() {
          return session.revision;
        },
      },
      get where() {
        const opened = session.opened;
        return { ...liveTargetParameters(options.target), ...(opened.length > 0 ? { open: joinIds(opened) } : {}) };
      },
    };
  }

  get busy(): boolean {
    return this.activity !== null;
  }

  /** Whether a node's neighbourhood was fetched (read again whenever the session fetched something). */
  isExpanded(id: string): boolean {
    void this.revision;
    return this.#source.fetched.neighbourhood(id) !== undefined;
  }

  /** How much is loaded. */
  get loaded(): { nodes: number; edges: number } {
    void this.revision;
    return { nodes: this.dataset.graph.order, edges: this.dataset.graph.size };
  }

  /** `id`'s neighbourhood when more of it waits on the server, else null. */
  partial(id: string | null): PartialNeighbourhood | null {
    void this.revision;
    const progress = id === null ? undefined : this.#source.fetched.neighbourhood(id);
    if (id === null || !progress || progress.complete) return null;
    return { id, label: this.#source.fetched.nodes.get(id)?.label ?? id, ...progress };
  }

  /** The neighbourhood to offer more of: the selected node's when it has more waiting, else the last one fetched. */
  waiting(selected: string | null): PartialNeighbourhood | null {
    return this.partial(selected) ?? this.partial(this.#lastPartial);
  }

  /** Follows the page's view: a node selected there that was not expanded yet is expanded. Returns the way to stop. */
  attach(view: LiveView): () => void {
    this.#view = view;
    const stop = $effect.root(() => {
      // Before the page redraws for the new selection, so the server is already asked while the canvas draws.
      $effect.pre(() => {
        const selected = view.selectedNode;
        if (selected && this.dataset.graph.hasNode(selected) && !untrack(() => this.isExpanded(selected)))
          void untrack(() => this.expand(selected));
      });
    });
    return () => {
      stop();
      if (this.#view === view) this.#view = null;
      this.cancel();
    };
  }

  /** The search box's text: the server is asked once the reader pauses. */
  search(text: string): void {
    clearTimeout(this.#searchTimer);
    const query = text.trim();
    this.pendingQuery = query;
    if (!query || query === this.hits.query) return;
    this.#searchTimer = setTimeout(() => {
      void this.#run(`Searching the graph server for “${query}”`, async () => {
        const nodes = await this.#source.search(query);
        this.hits = { query, nodes: nodes.map(hitOf(query)) };
      });
    }, SEARCH_PAUSE_MS);
  }

  /** What the server found for `query`, once it answered. */
  hitsFor(query: string): SearchHit[] {
    return this.hits.query === query.trim() ? this.hits.nodes : [];
  }

  /** Whether a search for `query` is still waiting for the server. */
  searching(query: string): boolean {
    return query.trim() !== '' && query.trim() === this.pendingQuery && this.hits.query !== this.pendingQuery;
  }

  /** Opens a node's neighbourhood (one query) and shows it. */
  open(id: string): Promise<boolean> {
    return this.#fetch(id, 'Opening', (centre) => this.#view?.showNeighbourhood(centre, 1));
  }

  /** Fetches a node's neighbours and adds them to the view. */
  expand(id: string): Promise<boolean> {
    return this.#fetch(id, 'Expanding', (centre) => this.#showGrown(centre));
  }

  /** Fetches the next page of a neighbourhood that has more waiting, and adds it to the view. */
  loadMore(id: string): Promise<boolean> {
    const label = this.#source.fetched.nodes.get(id)?.label ?? id;
    return this.#run(`Loading more of “${label}”`, async () => {
      this.#shown(await this.#source.loadMore(id), (centre) => this.#showGrown(centre));
    });
  }

  /**
   * Opens again, in order, the neighbourhoods an address named (with progress and Cancel); stops at a failure or
   * Cancel. Returns the ids opened and those the server no longer has; `keepOpened` then records them.
   */
  async reopen(ids: readonly string[]): Promise<{ opened: string[]; missing: string[] }> {
    const opened: string[] = [];
    const missing: string[] = [];
    this.#reopening = true;
    try {
      for (const [index, id] of ids.entries()) {
        const step = `Reopening ${index + 1} of ${ids.length}`;
        let absent = false;
        const done = await this.#run(`${step}: “${id}”`, async () => {
          const node = await this.#source.node(id);
          absent = node === undefined;
          if (absent) return;
          this.activity = `${step}: “${node?.label ?? id}”`;
          this.#shown(await this.#source.open(id), () => undefined);
        });
        if (!done) break;
        (absent ? missing : opened).push(id);
      }
    } finally {
      this.#reopening = false;
    }
    return { opened, missing };
  }

  /** Records neighbourhoods opened again from an address as the reader's own. */
  keepOpened(ids: readonly string[]): void {
    for (const id of ids) this.#remember(id);
  }

  /** Stops the request running; what is loaded stays. */
  cancel(): void {
    clearTimeout(this.#searchTimer);
    this.pendingQuery = '';
    this.#source.cancel();
    this.activity = null;
  }

  dismissProblem(): void {
    this.problem = null;
  }

  dismissTooLarge(): void {
    this.tooLarge = null;
  }

  #fetch(id: string, verb: string, show: (centre: string) => void): Promise<boolean> {
    const label = this.#source.fetched.nodes.get(id)?.label ?? id;
    return this.#run(`${verb} “${label}”`, async () => this.#shown(await this.#source.open(id), show));
  }

  /** Adds an answer to the graph, remembers it, and shows it. */
  #shown(answer: Neighbourhood, show: (centre: string) => void): void {
    this.#add(answer);
    if (answer.kind === 'too-large') this.tooLarge = this.#summary(answer);
    else if (answer.more) this.#lastPartial = answer.centre.id;
    if (!this.#reopening) this.#remember(answer.centre.id);
    show(answer.centre.id);
  }

  /** Shows a node's grown neighbourhood: around it when nothing is shown yet, else as one more expanded node. */
  #showGrown(centre: string): void {
    if (this.#view?.view.depth === undefined) this.#view?.showNeighbourhood(centre, 1);
    else this.#view.expand(centre);
  }

  /** Moves `id` to the end of the opened list, keeping the last few. */
  #remember(id: string): void {
    this.opened = [...this.opened.filter((known) => known !== id), id].slice(-MAX_OPENED);
  }

  #add(answer: Neighbourhood): void {
    const nodes = answer.kind === 'loaded' ? [answer.centre, ...answer.nodes] : [answer.centre];
    const edges = answer.kind === 'loaded' ? answer.edges : [];
    for (const source of this.#source.fetched.sources.values())
      if (!this.#sourceIndex.has(source.id)) {
        this.#sourceIndex.set(source.id, source);
        this.#sources.push(source);
      }
    addToGraph(this.dataset.graph, this.#positions, answer.centre.id, nodes, edges);
    this.revision += 1;
  }

  #summary(answer: Extract<Neighbourhood, { kind: 'too-large' }>): TooLarge {
    return {
      label: answer.centre.label,
      total: answer.total,
      counts: answer.counts.map((count) => ({
        relation: this.#mapping.relations.get(count.predicate)?.relation ?? count.predicate,
        direction: count.direction,
        edges: count.edges,
      })),
      sample: answer.nodes.slice(0, SAMPLE_SIZE).map((node) => node.label),
    };
  }

  async #run(activity: string, task: () => Promise<void>): Promise<boolean> {
    this.activity = activity;
    this.problem = null;
    try {
      await task();
      return true;
    } catch (error) {
      if (!(error instanceof SparqlError && error.problem === 'cancelled'))
        this.problem =
          error instanceof SparqlError
            ? error.message
            : `The graph server could not be read: ${errorMessage(error).replace(/\.?$/, '.')}`;
      return false;
    } finally {
      if (!this.#source.busy) this.activity = null;
    }
  }
}

/** A node the server found, as the search box lists it (naming the synonym that matched, if not the label). */
function hitOf(query: string): (node: LiveNode) => SearchHit {
  const lower = query.toLowerCase();
  return (node) => ({
    id: node.id,
    label: node.label,
    kind: node.kind,
    matchedSynonym: node.label.toLowerCase().includes(lower)
      ? undefined
      : node.synonyms.find((synonym) => synonym.toLowerCase().includes(lower)),
  });
}
