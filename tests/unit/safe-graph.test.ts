// graphology's neighbour indices hold any node id: on every kind of graph, ids such as "constructor" and "__proto__"
// are neighbours only when an edge joins them, and nothing reaches Object.prototype.
import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/lib/graph/safe-graph';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'a'];

describe.each([
  ['directed', false],
  ['directed', true],
  ['undirected', false],
  ['undirected', true],
  ['mixed', false],
  ['mixed', true],
] as const)('a %s graph (multi: %s)', (type, multi) => {
  it('keeps edges between nodes with any id, and only those', () => {
    const graph = new Graph({ type, multi });
    for (const id of IDS) graph.addNode(id);
    const join = (source: string, target: string) =>
      type === 'undirected' ? graph.addUndirectedEdge(source, target) : graph.addDirectedEdge(source, target);
    join('a', 'constructor');
    join('__proto__', 'a');
    join('toString', '__proto__');
    if (multi) join('__proto__', 'a');
    expect(graph.hasEdge('a', 'constructor')).toBe(true);
    expect(graph.hasEdge('a', 'valueOf')).toBe(false);
    expect(graph.hasEdge('a', 'hasOwnProperty')).toBe(false);
    expect(type === 'undirected' || graph.hasDirectedEdge('a', 'toString')).toBe(type === 'undirected');
    expect(graph.neighbors('a').sort()).toEqual(['__proto__', 'constructor']);
    expect(graph.degree('__proto__')).toBe(multi ? 3 : 2);
    expect(graph.areNeighbors('valueOf', 'a')).toBe(false);
    graph.dropNode('__proto__');
    expect(graph.neighbors('a')).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});
