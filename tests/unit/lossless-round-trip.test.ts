// @vitest-environment jsdom
// Import → export → import loses nothing a format can hold: on every public sample and fixture, each format keeps the
// nodes, edges, their direction, every attribute value and type, and the look, except what `formatDrops` names.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsvEdges, toCsvNodes } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson, toCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { DATA_FORMATS, formatDrops, type DataFormat } from '../../src/lib/data/formats/format-limits';
import { parseGexf, toGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml, toGraphml } from '../../src/lib/data/formats/graphml';
import { parseGraphologyJson, toGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import type { ImportResult } from '../../src/lib/data/formats/import-result';
import type { WriteOptions } from '../../src/lib/data/formats/write-options';
import type { AttributeSchema } from '../../src/lib/graph/attribute-schema';

const SAMPLES = resolve(__dirname, '../../../shared/data/samples');
const FIXTURES = resolve(__dirname, '../fixtures/graphs');
const sample = (name: string) => readFileSync(resolve(SAMPLES, name), 'utf8');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Each public sample (see SOURCES.md there) and each fixture, read by its own format. */
const SOURCES: [string, () => ImportResult][] = [
  ['miserables.graphml', () => parseGraphml(sample('miserables.graphml'))],
  ['celegans.gexf', () => parseGexf(sample('celegans.gexf'))],
  ['genemania.cyjs', () => parseCytoscapeJson(sample('genemania.cyjs'))],
  ['miserables-edges.csv', () => parseCsv(sample('miserables-edges.csv'), undefined, { undirected: true })],
  ['typed-attributes.graphml', () => parseGraphml(fixture('typed-attributes.graphml'))],
  ['viz-attributes.gexf', () => parseGexf(fixture('viz-attributes.gexf'))],
  ['extra-columns CSV', () => parseCsv(fixture('extra-columns-edges.csv'), fixture('extra-columns-nodes.csv'))],
];

type Writer = (graph: AbstractGraph, options: WriteOptions) => ImportResult;

const WRITERS: Record<DataFormat, Writer> = {
  'graphology JSON': (graph, options) => parseGraphologyJson(toGraphologyJson(graph, options)),
  GEXF: (graph, options) => parseGexf(toGexf(graph, options)),
  GraphML: (graph, options) => parseGraphml(toGraphml(graph, options)),
  'CSV nodes and edges': (graph, options) => parseCsv(toCsvEdges(graph, options), toCsvNodes(graph, options)),
  'CSV edge list': (graph, options) => parseCsv(toCsvEdges(graph, options)),
  'Cytoscape JSON': (graph, options) => parseCytoscapeJson(toCytoscapeJson(graph, options)),
};

/** The attributes GraphML writes the look as; they come back as attributes too. */
const GRAPHML_LOOK = ['x', 'y', 'z', 'size', 'r', 'g', 'b'];

function read(result: ImportResult): AbstractGraph {
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(result.graph).not.toBeNull();
  return result.graph as AbstractGraph;
}

const edgesOf = (graph: AbstractGraph) =>
  graph
    .mapEdges((edge, _attributes, source, target, _s, _t, undirected) => [edge, source, target, undirected] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));

function without(attributes: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !names.includes(name)));
}

/** Each column's type (and default, unless the format drops defaults) by name. */
function types(schema: AttributeSchema, domain: 'node' | 'edge' | 'graph', names?: readonly string[], defaults = true) {
  return Object.fromEntries(
    schema[domain]
      .filter((column) => !names || names.includes(column.name))
      .map((column) => [column.name, { type: column.type, default: defaults ? column.default : undefined }]),
  );
}

describe.each(SOURCES)('%s', (_name, readSource) => {
  const first = readSource();
  const graph = read(first);
  const options = { schema: first.schema, look: first.look };

  it.each(DATA_FORMATS)('through %s', (format) => {
    const drops = formatDrops(format, graph, first.look, first.schema);
    const second = WRITERS[format](graph, options);
    const back = read(second);
    const edgeList = format === 'CSV edge list';
    const graphml = format === 'GraphML';

    // Nodes (an edge list holds only the nodes at the ends of its edges) and edges, with their ends and direction.
    const expectedNodes = graph.filterNodes((node) => !edgeList || graph.degree(node) > 0);
    expect(back.nodes().sort()).toEqual(expectedNodes.sort());
    expect(edgesOf(back)).toEqual(edgesOf(graph));
    expect(back.type).toBe(graph.size === 0 ? back.type : graph.type);

    // Every attribute value, and the type of every column.
    const addedByLook = graphml ? GRAPHML_LOOK.filter((name) => !first.schema.node.some((c) => c.name === name)) : [];
    if (!edgeList)
      graph.forEachNode((node, attributes) =>
        expect(without(back.getNodeAttributes(node), addedByLook)).toEqual(attributes),
      );
    else if (graph.someNode((_node, attributes) => Object.keys(attributes).length > 0))
      expect(drops).toContain('node attributes');
    graph.forEachEdge((edge, attributes) => expect(back.getEdgeAttributes(edge)).toEqual(attributes));
    const defaults = !drops.some((drop) => drop.startsWith('declared defaults'));
    const names = first.schema.node.map((column) => column.name);
    if (!edgeList)
      expect(types(second.schema, 'node', names, defaults)).toEqual(types(first.schema, 'node', undefined, defaults));
    expect(types(second.schema, 'edge', undefined, defaults)).toEqual(types(first.schema, 'edge', undefined, defaults));
    const graphKept = !drops.some((drop) => drop.startsWith("the graph's own attributes"));
    if (graphKept) {
      expect(back.getAttributes()).toEqual(graph.getAttributes());
      expect(types(second.schema, 'graph')).toEqual(types(first.schema, 'graph'));
    }

    // The look, where the format holds it; what it cannot hold is named.
    for (const [node, look] of first.look.nodes) {
      const again = second.look.nodes.get(node) ?? {};
      if (look.x !== undefined && !drops.includes('node positions'))
        expect([again.x, again.y]).toEqual([look.x, look.y]);
      if (look.colour !== undefined && !drops.includes('node colours'))
        expect(again.colour?.slice(0, 7)).toBe(look.colour.slice(0, 7));
      if (look.size !== undefined && !drops.includes('node sizes')) expect(again.size).toBe(look.size);
      if (look.shape !== undefined && !drops.some((drop) => drop.startsWith('node shapes')))
        expect(again.shape).toBe(look.shape);
    }
    for (const [edge, look] of first.look.edges)
      if (!drops.includes('edge colours and widths') && look.width !== undefined)
        expect(second.look.edges.get(edge)).toEqual(look);

    // Writing what was read back gives the same file again.
    const twice = WRITERS[format](back, { schema: second.schema, look: second.look });
    expect(edgesOf(read(twice))).toEqual(edgesOf(back));
  });

  it('says which formats keep everything', () => {
    expect(formatDrops('Cytoscape JSON', graph, first.look, first.schema)).toEqual([]);
  });
});

describe('what the samples declare', () => {
  it('keeps GraphML key types and applies key defaults', () => {
    const result = parseGraphml(fixture('typed-attributes.graphml'));
    const graph = read(result);
    expect(types(result.schema, 'node')).toMatchObject({
      community: { type: 'integer', default: 0 },
      approved: { type: 'boolean', default: false },
      score: { type: 'double' },
      population: { type: 'long' },
      ratio: { type: 'float' },
      code: { type: 'string' },
      note: { type: 'string' },
    });
    expect(graph.getNodeAttributes('n2')).toEqual({
      label: 'Beta',
      score: 2,
      note: 'a node note',
      community: 0,
      approved: false,
    });
    expect(graph.getNodeAttribute('n1', 'code')).toBe('007');
    expect(graph.getEdgeAttribute('e2', 'weight')).toBe(1);
    expect(graph.getAttributes()).toEqual({ title: 'A small typed graph' });
    expect(graph.type).toBe('mixed');
    expect(graph.isDirected('e3')).toBe(true);
    expect(graph.isUndirected('e1')).toBe(true);
    expect(graph.edges('n1', 'n2').sort()).toEqual(['e1', 'e2']);
  });

  it('reads GEXF attribute types, defaults and the viz section', () => {
    const result = parseGexf(fixture('viz-attributes.gexf'));
    const graph = read(result);
    expect(graph.getNodeAttributes('nmda')).toEqual({
      label: 'NMDA receptor',
      family: 'glutamate',
      residues: 938,
      affinity: 0.5,
      synonyms: ['NMDAR', 'GluN, N-methyl'],
      page: 'https://example.org/nmda',
      ionotropic: true,
    });
    expect(graph.getNodeAttribute('ampa', 'family')).toBe('unknown');
    expect(types(result.schema, 'node')).toMatchObject({ synonyms: { type: 'list' }, page: { type: 'string' } });
    expect(result.schema.node.find((column) => column.name === 'page')?.declared).toBe('anyURI');
    expect(result.look.nodes.get('nmda')).toEqual({
      x: 10,
      y: -20.5,
      z: 0,
      colour: '#e69f00',
      size: 12.5,
      shape: 'diamond',
    });
    expect(result.look.nodes.get('ampa')).toMatchObject({ colour: '#56b4e980', shape: 'rectangle' });
    expect(result.look.edges.get('a')).toEqual({ colour: '#0072b2', width: 3, line: 'dashed' });
    expect(graph.getEdgeAttributes('a')).toEqual({ label: 'co-located', weight: 2, evidence: 'established' });
    expect(types(result.schema, 'edge')).toMatchObject({ weight: { type: 'double' } });
    expect(graph.getAttributes()).toMatchObject({ creator: 'Synapse Atlas tests', lastmodifieddate: '2026-11-30' });
    expect([graph.type, graph.isDirected('b')]).toEqual(['mixed', true]);
  });

  it('guesses CSV column types, keeps codes as text, and lets the reader choose', () => {
    const nodes = fixture('extra-columns-nodes.csv');
    const edges = fixture('extra-columns-edges.csv');
    const guessed = parseCsv(edges, nodes);
    expect(types(guessed.schema, 'node')).toMatchObject({
      zip: { type: 'string' },
      score: { type: 'double' },
      approved: { type: 'boolean' },
      added: { type: 'integer' },
    });
    expect(read(guessed).getNodeAttributes('drug:a')).toMatchObject({ zip: '02139', score: 1.5, added: 2020 });
    const chosen = parseCsv(edges, nodes, {
      columnTypes: { nodes: new Map([['added', 'string']]), edges: new Map([['weight', 'string']]) },
    });
    expect(read(chosen).getNodeAttribute('drug:a', 'added')).toBe('2020');
    expect(types(chosen.schema, 'edge')).toMatchObject({ weight: { type: 'string' } });
    // A column read as numbers when it holds text: the cells that are not numbers are left out, and said so.
    const strict = parseCsv(edges, nodes, { columnTypes: { nodes: new Map([['kind', 'integer']]) } });
    expect(read(strict).getNodeAttribute('drug:a', 'kind')).toBeUndefined();
    expect(strict.problems.map((problem) => problem.message)).toContain(
      '3 cells of the column "kind" are not values of type integer; they were left out',
    );
  });
});
