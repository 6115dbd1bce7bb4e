// What has been fetched from a graph server so far: nodes (by id and by IRI), edges, cited works, and which
// neighbourhoods are complete, so that opening one again asks the server nothing.
import type { Source } from '../schema';
import type { LiveEdge, LiveNode } from './to-model';

/** How much of a neighbourhood was read: edges loaded, whether that is all, and how many it has when counted. */
export interface NeighbourhoodProgress {
  loaded: number;
  complete: boolean;
  total?: number | undefined;
}

export class FetchedGraph {
  readonly nodes = new Map<string, LiveNode>();
  readonly edges = new Map<string, LiveEdge>();
  /** Cited works by IRI. */
  readonly sources = new Map<string, Source>();
  readonly #idByIri = new Map<string, string>();
  /** Neighbourhoods by centre id: how many of their edges are loaded, whether that is all, and the count if taken. */
  readonly #neighbourhoods = new Map<string, NeighbourhoodProgress>();

  addNodes(nodes: Iterable<LiveNode>): void {
    for (const node of nodes) {
      const known = this.nodes.get(node.id);
      if (!known || (known.summary === undefined && node.summary !== undefined)) this.nodes.set(node.id, node);
      this.#idByIri.set(node.iri, node.id);
    }
  }

  /** Keeps edges, naming their cited works by id where those are read. */
  addEdges(edges: Iterable<LiveEdge>): void {
    for (const edge of edges)
      this.edges.set(edge.id, { ...edge, sources: edge.sourceIris.map((iri) => this.sources.get(iri)?.id ?? iri) });
  }

  addSources(sources: Iterable<Source & { iri: string }>): void {
    for (const { iri, ...source } of sources) this.sources.set(iri, source);
  }

  nodeByIri(iri: string): LiveNode | undefined {
    const id = this.#idByIri.get(iri);
    return id === undefined ? undefined : this.nodes.get(id);
  }

  /** Records how many of `centre`'s neighbourhood's edges are here, and whether that is all of them. */
  markNeighbourhood(centre: string, progress: NeighbourhoodProgress): void {
    this.#neighbourhoods.set(centre, progress);
  }

  neighbourhood(centre: string): NeighbourhoodProgress | undefined {
    return this.#neighbourhoods.get(centre);
  }

  /** The loaded edges touching `centre` and the nodes at their other ends. */
  around(centre: string): { nodes: LiveNode[]; edges: LiveEdge[] } {
    const edges = [...this.edges.values()].filter((edge) => edge.source === centre || edge.target === centre);
    const ids = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    ids.delete(centre);
    const nodes = [...ids].map((id) => this.nodes.get(id)).filter((node) => node !== undefined);
    return { nodes, edges };
  }

  /** Source IRIs cited by `edges` that are not read yet. */
  missingSources(edges: Iterable<LiveEdge>): string[] {
    const missing = new Set<string>();
    for (const edge of edges) for (const source of edge.sourceIris) if (!this.sources.has(source)) missing.add(source);
    return [...missing];
  }
}
