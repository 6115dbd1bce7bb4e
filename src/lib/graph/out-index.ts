// A large graph's relationships by the node they start at, in typed arrays: walking the relationships of thousands
// of nodes at once (a hub's neighbourhood) through graphology's maps of each node took 20 ms per hundred thousand;
// through these arrays it is a fraction of a millisecond, leaving only the relationships that are kept to look up.
import type { AtlasGraph } from './build-graph';
import type { EdgeAttributes } from './types';
import { forEachInTimeSlices } from '../util/time-slices';

export interface OutIndex {
  /** Each node's place in `ids`. */
  readonly place: ReadonlyMap<string, number>;
  readonly ids: readonly string[];
  /** Node i's relationships are entries `start[i]` up to `start[i + 1]` of `ends` (the other node) and `edges`. */
  readonly start: Int32Array;
  readonly ends: Int32Array;
  readonly edges: readonly string[];
  /** Each relationship's attributes, as the graph holds them (the app never replaces them). */
  readonly attributes: readonly EdgeAttributes[];
}

/** Gathers a graph's relationships one at a time, then sorts them by the node they start at. */
class OutIndexBuilder {
  readonly #ids: string[];
  readonly #place = new Map<string, number>();
  // Room for every relationship, and undirected ones twice.
  readonly #from: Int32Array;
  readonly #to: Int32Array;
  readonly #edges: string[];
  readonly #attributes: EdgeAttributes[];
  #count = 0;

  constructor(graph: AtlasGraph) {
    this.#ids = graph.nodes();
    this.#ids.forEach((id, index) => this.#place.set(id, index));
    const room = graph.size + graph.undirectedSize;
    this.#from = new Int32Array(room);
    this.#to = new Int32Array(room);
    this.#edges = new Array<string>(room);
    this.#attributes = new Array<EdgeAttributes>(room);
  }

  /** Directed relationships are listed at their source, undirected ones at both ends (a loop once). */
  add(edge: string, attributes: EdgeAttributes, source: string, target: string, undirected: boolean): void {
    const from = this.#place.get(source) ?? 0;
    const to = this.#place.get(target) ?? 0;
    this.#list(from, to, edge, attributes);
    if (undirected && from !== to) this.#list(to, from, edge, attributes);
  }

  #list(from: number, to: number, edge: string, attributes: EdgeAttributes): void {
    const at = this.#count++;
    this.#from[at] = from;
    this.#to[at] = to;
    this.#edges[at] = edge;
    this.#attributes[at] = attributes;
  }

  finish(): OutIndex {
    const ids = this.#ids;
    const total = this.#count;
    const start = new Int32Array(ids.length + 1);
    for (let item = 0; item < total; item++) {
      const from = this.#from[item] ?? 0;
      start[from + 1] = (start[from + 1] ?? 0) + 1;
    }
    for (let index = 0; index < ids.length; index++) start[index + 1] = (start[index + 1] ?? 0) + (start[index] ?? 0);
    const ends = new Int32Array(total);
    const edges = new Array<string>(total);
    const attributes = new Array<EdgeAttributes>(total);
    const next = start.slice(0, ids.length);
    for (let item = 0; item < total; item++) {
      const from = this.#from[item] ?? 0;
      const at = next[from] ?? 0;
      next[from] = at + 1;
      ends[at] = this.#to[item] ?? 0;
      edges[at] = this.#edges[item] ?? '';
      const values = this.#attributes[item];
      if (values) attributes[at] = values;
    }
    return { place: this.#place, ids, start, ends, edges, attributes };
  }
}

export function buildOutIndex(graph: AtlasGraph): OutIndex {
  const builder = new OutIndexBuilder(graph);
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) =>
    builder.add(edge, attributes, source, target, undirected),
  );
  return builder.finish();
}

/** The index of each graph, with the order and size it was built at: the app's graphs only grow. */
const built = new WeakMap<AtlasGraph, { order: number; size: number; index: OutIndex }>();

const current = (graph: AtlasGraph) => {
  const known = built.get(graph);
  return known && known.order === graph.order && known.size === graph.size ? known.index : undefined;
};

/** The graph's index, built on first use and again once the graph has grown. */
export function outIndexOf(graph: AtlasGraph): OutIndex {
  const known = current(graph);
  if (known) return known;
  const index = buildOutIndex(graph);
  built.set(graph, { order: graph.order, size: graph.size, index });
  return index;
}

/**
 * Builds the graph's index beforehand in slices of about 30 ms (a quarter of a million relationships take about
 * 50 ms at once), so the first neighbourhood walked finds it ready. A graph that grows meanwhile is left for
 * `outIndexOf` to index when it is next walked.
 */
export async function prepareOutIndex(graph: AtlasGraph): Promise<void> {
  if (current(graph)) return;
  const order = graph.order;
  const size = graph.size;
  const builder = new OutIndexBuilder(graph);
  await forEachInTimeSlices(graph.edgeEntries(), size, ({ edge, attributes, source, target, undirected }) =>
    builder.add(edge, attributes, source, target, undirected),
  );
  if (graph.order === order && graph.size === size && !current(graph))
    built.set(graph, { order, size, index: builder.finish() });
}

/**
 * Calls `callback` for each relationship starting at one of `from` (undirected ones from either end) whose other
 * end is in `among`: the edge, its attributes, its start and its other end.
 */
export function forEachEdgeAmong(
  index: OutIndex,
  from: Iterable<string>,
  among: ReadonlySet<string>,
  callback: (edge: string, attributes: EdgeAttributes, start: string, end: string) => void,
): void {
  const inside = new Uint8Array(index.ids.length);
  for (const node of among) {
    const at = index.place.get(node);
    if (at !== undefined) inside[at] = 1;
  }
  for (const node of from) {
    const at = index.place.get(node);
    if (at === undefined) continue;
    const last = index.start[at + 1] ?? 0;
    for (let entry = index.start[at] ?? 0; entry < last; entry++) {
      const end = index.ends[entry] ?? 0;
      const attributes = index.attributes[entry];
      if (inside[end] === 1 && attributes) callback(index.edges[entry] ?? '', attributes, node, index.ids[end] ?? '');
    }
  }
}
