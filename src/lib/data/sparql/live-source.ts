// A graph that lives on a SPARQL server, read a neighbourhood at a time: search labels, open and expand nodes (one
// query each, the cited works they need after it), page through large neighbourhoods, summarise over-large ones,
// keep what was fetched, and never have more than one request running.
import type { Source } from '../schema';
import { FetchedGraph } from './fetched-graph';
import { LatestRequest } from './latest-request';
import type { SparqlMapping } from './mapping';
import { neighbourhoodCountQuery, neighbourhoodQuery } from './neighbourhood-query';
import { nodeListQuery } from './node-list-query';
import { nodesQuery } from './nodes-query';
import type { Page } from './paging';
import { searchQuery } from './search-query';
import { select, type EndpointOptions } from './sparql-client';
import { sourcesQuery } from './sources-query';
import { neighbourhoodFromRows, nodeFromRow, sourceFromRow, type LiveEdge, type LiveNode } from './to-model';

export interface LiveSourceOptions extends EndpointOptions {
  mapping: SparqlMapping;
  /** The named graph holding the data; the server's default graph when absent. */
  graph?: string | undefined;
  /** Edges read per page of a neighbourhood (default 500). */
  pageSize?: number | undefined;
  /** Above this many edges a neighbourhood is summarised and sampled, not loaded (default 5,000). */
  largeNeighbourhood?: number | undefined;
}

/** How many edges of one relation and direction a neighbourhood has. */
export interface RelationCount {
  predicate: string;
  direction: 'out' | 'in';
  edges: number;
  nodes: number;
}

export type Neighbourhood =
  | {
      kind: 'loaded';
      centre: LiveNode;
      nodes: LiveNode[];
      edges: LiveEdge[];
      /** More edges are waiting on the server (see loadMore). */
      more: boolean;
      /** How many edges the neighbourhood has on the server, when that was counted (only when more are waiting). */
      total?: number | undefined;
    }
  | {
      kind: 'too-large';
      centre: LiveNode;
      /** The first page, to show as a sample. */
      nodes: LiveNode[];
      edges: LiveEdge[];
      total: number;
      counts: RelationCount[];
    };

export class LiveSource {
  readonly fetched = new FetchedGraph();
  readonly #request = new LatestRequest();
  readonly #options: LiveSourceOptions;

  constructor(options: LiveSourceOptions) {
    this.#options = options;
  }

  get busy(): boolean {
    return this.#request.busy;
  }

  /** Stops the running request; what was loaded stays. */
  cancel(): void {
    this.#request.cancel();
  }

  /** Nodes whose label or synonym contains `text`, best matches first. */
  search(text: string, limit = 20): Promise<LiveNode[]> {
    return this.#request.run(async (signal) => {
      const { mapping, graph } = this.#options;
      const { rows } = await select(this.#options, searchQuery(mapping, text, { limit }, graph), signal);
      const nodes = rows.map((row) => nodeFromRow(mapping, row, 'node')).filter((node) => node !== undefined);
      this.fetched.addNodes(nodes);
      return nodes;
    });
  }

  /** A page of every node on the server, in IRI order (for walking a whole graph; the UI never lists them all). */
  listNodes(page: Page): Promise<LiveNode[]> {
    return this.#request.run(async (signal) => {
      const { mapping, graph } = this.#options;
      const { rows } = await select(this.#options, nodeListQuery(mapping, page, graph), signal);
      const nodes = rows.map((row) => nodeFromRow(mapping, row, 'node')).filter((node) => node !== undefined);
      this.fetched.addNodes(nodes);
      return nodes;
    });
  }

  /** A node by its id (as in an address), read from the server unless already here. */
  node(id: string): Promise<LiveNode | undefined> {
    const known = this.fetched.nodes.get(id);
    if (known) return Promise.resolve(known);
    return this.#request.run((signal) => this.#readNode(id, signal));
  }

  /** Opens (or expands) a node's 1-step neighbourhood: one query, unless it was fully fetched before. */
  open(id: string): Promise<Neighbourhood> {
    return this.#request.run(async (signal) => {
      const centre = this.fetched.nodes.get(id) ?? (await this.#readNode(id, signal));
      if (!centre) throw new Error(`The graph server has no node "${id}".`);
      const known = this.fetched.neighbourhood(centre.id);
      if (known)
        return { kind: 'loaded', centre, ...this.fetched.around(centre.id), more: !known.complete, total: known.total };
      return this.#readPage(centre, 0, signal);
    });
  }

  /** The next page of a neighbourhood that was opened with `more`. */
  loadMore(id: string): Promise<Neighbourhood> {
    return this.#request.run(async (signal) => {
      const centre = this.fetched.nodes.get(id);
      const known = centre && this.fetched.neighbourhood(centre.id);
      if (!centre || !known) throw new Error(`Open "${id}" before loading more of it.`);
      if (known.complete) return { kind: 'loaded', centre, ...this.fetched.around(centre.id), more: false };
      return this.#readPage(centre, known.loaded, signal, known.total);
    });
  }

  async #readNode(id: string, signal: AbortSignal): Promise<LiveNode | undefined> {
    const { mapping, graph } = this.#options;
    const selector = mapping.nodes.id ? { ids: [id] } : { iris: [id] };
    const { rows } = await select(this.#options, nodesQuery(mapping, selector, graph), signal);
    const node = rows.map((row) => nodeFromRow(mapping, row, 'node')).find((found) => found !== undefined);
    if (node) this.fetched.addNodes([node]);
    return node;
  }

  async #readPage(centre: LiveNode, offset: number, signal: AbortSignal, counted?: number): Promise<Neighbourhood> {
    const { mapping, graph } = this.#options;
    const pageSize = this.#options.pageSize ?? 500;
    // One row more than a page says whether more are waiting, without a count.
    const page = { limit: pageSize + 1, offset };
    const { rows } = await select(this.#options, neighbourhoodQuery(mapping, centre.iri, page, graph), signal);
    const more = rows.length > pageSize;
    const read = neighbourhoodFromRows(mapping, centre, rows.slice(0, pageSize));
    let total = counted;
    if (more && offset === 0) {
      const counts = await this.#count(centre, signal);
      total = counts.reduce((sum, count) => sum + count.edges, 0);
      if (total > (this.#options.largeNeighbourhood ?? 5_000)) {
        await this.#readSources(read.edges, signal);
        return { kind: 'too-large', centre, ...read, total, counts };
      }
    }
    await this.#readSources(read.edges, signal);
    this.fetched.addNodes(read.nodes);
    this.fetched.addEdges(read.edges);
    this.fetched.markNeighbourhood(centre.id, { loaded: offset + read.edges.length, complete: !more, total });
    return { kind: 'loaded', centre, ...this.fetched.around(centre.id), more, total };
  }

  async #count(centre: LiveNode, signal: AbortSignal): Promise<RelationCount[]> {
    const { mapping, graph } = this.#options;
    const { rows } = await select(this.#options, neighbourhoodCountQuery(mapping, centre.iri, graph), signal);
    return rows.map((row) => ({
      predicate: row.get('p')?.value ?? '',
      direction: row.get('dir')?.value === 'in' ? 'in' : 'out',
      edges: Number(row.get('edges')?.value ?? 0),
      nodes: Number(row.get('nodes')?.value ?? 0),
    }));
  }

  /** Reads the cited works `edges` name that are not here yet (one query), so Evidence can show them. */
  async #readSources(edges: readonly LiveEdge[], signal: AbortSignal): Promise<void> {
    const { mapping, graph } = this.#options;
    const query = sourcesQuery(mapping, this.fetched.missingSources(edges), graph);
    if (!query) return;
    const { rows } = await select(this.#options, query, signal);
    this.fetched.addSources(rows.map(sourceFromRow).filter((source) => source !== undefined));
  }

  /** The cited works of an edge that was loaded. */
  sourcesOf(edgeId: string): Source[] {
    const edge = this.fetched.edges.get(edgeId);
    return (edge?.sourceIris ?? [])
      .map((iri) => this.fetched.sources.get(iri))
      .filter((source) => source !== undefined);
  }
}
