// Every relationship of a graph as a read-only set that asks the graph, so showing a large graph whole does not copy a
// quarter of a million keys into a new set (hashing them alone takes longer than a frame).
import type { AtlasGraph } from './build-graph';

/** What views need of a set of relationship keys: a Set satisfies it, and so does `AllEdges`. */
export interface EdgeKeys extends Iterable<string> {
  readonly size: number;
  has(edge: string): boolean;
}

export class AllEdges implements EdgeKeys {
  readonly #graph: AtlasGraph;

  constructor(graph: AtlasGraph) {
    this.#graph = graph;
  }

  get size(): number {
    return this.#graph.size;
  }

  has(edge: string): boolean {
    return this.#graph.hasEdge(edge);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#graph.edges()[Symbol.iterator]();
  }
}

/**
 * The relationships of a graph that pass a test, counted once but not copied: a filter that keeps a hundred thousand
 * relationships of a large graph answers `has` by asking the test again rather than by hashing each key into a set.
 */
export class EdgesWhere implements EdgeKeys {
  readonly #graph: AtlasGraph;
  readonly #keeps: (edge: string) => boolean;
  readonly size: number;

  constructor(graph: AtlasGraph, keeps: (edge: string) => boolean, size: number) {
    this.#graph = graph;
    this.#keeps = keeps;
    this.size = size;
  }

  has(edge: string): boolean {
    return this.#graph.hasEdge(edge) && this.#keeps(edge);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const edge of this.#graph.edges()) if (this.#keeps(edge)) yield edge;
  }
}
