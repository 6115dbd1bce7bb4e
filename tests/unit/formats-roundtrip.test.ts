// @vitest-environment jsdom
// Every data format keeps nodes, edges and attributes through an export and an import (DOMParser comes from jsdom).
import Graph, { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { toCsvEdges, toCsvNodes, parseCsv } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson, toCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { parseGexf, toGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml, toGraphml } from '../../src/lib/data/formats/graphml';
import { parseGraphologyJson, toGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import type { ImportResult } from '../../src/lib/data/formats/import-result';
import { loadCuratedBundle } from '../component/load-curated-bundle';

/** Nodes, edges (ends, direction) and attributes, independent of order and of undefined values. */
function snapshot(graph: AbstractGraph) {
  const clean = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return {
    nodes: graph
      .mapNodes((node, attributes) => [node, clean(attributes)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
    edges: graph
      .mapEdges(
        (edge, attributes, source, target, _s, _t, undirected) =>
          [edge, source, target, undirected, clean(attributes)] as const,
      )
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  };
}

function imported(result: ImportResult): AbstractGraph {
  expect(result.problems).toEqual([]);
  expect(result.graph).not.toBeNull();
  return result.graph as AbstractGraph;
}

/** A small graph with the awkward values: numbers that look like text, text that looks like numbers, nesting. */
function awkwardGraph(): AbstractGraph {
  const graph = new MultiDirectedGraph();
  graph.addNode('a', { label: 'Alpha & <beta> "quoted"', weight: 2.5, count: 3, flag: true, code: '007' });
  graph.addNode('b', { label: 'Ünïcödé – en dash', tags: ['x', 'y|z'], nested: { deep: [1, { two: 2 }] } });
  graph.addNode('c', { label: 'multi\nline\ttext', mixed: 1, padded: ' spaced ' });
  graph.addNode('d', { label: '12', mixed: 'one', empty: '' });
  graph.addNode('isolated', {});
  graph.addEdgeWithKey('e1', 'a', 'b', { relation: 'binds', weight: 1.5, sources: ['s1', 's2'] });
  graph.addEdgeWithKey('e2', 'a', 'b', { relation: 'inhibits', note: 'a second, parallel edge' });
  graph.addEdgeWithKey('e3', 'c', 'd', {});
  graph.addEdgeWithKey('id,with "comma"', 'd', 'a', { hedged: false });
  return graph;
}

const curated = loadCuratedBundle().graph as unknown as AbstractGraph;

const formats: [string, (graph: AbstractGraph) => ImportResult][] = [
  ['graphology JSON', (graph) => parseGraphologyJson(toGraphologyJson(graph))],
  ['GEXF', (graph) => parseGexf(toGexf(graph))],
  ['GraphML', (graph) => parseGraphml(toGraphml(graph))],
  ['CSV nodes + edges', (graph) => parseCsv(toCsvEdges(graph), toCsvNodes(graph))],
  ['Cytoscape JSON', (graph) => parseCytoscapeJson(toCytoscapeJson(graph))],
];

/** GEXF of the whole curated graph takes a few seconds on a busy two-core machine. */
const SLOW = 30_000;

describe.each(formats)('%s round trip', (_name, roundTrip) => {
  it(
    'keeps every node, edge and attribute of the curated graph',
    () => {
      const back = imported(roundTrip(curated));
      expect(back.order).toBe(curated.order);
      expect(back.size).toBe(curated.size);
      expect(snapshot(back)).toEqual(snapshot(curated));
    },
    SLOW,
  );

  it('keeps awkward values: markup characters, lists, objects, look-alike numbers, parallel edges', () => {
    const graph = awkwardGraph();
    const back = imported(roundTrip(graph));
    expect(snapshot(back)).toEqual(snapshot(graph));
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
  });

  it('keeps undirected and mixed graphs', () => {
    const undirected = new UndirectedGraph();
    undirected.mergeEdgeWithKey('u1', 'x', 'y', { weight: 2 });
    const mixed = new Graph({ type: 'mixed' });
    mixed.mergeUndirectedEdgeWithKey('m1', 'x', 'y');
    mixed.mergeDirectedEdgeWithKey('m2', 'y', 'z');
    for (const graph of [undirected, mixed]) expect(snapshot(imported(roundTrip(graph)))).toEqual(snapshot(graph));
  });
});

describe('CSV edge list alone', () => {
  it('keeps the edges and their attributes; nodes are the edges’ ends', () => {
    const graph = awkwardGraph();
    const back = imported(parseCsv(toCsvEdges(graph)));
    expect(back.size).toBe(graph.size);
    expect(back.nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(snapshot(back).edges).toEqual(snapshot(graph).edges);
  });
});
