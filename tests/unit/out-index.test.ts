// A graph's relationships by the node they start at, in typed arrays: the walk gives what graphology's own walk from
// those nodes gives, for directed, undirected and looping relationships, and again once the graph has grown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type AtlasGraph } from '../../src/lib/graph/build-graph';
import { buildOutIndex, forEachEdgeAmong, outIndexOf, prepareOutIndex } from '../../src/lib/graph/out-index';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

/** Each relationship walked, as "edge start→end" sorted, with the attributes it came with checked. */
function walked(graph: AtlasGraph, from: readonly string[], among: ReadonlySet<string>): string[] {
  const seen: string[] = [];
  forEachEdgeAmong(outIndexOf(graph), from, among, (edge, attributes, start, end) => {
    expect(attributes).toBe(graph.getEdgeAttributes(edge));
    seen.push(`${edge} ${start}→${end}`);
  });
  return seen.sort();
}

/** The same from graphology: relationships from each node (undirected ones from either end) ending in `among`. */
function expected(graph: AtlasGraph, from: readonly string[], among: ReadonlySet<string>): string[] {
  const seen: string[] = [];
  const visit = (edge: string, _attributes: unknown, source: string, target: string) => {
    if (graph.isUndirected(edge)) {
      // Walked from either end: which end it was walked from decides which is its start.
      for (const start of from.filter((node) => node === source || node === target)) {
        const end = start === source ? target : source;
        if (among.has(end) && !seen.includes(`${edge} ${start}→${end}`)) seen.push(`${edge} ${start}→${end}`);
      }
    } else if (among.has(target)) seen.push(`${edge} ${source}→${target}`);
  };
  for (const node of from) {
    graph.forEachOutEdge(node, visit);
    graph.forEachUndirectedEdge(node, visit);
  }
  return seen.sort();
}

const NODES = ['gene:a', 'gene:b', 'gene:c', 'gene:d', 'anatomy:brain'];

describe('the out index', () => {
  it('walks directed relationships from their start, undirected ones from either end, loops once', () => {
    const graph = buildGraph(
      NODES.map((id) => nodeRecord(id, id)),
      [
        edgeRecord('gene:a', 'expressed-in', 'anatomy:brain'),
        edgeRecord('gene:b', 'expressed-in', 'anatomy:brain'),
        edgeRecord('gene:a', 'associated-with', 'gene:b', { undirected: true }),
        edgeRecord('gene:c', 'associated-with', 'gene:c'),
        edgeRecord('gene:d', 'associated-with', 'gene:d', { undirected: true }),
      ],
    );
    const all = new Set(NODES);
    expect(walked(graph, NODES, all)).toEqual(expected(graph, NODES, all));
    expect(walked(graph, ['gene:b'], all)).toEqual([
      'gene:a|associated-with|gene:b gene:b→gene:a',
      'gene:b|expressed-in|anatomy:brain gene:b→anatomy:brain',
    ]);
    expect(walked(graph, ['gene:a', 'gene:b'], new Set(['gene:a', 'gene:b']))).toHaveLength(2);
    expect(walked(graph, ['gene:c', 'gene:d'], all)).toHaveLength(2);
    expect(walked(graph, ['nowhere'], all)).toEqual([]);
  });

  it('is built again once the graph has grown', () => {
    const graph = buildGraph(
      NODES.map((id) => nodeRecord(id, id)),
      [edgeRecord('gene:a', 'expressed-in', 'anatomy:brain')],
    );
    const all = new Set(NODES);
    expect(walked(graph, ['gene:c'], all)).toEqual([]);
    graph.addDirectedEdgeWithKey('late', 'gene:c', 'anatomy:brain', graph.getEdgeAttributes(graph.edges()[0] ?? ''));
    expect(walked(graph, ['gene:c'], all)).toEqual(['late gene:c→anatomy:brain']);
  });

  it('can be built beforehand a slice at a time, and is then the one walked', async () => {
    const graph = buildGraph(
      NODES.map((id) => nodeRecord(id, id)),
      [
        edgeRecord('gene:a', 'expressed-in', 'anatomy:brain'),
        edgeRecord('gene:a', 'associated-with', 'gene:b', { undirected: true }),
      ],
    );
    await prepareOutIndex(graph);
    const prepared = outIndexOf(graph);
    expect(prepared).toEqual(buildOutIndex(graph));
    expect(outIndexOf(graph)).toBe(prepared);
  });

  it('agrees with graphology on any graph', () => {
    const link = fc.record({
      source: fc.constantFrom(...NODES),
      target: fc.constantFrom(...NODES),
      undirected: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(link, { maxLength: 25 }), fc.subarray(NODES), fc.subarray(NODES), (links, from, among) => {
        const graph = buildGraph(
          NODES.map((id) => nodeRecord(id, id)),
          links.map((item, index) =>
            edgeRecord(item.source, 'associated-with', item.target, {
              id: `e${index}`,
              undirected: item.undirected,
            }),
          ),
        );
        expect(walked(graph, from, new Set(among))).toEqual(expected(graph, from, new Set(among)));
      }),
    );
  });
});
