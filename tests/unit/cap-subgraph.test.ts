// Cutting a visible subgraph down to what can be drawn: best-connected nodes first, the selection always kept, only
// edges between kept nodes, and honest counts of what is left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { capSubgraph } from '../../src/lib/graph/cap-subgraph';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

// A hub with five spokes, a second hub with two, and a loose pair.
const graph = buildGraph(
  ['hub', 'a', 'b', 'c', 'd', 'e', 'second', 'f', 'g', 'loose', 'pair'].map((id) => nodeRecord(`drug:${id}`, id)),
  [
    ...['a', 'b', 'c', 'd', 'e'].map((id) => edgeRecord('drug:hub', 'treats', `drug:${id}`)),
    edgeRecord('drug:second', 'treats', 'drug:f'),
    edgeRecord('drug:second', 'treats', 'drug:g'),
    edgeRecord('drug:second', 'treats', 'drug:a'),
    edgeRecord('drug:loose', 'treats', 'drug:pair'),
  ],
);
const visible = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };

describe('capSubgraph', () => {
  it('hands back what is visible, untouched, when it fits', () => {
    const capped = capSubgraph(graph, visible, { maxNodes: 100, maxEdges: 100 });
    expect(capped.nodes).toBe(visible.nodes);
    expect(capped.edges).toBe(visible.edges);
    expect(capped).toMatchObject({ omittedNodes: 0, omittedEdges: 0 });
  });

  it('keeps the best-connected nodes, ties broken by id, and only edges between them', () => {
    const capped = capSubgraph(graph, visible, { maxNodes: 3, maxEdges: 100 });
    expect([...capped.nodes]).toEqual(['drug:hub', 'drug:second', 'drug:a']);
    expect([...capped.edges].sort()).toEqual(['drug:hub|treats|drug:a', 'drug:second|treats|drug:a']);
    expect(capped.omittedNodes).toBe(graph.order - 3);
    expect(capped.omittedEdges).toBe(graph.size - 2);
  });

  it('always keeps the nodes it is told to keep, and their edges first', () => {
    const capped = capSubgraph(graph, visible, { maxNodes: 3, maxEdges: 1 }, ['drug:pair', 'drug:loose']);
    expect([...capped.nodes]).toEqual(['drug:pair', 'drug:loose', 'drug:hub']);
    expect([...capped.edges]).toEqual(['drug:loose|treats|drug:pair']);
  });

  it('ranks the preferred nodes (the neighbours of the focus) ahead of better-connected others', () => {
    const prefer = new Set(['drug:f', 'drug:g']);
    const capped = capSubgraph(graph, visible, { maxNodes: 3, maxEdges: 100 }, ['drug:second'], prefer);
    expect([...capped.nodes]).toEqual(['drug:second', 'drug:f', 'drug:g']);
  });

  it('ignores nodes to keep that are not visible', () => {
    const some = { nodes: new Set(['drug:hub', 'drug:a', 'drug:b']), edges: new Set<string>() };
    const capped = capSubgraph(graph, some, { maxNodes: 2, maxEdges: 10 }, ['drug:loose']);
    expect([...capped.nodes]).toEqual(['drug:hub', 'drug:a']);
  });

  it('never passes its limits, never draws an edge without both ends, and counts the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 10 }), (maxNodes, maxEdges) => {
        const capped = capSubgraph(graph, visible, { maxNodes, maxEdges });
        expect(capped.nodes.size).toBeLessThanOrEqual(maxNodes);
        expect(capped.edges.size).toBeLessThanOrEqual(maxEdges);
        for (const edge of capped.edges) {
          expect(capped.nodes.has(graph.source(edge)) && capped.nodes.has(graph.target(edge))).toBe(true);
        }
        expect(capped.nodes.size + capped.omittedNodes).toBe(graph.order);
        expect(capped.edges.size + capped.omittedEdges).toBe(graph.size);
      }),
    );
  });
});
