// What a graph server answered, added to the live graph: new nodes placed around the node they were fetched for,
// edges once, nothing replaced, edges whose ends are not loaded left out.
import { describe, expect, it } from 'vitest';
import { addToGraph } from '../../src/lib/data/sparql/live-graph';
import type { LiveEdge, LiveNode } from '../../src/lib/data/sparql/to-model';
import { emptyAtlasGraph } from '../../src/lib/graph/build-graph';
import type { Position } from '../../src/lib/util/position';

const node = (id: string, label = id): LiveNode => ({
  id,
  iri: `urn:n:${id}`,
  kind: 'drug',
  label,
  synonyms: [],
  links: [],
});
const edge = (id: string, source: string, target: string): LiveEdge => ({
  id,
  source,
  target,
  relation: 'inhibits',
  evidence: 'established',
  sources: ['cipriani-2018'],
  sourceIris: ['urn:s:1'],
  claims: [],
  statement: `urn:st:${id}`,
});

describe('addToGraph', () => {
  it('adds new nodes around their centre and each edge once, keeping no server-only fields', () => {
    const graph = emptyAtlasGraph();
    const positions = new Map<string, Position>();
    expect(
      addToGraph(
        graph,
        positions,
        'a',
        [node('a'), node('b'), node('c')],
        [edge('e1', 'a', 'b'), edge('e2', 'a', 'c')],
      ),
    ).toEqual({
      nodes: 3,
      edges: 2,
    });
    expect(positions.size).toBe(3);
    expect(graph.getNodeAttributes('b')).not.toHaveProperty('iri');
    expect(graph.getEdgeAttributes('e1')).toMatchObject({ relation: 'inhibits', sources: ['cipriani-2018'] });
    expect(graph.getEdgeAttributes('e1')).not.toHaveProperty('sourceIris');
    const placed = positions.get('b');
    // Fetched again, with one more neighbour and an edge to a node not loaded: only what is new is added.
    expect(
      addToGraph(
        graph,
        positions,
        'b',
        [node('b', 'renamed'), node('d')],
        [edge('e1', 'a', 'b'), edge('e3', 'b', 'd'), edge('e4', 'b', 'zz')],
      ),
    ).toEqual({ nodes: 1, edges: 1 });
    expect(graph.getNodeAttribute('b', 'label')).toBe('b');
    expect(positions.get('b')).toEqual(placed);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
  });
});
