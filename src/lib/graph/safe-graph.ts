// graphology's graph classes, made safe for any node id: each node keeps its neighbours in objects keyed by id, and
// graphology makes them plain objects, where "constructor" or "__proto__" answer from Object.prototype. Here they are
// created without a prototype (and the three lookups that call a method on them use Object.hasOwn), so every string
// is an ordinary key. Every graph in the app is made from these classes; tests/unit/safe-graph.test.ts holds them to it.
import Graph, { MultiGraph, UndirectedGraph } from 'graphology';

interface NodeDataPrototype {
  clear(this: Record<string, unknown>): void;
}

/** Marks the patched classes, so that loading this module twice (tests, workers) patches once. */
const PATCHED = Symbol.for('synapse-atlas.null-prototype-neighbours');

/** The indices each kind of graph keeps per node (see graphology's NodeData classes). */
const INDICES = { mixed: ['in', 'out', 'undirected'], directed: ['in', 'out'], undirected: ['undirected'] } as const;

for (const type of ['mixed', 'directed', 'undirected'] as const) {
  // graphology keeps the node data class of a graph on the instance as a hidden property.
  const probe = new Graph({ type }) as unknown as { NodeDataClass: { prototype: NodeDataPrototype } };
  const prototype = probe.NodeDataClass.prototype as NodeDataPrototype & { [PATCHED]?: true };
  if (prototype[PATCHED]) continue;
  const clear = prototype.clear;
  prototype.clear = function (this: Record<string, unknown>) {
    clear.call(this);
    for (const index of INDICES[type]) this[index] = Object.create(null);
  };
  prototype[PATCHED] = true;
}

interface EdgeLookups {
  _nodes: Map<string, Partial<Record<'out' | 'undirected', object>>>;
  type: string;
  hasEdge(source: unknown, target?: unknown): boolean;
  hasDirectedEdge(source: unknown, target?: unknown): boolean;
  hasUndirectedEdge(source: unknown, target?: unknown): boolean;
}

const lookups = Graph.prototype as unknown as EdgeLookups & { [PATCHED]?: true };
if (!lookups[PATCHED]) {
  const { hasEdge, hasDirectedEdge, hasUndirectedEdge } = lookups;
  /** Whether `source` has `target` in one of its neighbour indices. */
  const linked = (graph: EdgeLookups, source: unknown, target: unknown, indices: readonly ('out' | 'undirected')[]) => {
    const data = graph._nodes.get(String(source));
    return !!data && indices.some((index) => data[index] !== undefined && Object.hasOwn(data[index], String(target)));
  };
  lookups.hasEdge = function (this: EdgeLookups, ...ends: unknown[]) {
    return ends.length === 2
      ? linked(this, ends[0], ends[1], ['out', 'undirected'])
      : hasEdge.apply(this, ends as [unknown]);
  };
  lookups.hasDirectedEdge = function (this: EdgeLookups, ...ends: unknown[]) {
    if (ends.length !== 2) return hasDirectedEdge.apply(this, ends as [unknown]);
    return this.type !== 'undirected' && linked(this, ends[0], ends[1], ['out']);
  };
  lookups.hasUndirectedEdge = function (this: EdgeLookups, ...ends: unknown[]) {
    if (ends.length !== 2) return hasUndirectedEdge.apply(this, ends as [unknown]);
    return this.type !== 'directed' && linked(this, ends[0], ends[1], ['undirected']);
  };
  lookups[PATCHED] = true;
}

export { Graph, MultiGraph, UndirectedGraph };
