// The RDF export read back by a plain RDF parser (n3) and the documented vocabulary alone gives the same nodes, edges,
// evidence, sources and typed attributes: for the curated graph and for an imported file with awkward ids.
import { describe, expect, it } from 'vitest';
import { curatedDataset, type AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { importedDataset, previewImport } from '../../src/lib/data/imported-dataset';
import { datasetNTriples, datasetTurtle } from '../../src/lib/data/rdf/write-rdf';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { parseRdf, readBack } from '../fixtures/rdf-read-back';

const { bundle } = loadCuratedBundle();

/** What the graph holds, in the shape the reader rebuilds (absent fields are undefined, which toEqual ignores). */
function expected(dataset: AtlasDataset) {
  const { graph } = dataset;
  return {
    nodes: graph.mapNodes((id, node) => ({
      id,
      kind: node.kind,
      label: node.label,
      phrase: node.phrase,
      synonyms: node.synonyms,
      summary: node.summary,
      status: node.status,
      approvedFor: node.approvedFor,
      onset: node.onset,
      ids: node.ids,
      links: node.links,
      group: node.group,
      landmark: node.landmark,
      data: node.data && Object.keys(node.data).length > 0 ? node.data : undefined,
    })),
    edges: graph.mapEdges((key, edge, source, target, _s, _t, undirected) => ({
      key,
      source,
      target,
      relation: edge.relation,
      evidence: edge.evidence,
      sources: edge.sources,
      note: edge.note,
      quotePage: edge.quotePage,
      hedged: edge.hedged,
      claims: edge.claims,
      undirected: undirected || undefined,
      data: edge.data && Object.keys(edge.data).length > 0 ? edge.data : undefined,
      direct: true,
    })),
  };
}

function roundTrips(dataset: AtlasDataset) {
  const want = expected(dataset);
  for (const [format, text] of [
    ['Turtle', datasetTurtle(dataset).join('')],
    ['N-Triples', datasetNTriples(dataset).join('')],
  ] as const) {
    const read = readBack(parseRdf(text, format), dataset.id);
    expect(read.nodes, format).toEqual(want.nodes);
    expect(read.edges, format).toEqual(want.edges);
    expect(read.sources, format).toEqual(dataset.sources);
  }
}

describe('the curated graph as RDF', () => {
  const dataset = curatedDataset({ ...bundle, positions: {} });

  it('reads back with every node, edge, evidence level, source and citation field', () => {
    expect(dataset.graph.order).toBeGreaterThan(400);
    roundTrips(dataset);
  });

  it('uses the agreed class, predicate and evidence names', () => {
    const turtle = datasetTurtle(dataset, { version: bundle.dataset.version }).join('');
    expect(turtle).toContain('@prefix sa: <urn:synapse-atlas:vocab:> .');
    expect(turtle).toContain('@prefix node: <urn:synapse-atlas:curated:node:> .');
    expect(turtle).toContain('node:drug%3Afluoxetine a sa:Drug ;');
    expect(turtle).toMatch(/sa:BrainRegion a rdfs:Class ;\s+rdfs:subClassOf sa:Entity ;\s+rdfs:label "Brain region"/);
    expect(turtle).toContain('sa:agonistOf a rdf:Property ;');
    expect(turtle).toContain('sa:Established a sa:EvidenceLevel ;');
    expect(turtle).toContain('dcterms:hasVersion "2.0.0"'.replace('2.0.0', bundle.dataset.version));
    expect(turtle).toMatch(/node:drug%3Afluoxetine [^.]*sa:inhibits [^.]*node:transporter%3Asert/s);
  });
});

/** A graph file with ids and labels that need escaping everywhere, typed attributes, parallel and undirected edges. */
const AWKWARD = JSON.stringify({
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  attributes: { constructor: 'graph attribute', year: 2024 },
  nodes: [
    { key: '__proto__', attributes: JSON.parse('{"label":"Proto","__proto__":"own","count":3}') as object },
    { key: 'has space', attributes: { label: 'He said "hi"\nthen left \\ quietly', weight: 1.5, flag: true } },
    { key: 'hash#tag', attributes: { label: 'Tab\there', tags: ['a', 'b'], meta: { nested: [1, null] } } },
    { key: 'Zürich ✓ 神経 😀', attributes: { label: 'Zürich ✓', big: 2 ** 40, negative: -7, empty: '' } },
    { key: '"quoted" <id> {x}|^`', attributes: { label: '\'single\' and "double"', nothing: null } },
    { key: '100%', attributes: { label: '100% sure', tiny: 1e-300 } },
  ],
  edges: [
    { key: '__proto__', source: '__proto__', target: 'has space', attributes: { relation: 'treats', weight: 2 } },
    { key: 'e #1', source: '__proto__', target: 'has space', attributes: { relation: 'treats', note: 'parallel' } },
    { key: 'undirected edge', source: 'hash#tag', target: 'Zürich ✓ 神経 😀', undirected: true },
    { key: 'loop', source: '100%', target: '100%', attributes: { type: 'self regard', 'odd name!': 'x' } },
    { key: 'ünï', source: '"quoted" <id> {x}|^`', target: 'hash#tag', attributes: { relation: 'inhibits' } },
  ],
});

describe('an imported graph as RDF', () => {
  const preview = previewImport([{ name: 'awkward.json', text: AWKWARD }], bundle);
  const dataset = importedDataset(preview, 'import-awkward', bundle);

  it('reads back with the same ids, labels, directions and typed attributes', () => {
    expect(preview.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(dataset.graph.order).toBe(6);
    expect(dataset.graph.size).toBe(5);
    roundTrips(dataset);
  });

  it("keeps the file's own graph attributes on the dataset", () => {
    const read = readBack(parseRdf(datasetTurtle(dataset).join(''), 'Turtle'), dataset.id);
    expect(read.graphAttributes).toEqual(dataset.attributes?.graph);
    expect(Object.getOwnPropertyDescriptor(read.nodes[0]?.data ?? {}, '__proto__')?.value).toBe('own');
  });

  it('writes measures as node attributes', () => {
    const values = new Map(dataset.graph.mapNodes((node) => [node, node.length] as const));
    const extra = [{ column: { name: 'degree centrality', type: 'double' as const }, values }];
    const read = readBack(parseRdf(datasetNTriples(dataset, { extra }).join(''), 'N-Triples'), dataset.id);
    expect(read.nodes.map((node) => node.data?.['degree centrality'])).toEqual(
      dataset.graph.nodes().map((n) => n.length),
    );
  });
});
