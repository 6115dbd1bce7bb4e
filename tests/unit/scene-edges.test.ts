// The relationships a tour step or a path draws among its nodes: directed ones and the undirected ones a mixed
// imported graph has, each once.
import { describe, expect, it } from 'vitest';
import { emptyAtlasGraph } from '../../src/lib/graph/build-graph';
import { composeScene, type SceneInput } from '../../src/lib/state/scene';
import { emptyView } from '../../src/lib/state/view';

function mixedGraph() {
  const graph = emptyAtlasGraph();
  for (const id of ['gene:a', 'gene:b', 'gene:c', 'gene:d'])
    graph.addNode(id, { kind: 'gene', label: id, synonyms: [], links: [] });
  const attributes = {
    relation: 'associated-with' as const,
    evidence: 'established' as const,
    sources: [],
    claims: [],
  };
  graph.addDirectedEdgeWithKey('a-b', 'gene:a', 'gene:b', attributes);
  graph.addUndirectedEdgeWithKey('b-c', 'gene:b', 'gene:c', attributes);
  graph.addUndirectedEdgeWithKey('c-d', 'gene:c', 'gene:d', attributes);
  return graph;
}

function input(tour: SceneInput['tour']): SceneInput {
  const graph = mixedGraph();
  const none = { nodes: new Set<string>(), edges: new Set<string>(), omittedNodes: 0, omittedEdges: 0 };
  return {
    graph,
    view: emptyView(),
    drawn: none,
    mapPositions: new Map(graph.mapNodes((id) => [id, { x: 0, y: 0 }] as const)),
    overview: null,
    path: null,
    flow: null,
    tour,
    compareTargets: [],
    canvas: { width: 800, height: 600 },
    forceLayoutOf: (nodes) => new Map([...nodes].map((id, index) => [id, { x: index * 100, y: 0 }])),
    kindPlural: (kind) => `${kind}s`,
  };
}

describe('a tour step on a mixed graph', () => {
  it('draws the directed and undirected relationships among its nodes, and none that leave them', () => {
    const scene = composeScene(input({ nodes: ['gene:a', 'gene:b', 'gene:c'], edges: [] }));
    expect(scene.kind).toBe('tour');
    expect([...scene.edges].sort()).toEqual(['a-b', 'b-c']);
  });
});
