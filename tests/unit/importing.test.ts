// @vitest-environment jsdom
// Importing a file as a dataset: format detection, how foreign kinds and relations are read, what is left out and
// reported, the styles generated for new kinds, and that the curated graph survives a round trip through each format.
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { toCsvEdges, toCsvNodes } from '../../src/lib/data/formats/csv';
import { toCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { toGexf } from '../../src/lib/data/formats/gexf';
import { toGraphml } from '../../src/lib/data/formats/graphml';
import { toGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import { readImportFiles } from '../../src/lib/data/formats/read-files';
import { mapImportedGraph } from '../../src/lib/data/import-mapping';
import { kindId, kindStyle, withGeneratedKinds } from '../../src/lib/data/kind-style';
import { curatedDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { importedDataset, importedDatasetId, previewImport } from '../../src/lib/data/imported-dataset';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle } = loadCuratedBundle();
const context = {
  vocab: bundle.vocab,
  knownSources: new Set(bundle.sources.map((source) => source.id)),
  fileSource: 'imported-file',
  fileName: 'test.json',
};

function graphWith(build: (graph: Graph) => void): Graph {
  const graph = new Graph({ multi: true, type: 'mixed' });
  build(graph);
  return graph;
}

describe('reading files', () => {
  const json = JSON.stringify({ nodes: [{ key: 'a' }], edges: [] });
  const cytoscape = JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }], edges: [] } });

  it('tells the format by the file name, then by what the file starts with', () => {
    expect(readImportFiles([{ name: 'g.json', text: json }]).format).toBe('graphology JSON');
    expect(readImportFiles([{ name: 'g.json', text: cytoscape }]).format).toBe('Cytoscape JSON');
    expect(readImportFiles([{ name: 'g.cyjs', text: cytoscape }]).format).toBe('Cytoscape JSON');
    expect(
      readImportFiles([{ name: 'g.xml', text: '<?xml version="1.0"?>\n<gexf version="1.3"></gexf>' }]).format,
    ).toBe('GEXF');
    expect(readImportFiles([{ name: 'g.txt', text: 'source,target\na,b\n' }]).format).toBe('CSV');
    expect(readImportFiles([{ name: 'g', text: '\uFEFF' + json }]).graph?.order).toBe(1);
  });

  it('reads a nodes CSV and an edges CSV together, whichever order they come in', () => {
    const read = readImportFiles([
      { name: 'net-edges.csv', text: 'source,target\na,b\n' },
      { name: 'net-nodes.csv', text: 'id,label\na,A\nb,B\nc,C\n' },
    ]);
    expect(read.name).toBe('net');
    expect([read.graph?.order, read.graph?.size]).toEqual([3, 1]);
  });

  it('says plainly what it takes when a file is not a graph, and never throws', () => {
    for (const files of [
      [],
      [{ name: 'notes.docx', text: 'PK\u0003\u0004' }],
      [{ name: 'page.html', text: '<html><body>hi</body></html>' }],
      [
        { name: 'a.json', text: json },
        { name: 'b.json', text: json },
      ],
      [
        { name: 'one.csv', text: 'source,target\na,b\n' },
        { name: 'two.csv', text: 'source,target\na,b\n' },
      ],
    ]) {
      const read = readImportFiles(files);
      expect(read.graph).toBeNull();
      expect(read.problems[0]?.message).toMatch(/file|choose|nodes/i);
    }
  });
});

describe('reading a foreign graph in the atlas vocabulary', () => {
  it('matches kinds by id, label, plural and Hetionet name, and gives other kinds their own', () => {
    const graph = graphWith((g) => {
      g.addNode('a', { kind: 'drug' });
      g.addNode('b', { type: 'Brain regions' });
      g.addNode('c', { category: 'Compound' });
      g.addNode('d', { kind: 'Biological Process' });
      g.addNode('e', { kind: 'Side "effect"' });
      g.addNode('f', {});
    });
    const mapped = mapImportedGraph(graph, context);
    expect(mapped.nodes.map((node) => node.kind)).toEqual([
      'drug',
      'brain-region',
      'drug',
      'biological-process',
      'side-effect',
      'node',
    ]);
    expect([...mapped.newKinds]).toEqual([
      ['biological-process', 'Biological Process'],
      ['side-effect', 'Side "effect"'],
      ['node', 'Node'],
    ]);
  });

  it('matches relations by id or label and keeps the name of any it cannot', () => {
    const graph = graphWith((g) => {
      for (const id of ['a', 'b']) g.addNode(id);
      g.addDirectedEdgeWithKey('e1', 'a', 'b', { relation: 'agonist of', evidence: 'clinical' });
      g.addDirectedEdgeWithKey('e2', 'a', 'b', { interaction: 'regulates' });
      g.addUndirectedEdgeWithKey('e3', 'a', 'b', {});
      g.addDirectedEdgeWithKey('e4', 'a', 'a', {});
    });
    const mapped = mapImportedGraph(graph, context);
    // Every edge is kept: the undirected one stays undirected, the self-loop stays a loop.
    expect(mapped.edges.map((edge) => [edge.id, edge.relation, edge.evidence, edge.undirected ?? false])).toEqual([
      ['e1', 'agonist-of', 'clinical', false],
      ['e2', 'associated-with', 'hypothesis', false],
      ['e3', 'associated-with', 'hypothesis', true],
      ['e4', 'associated-with', 'hypothesis', false],
    ]);
    expect(mapped.edges[1]?.note).toBe('The file calls this relationship "regulates".');
    expect(mapped.edges[1]?.data).toEqual({ interaction: 'regulates' });
    const messages = mapped.problems.map((problem) => problem.message);
    expect(messages).toContain(
      '1 relationships have a type the atlas does not know ("regulates") and read as "is associated with".',
    );
    expect(messages.some((message) => /undirected|itself/.test(message))).toBe(false);
  });

  it('reads Hetionet metaedges as our relations, the right way round', () => {
    const graph = graphWith((g) => {
      g.addNode('PharmacologicClass::N1', { kind: 'PharmacologicClass', label: 'SSRIs' });
      g.addNode('Compound::DB1', { kind: 'Compound', label: 'Fluoxetine' });
      g.addDirectedEdgeWithKey('e1', 'PharmacologicClass::N1', 'Compound::DB1', {
        relation: 'INCLUDES_PCiC',
        metaedge: 'PCiC',
      });
    });
    const [edge] = mapImportedGraph(graph, context).edges;
    expect(edge).toMatchObject({ source: 'Compound::DB1', target: 'PharmacologicClass::N1', relation: 'is-a' });
    expect(edge?.evidence).toBe('established');
  });

  it('keeps only web links, shortens endless labels, and reports both once', () => {
    const graph = graphWith((g) => {
      g.addNode('a', {
        label: 'x'.repeat(10_000),
        links: [
          { label: 'Home', url: 'https://example.org/' },
          { label: 'Bad', url: 'javascript:alert(1)' },
        ],
        url: 'data:text/html,<script>alert(1)</script>',
      });
    });
    const mapped = mapImportedGraph(graph, context);
    expect(mapped.nodes[0]?.links).toEqual([{ label: 'Home', url: 'https://example.org/' }]);
    expect(mapped.nodes[0]?.label.length).toBe(300);
    expect(mapped.problems.map((problem) => problem.message)).toEqual([
      '1 labels longer than 300 characters were shortened.',
      expect.stringMatching(/^2 links were not web addresses .* "data:text\/html/),
    ]);
  });

  it('uses the file positions only when every node has one', () => {
    const some = graphWith((g) => {
      g.addNode('a', { x: 1, y: 2 });
      g.addNode('b');
    });
    const look = { nodes: new Map([['a', { x: 1, y: 2, colour: '#cc79a7' }]]), edges: new Map() };
    expect(mapImportedGraph(some, context, look).positions).toBeNull();
    look.nodes.set('b', { x: 3, y: 4, colour: '#cc79a7' });
    const mapped = mapImportedGraph(some, context, look);
    expect([...(mapped.positions ?? [])]).toEqual([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 3, y: 4 }],
    ]);
    // The look and the attributes travel with each node as the file gave them.
    expect(mapped.nodes[0]).toMatchObject({ look: { colour: '#cc79a7' }, data: { x: 1, y: 2 } });
  });
});

describe('styles for kinds the vocabulary does not have', () => {
  it('makes ids that are safe in a style selector', () => {
    expect(kindId('Side "effect" ]')).toBe('side-effect');
    expect(kindId('__proto__')).toBe('proto');
    expect(kindId('  ')).toBe('other');
    expect(kindId('Ünïcödé')).toBe('unicode');
  });

  it('gives each new kind a different shape and colour pair, the same every time, and no curated shape', () => {
    const names = new Map(Array.from({ length: 20 }, (_, index) => [`k${index}`, `Kind ${index}`]));
    const vocab = withGeneratedKinds(bundle.vocab, names);
    const generated = [...names.keys()].map((id) => kindStyle(vocab, id));
    expect(new Set(generated.map((style) => `${style.shape} ${style.colour}`)).size).toBe(20);
    const curatedShapes = new Set(Object.values(bundle.vocab.kinds).map((style) => style.shape));
    expect(generated.some((style) => curatedShapes.has(style.shape))).toBe(false);
    expect(withGeneratedKinds(bundle.vocab, names)).toEqual(vocab);
    expect(kindStyle(vocab, 'drug')).toBe(bundle.vocab.kinds.drug);
    expect(kindStyle(bundle.vocab, 'never-seen').label).toBe('never-seen');
  });
});

/** Writing and re-reading the whole curated graph (over 900 edges) takes seconds in XML formats on a busy machine. */
const WHOLE_GRAPH_ROUND_TRIP_MS = 30_000;

describe('an imported dataset', () => {
  const curated = curatedDataset(bundle).graph;

  it.each([
    ['graphology JSON', () => [{ name: 'atlas.json', text: toGraphologyJson(curated) }]],
    ['GEXF', () => [{ name: 'atlas.gexf', text: toGexf(curated) }]],
    ['GraphML', () => [{ name: 'atlas.graphml', text: toGraphml(curated) }]],
    ['Cytoscape JSON', () => [{ name: 'atlas.cyjs', text: toCytoscapeJson(curated) }]],
    [
      'CSV',
      () => [
        { name: 'atlas-nodes.csv', text: toCsvNodes(curated) },
        { name: 'atlas-edges.csv', text: toCsvEdges(curated) },
      ],
    ],
  ])(
    'keeps the curated graph whole through %s, citations included',
    (_format, files) => {
      const preview = previewImport(files(), bundle);
      expect(preview.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const dataset = importedDataset(preview, 'import-atlas', bundle);
      expect([dataset.graph.order, dataset.graph.size]).toEqual([curated.order, curated.size]);
      curated.forEachNode((id, attributes) => {
        const imported = dataset.graph.getNodeAttributes(id);
        expect([imported.kind, imported.label, imported.summary, imported.synonyms]).toEqual([
          attributes.kind,
          attributes.label,
          attributes.summary,
          attributes.synonyms,
        ]);
      });
      curated.forEachEdge((id, attributes, source, target) => {
        const imported = dataset.graph.getEdgeAttributes(id);
        expect([dataset.graph.source(id), dataset.graph.target(id)]).toEqual([source, target]);
        expect([imported.relation, imported.evidence, imported.sources]).toEqual([
          attributes.relation,
          attributes.evidence,
          attributes.sources,
        ]);
      });
      expect(dataset.sources.length).toBe(bundle.sources.length + 1);
    },
    WHOLE_GRAPH_ROUND_TRIP_MS,
  );

  it('opens a large graph on its anchor and lays it out in a worker', () => {
    const graph = new Graph({ multi: true });
    graph.setAttribute('anchor', 'hub');
    graph.addNode('hub');
    for (let index = 0; index < 2100; index++) {
      graph.addNode(`n${index}`);
      graph.addEdge('hub', `n${index}`);
    }
    const preview = previewImport([{ name: 'big.json', text: JSON.stringify(graph.export()) }], bundle);
    const dataset = importedDataset(preview, 'import-big', bundle);
    expect(dataset.large).toBe(true);
    expect(dataset.needsLayout).toBe(true);
    expect(dataset.initialView).toEqual({ focus: 'hub', centre: 'hub', depth: 1 });
    expect(dataset.positions.size).toBe(2101);
  });

  it('never takes the id of a dataset already open', () => {
    const taken = new Set(['import-miserables', 'import-miserables-2']);
    expect(importedDatasetId('Les Misérables', () => false)).toBe('import-les-miserables');
    expect(importedDatasetId('miserables', (id) => taken.has(id))).toBe('import-miserables-3');
    expect(importedDatasetId('***', () => false)).toBe('import-graph');
  });

  it('leaves Object.prototype alone whatever keys the file uses', () => {
    const text =
      '{"nodes":[{"key":"a","attributes":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"kind":"__proto__"}}],' +
      '"edges":[],"attributes":{"__proto__":{"polluted":1}}}';
    const preview = previewImport([{ name: 'hostile.json', text }], bundle);
    const dataset = importedDataset(preview, 'import-hostile', bundle);
    expect(dataset.graph.order).toBe(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(dataset.vocab.kinds)).toContain('proto');
  });
});

describe('importing anything at all', () => {
  const names = fc.constantFrom('g.json', 'g.cyjs', 'g.gexf', 'g.graphml', 'g.csv', 'g.xml', 'g.txt', 'g', 'g.docx');
  // A 40-node part of the curated graph keeps each run quick (laying out 206 nodes every time would not be).
  const curatedGraph = curatedDataset(bundle).graph;
  const small = curatedGraph.copy();
  curatedGraph
    .nodes()
    .slice(40)
    .forEach((node) => small.dropNode(node));
  const exported = [
    toGraphologyJson(small),
    toGexf(small),
    toGraphml(small),
    toCytoscapeJson(small),
    toCsvEdges(small),
  ];
  const mutated = fc
    .tuple(fc.constantFrom(...exported), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }))
    .map(([text, at, length, insert]) => {
      const start = at % text.length;
      return text.slice(0, start) + insert + text.slice(start + (length % 200));
    });

  it('never throws: every file is either previewed as a dataset or refused with located, plain problems', () => {
    let runs = 0;
    fc.assert(
      fc.property(names, fc.oneof(fc.string({ maxLength: 300 }), fc.json(), mutated), (name, text) => {
        runs++;
        const preview = previewImport([{ name, text }], bundle);
        if (preview.mapped) {
          const dataset = importedDataset(preview, 'import-fuzz', bundle);
          expect(dataset.graph.order).toBe(preview.nodes);
          for (const kind of new Set(dataset.graph.mapNodes((_node, attributes) => attributes.kind)))
            expect(kind).toMatch(/^[a-z0-9-]+$/);
        } else {
          expect(preview.problems.length).toBeGreaterThan(0);
        }
        for (const problem of preview.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
    expect(runs).toBe(600);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 120_000);
});
