// @vitest-environment jsdom
// Thousands of generated and mutated files for every importer and for tour files: none may throw, every problem is a
// typed, located, plain sentence, and no file can add to Object.prototype or choose the prototype of its attributes.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ATTRIBUTE_TYPES } from '../../src/lib/graph/attribute-schema';
import { parseCsv, toCsvEdges, toCsvNodes } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson, toCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { parseGexf, toGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml, toGraphml } from '../../src/lib/data/formats/graphml';
import { parseGraphologyJson, toGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import type { ImportResult } from '../../src/lib/data/formats/import-result';
import { bundleTourContext, validateTour } from '../../src/lib/data/validate-tour';
import { parseYamlDocument } from '../../src/lib/data/yaml-document';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
/** How many inputs each property fed in, reported at the end (and in the issue note). */
const casesRun = new Map<string, number>();
const count = (name: string) => casesRun.set(name, (casesRun.get(name) ?? 0) + 1);
afterAll(() => {
  const total = [...casesRun.values()].reduce((sum, runs) => sum + runs, 0);
  console.info(
    `Importer fuzzing: ${total} inputs (${[...casesRun].map(([name, runs]) => `${name} ${runs}`).join(', ')})`,
  );
});

/** The rules every importer keeps, whatever it is given. */
function expectWellBehaved(result: ImportResult): void {
  expect(Array.isArray(result.problems)).toBe(true);
  for (const problem of result.problems) {
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    expect(['error', 'warning']).toContain(problem.severity);
    for (const key of ['line', 'column', 'row'] as const) {
      const value = problem[key];
      if (value !== undefined) expect(Number.isInteger(value) && value > 0, `${key} is ${value}`).toBe(true);
    }
  }
  if (result.graph === null) {
    expect(result.problems.some((problem) => problem.severity === 'error')).toBe(true);
  } else {
    result.graph.forEachNode((_node, attributes) => expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype));
    result.graph.forEachEdge((_edge, attributes) => expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype));
    const graph = result.graph;
    for (const domain of ['graph', 'node', 'edge'] as const)
      for (const column of result.schema[domain]) expect(ATTRIBUTE_TYPES).toContain(column.type);
    for (const [node, look] of result.look.nodes) {
      expect(graph.hasNode(node)).toBe(true);
      for (const value of [look.x, look.y, look.size])
        if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
    }
    for (const edge of result.look.edges.keys()) expect(graph.hasEdge(edge)).toBe(true);
  }
  expect(result.skipped.nodes).toBeGreaterThanOrEqual(0);
  expect(result.skipped.edges).toBeGreaterThanOrEqual(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
}

/** Runs `parse` on `input`, failing the property (with the input) if it throws. */
function run(name: string, parse: (text: string) => ImportResult, input: string): void {
  count(name);
  let result: ImportResult;
  try {
    result = parse(input);
  } catch (error) {
    throw new Error(`${name} threw ${String(error)} on ${JSON.stringify(input.slice(0, 300))}`, { cause: error });
  }
  expectWellBehaved(result);
}

/** A small graph with awkward values, written out by each format's own writer as the seed for mutations. */
function seedGraph(): AbstractGraph {
  const graph = new MultiDirectedGraph();
  graph.addNode('drug:fluoxetine', { label: 'Fluoxetine', kind: 'drug', synonyms: ['Prozac', 'Sarafem'], x: 1.5 });
  graph.addNode('transporter:sert', { label: 'Serotonin transporter & "SERT"', kind: 'transporter', weight: 3 });
  graph.addNode('condition:depression', { label: 'Depression <major>', note: 'line one\nline two', flag: true });
  graph.addNode('007', { label: '007', nested: { deep: [1, { two: 2 }] } });
  graph.addDirectedEdgeWithKey('e1', 'drug:fluoxetine', 'transporter:sert', { relation: 'inhibits', weight: 0.5 });
  graph.addDirectedEdgeWithKey('e2', 'drug:fluoxetine', 'condition:depression', { relation: 'treats' });
  graph.addDirectedEdge('transporter:sert', 'condition:depression', { relation: 'implicated-in' });
  graph.addDirectedEdge('007', '007', {});
  // Ids and names every plain object already has are ordinary strings here.
  graph.addNode('__proto__', { constructor: 'x', toString: 1 });
  graph.addDirectedEdgeWithKey('constructor', '__proto__', '007', { hasOwnProperty: false });
  return graph;
}

const seed = seedGraph();
/** The look goes into the seeds too, so the mutations reach the viz: section, positions and styles. */
const look = {
  nodes: new Map([['drug:fluoxetine', { x: 10, y: -4, colour: '#e69f00', size: 12, shape: 'diamond' }]]),
  edges: new Map([['e1', { colour: '#0072b2cc', width: 2, line: 'dashed' }]]),
};
const SEEDS = {
  json: toGraphologyJson(seed),
  cytoscape: toCytoscapeJson(seed, { look }),
  gexf: toGexf(seed, { look }),
  graphml: toGraphml(seed, { look }),
  csvEdges: toCsvEdges(seed),
  csvNodes: toCsvNodes(seed),
};

/** Fragments that matter to the formats' grammars, and hostile ones, spliced in by the mutations. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ',',
  ':',
  '\n',
  '\r\n',
  '\t',
  '\\',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '\uD800',
  '😀',
  'null',
  'true',
  'NaN',
  '1e999',
  '-0',
  '""',
  '"__proto__"',
  '"constructor"',
  '"prototype"',
  '"toString"',
  '{"__proto__":{"polluted":true}}',
  '"key"',
  '"source"',
  '"target"',
  '"nodes"',
  '"edges"',
  '"elements"',
  '"data"',
  '"id"',
  '"group"',
  '"attributes"',
  '"options"',
  '"multi"',
  '"type"',
  '"undirected"',
  '"position"',
  '<',
  '>',
  '/>',
  '</',
  '<node id="x"/>',
  '<edge source="x" target="nowhere"/>',
  '<node id="__proto__"/>',
  '</graph>',
  '<graph>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&undefined;',
  '<!DOCTYPE g [<!ENTITY e "eeeeeeeeee">]>',
  '<?xml version="1.0"?>',
  'xmlns="http://gexf.net/1.3"',
  '<attvalue for="0" value="{&quot;__proto__&quot;:1}"/>',
  '<data key="d0">x</data>',
  'attr.name="__proto__"',
  '__proto__',
  'constructor',
  'id',
  'source',
  'target',
  'label:json',
  '__proto__:json',
  '"a,b"',
  '""""',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'replace'; at: number; text: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const insertion = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 12 }));
const mutationArbitrary: fc.Arbitrary<Mutation> = fc
  .oneof(
    fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }),
    fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: position }),
    fc.record({ kind: fc.constant('replace' as const), at: position, text: insertion }),
  )
  .map((mutation) => mutation as Mutation);

function mutate(text: string, mutations: readonly (Mutation & { at: number })[]): string {
  let result = text;
  for (const mutation of mutations) {
    const at = Math.floor(mutation.at * result.length);
    switch (mutation.kind) {
      case 'delete':
        result = result.slice(0, at) + result.slice(at + mutation.length);
        break;
      case 'insert':
        result = result.slice(0, at) + mutation.text + result.slice(at);
        break;
      case 'duplicate':
        result = result.slice(0, at + mutation.length) + result.slice(at, at + mutation.length) + result.slice(at);
        break;
      case 'truncate':
        result = result.slice(0, at);
        break;
      case 'replace':
        result = result.slice(0, at) + mutation.text + result.slice(at + mutation.text.length);
        break;
    }
  }
  return result;
}

const mutationsOf = (text: string) =>
  fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }).map((mutations) => mutate(text, mutations));

/** Keys a hostile file would pick. */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'id', 'key', ''),
  fc.string({ maxLength: 8 }),
);
const attributes = fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });

describe('graphology JSON importer', () => {
  it('mutated files', () => {
    fc.assert(
      fc.property(mutationsOf(SEEDS.json), (text) => run('json mutated', parseGraphologyJson, text)),
      {
        numRuns: 2000,
      },
    );
  }, 120_000);

  it('generated documents, hostile keys included', () => {
    const ids = fc.oneof(hostileKey, fc.integer({ min: -3, max: 30 }), fc.constantFrom(null, true, 1.5, {}));
    const documentArbitrary = fc.record(
      {
        options: fc.oneof(
          fc.record({ type: fc.constantFrom('directed', 'undirected', 'mixed', 'other'), multi: fc.boolean() }),
          fc.jsonValue(),
        ),
        attributes: fc.oneof(attributes, fc.jsonValue()),
        nodes: fc.array(fc.record({ key: ids, attributes: fc.oneof(attributes, fc.jsonValue()) }), { maxLength: 12 }),
        edges: fc.oneof(
          fc.array(
            fc.record(
              { key: ids, source: ids, target: ids, undirected: fc.boolean(), attributes },
              { requiredKeys: ['source', 'target'] },
            ),
            { maxLength: 16 },
          ),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(documentArbitrary, fc.jsonValue()), (document) =>
        run('json generated', parseGraphologyJson, JSON.stringify(document) ?? ''),
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('hostile keys written raw (JSON.parse makes "__proto__" an own key)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.constantFrom('options', 'attributes', 'node', 'edge'),
        (key, where) => {
          const hostile = `{"${key}":{"polluted":"yes"},"polluted":1}`;
          const text =
            where === 'options'
              ? `{"options":${hostile},"nodes":[{"key":"a"}]}`
              : where === 'attributes'
                ? `{"attributes":${hostile},"nodes":[{"key":"a"}]}`
                : where === 'node'
                  ? `{"nodes":[{"key":"${key}","attributes":${hostile}}]}`
                  : `{"nodes":[{"key":"a"},{"key":"${key}"}],"edges":[{"source":"a","target":"${key}","attributes":${hostile}}]}`;
          run('json hostile', parseGraphologyJson, text);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('Cytoscape JSON importer', () => {
  it('mutated files', () => {
    fc.assert(
      fc.property(mutationsOf(SEEDS.cytoscape), (text) => run('cytoscape mutated', parseCytoscapeJson, text)),
      {
        numRuns: 2000,
      },
    );
  }, 120_000);

  it('generated documents in both shapes Cytoscape writes', () => {
    const data = fc.record(
      { id: fc.oneof(hostileKey, fc.integer()), source: hostileKey, target: hostileKey, label: fc.string() },
      { requiredKeys: [] },
    );
    const element = fc.record(
      {
        group: fc.constantFrom('nodes', 'edges', 'other'),
        data: fc.oneof(
          data.chain((base) => attributes.map((extra) => ({ ...extra, ...base }))),
          fc.jsonValue(),
        ),
        position: fc.oneof(fc.record({ x: fc.double(), y: fc.double() }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const documentArbitrary = fc.oneof(
      fc.record({ elements: fc.array(element, { maxLength: 16 }), data: attributes }, { requiredKeys: [] }),
      fc.record({
        elements: fc.record(
          { nodes: fc.array(element, { maxLength: 10 }), edges: fc.array(element, { maxLength: 10 }) },
          { requiredKeys: [] },
        ),
      }),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(documentArbitrary, (document) =>
        run('cytoscape generated', parseCytoscapeJson, JSON.stringify(document) ?? ''),
      ),
      { numRuns: 1500 },
    );
  }, 120_000);
});

describe('CSV importer', () => {
  it('mutated edge lists, and mutated nodes and edges files together', () => {
    fc.assert(
      fc.property(mutationsOf(SEEDS.csvEdges), (text) =>
        run('csv mutated edge list', (input) => parseCsv(input), text),
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(mutationsOf(SEEDS.csvEdges), mutationsOf(SEEDS.csvNodes), (edges, nodes) =>
        run('csv mutated pair', (input) => parseCsv(input, nodes), edges),
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('generated tables with quotes, commas, line breaks and hostile headers', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom(...TOKENS), hostileKey);
    const quoted = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    const table = (header: readonly string[]) =>
      fc
        .array(fc.array(cell, { minLength: 0, maxLength: header.length + 2 }), { maxLength: 12 })
        .map((rows) => [header, ...rows].map((row) => row.map(quoted).join(',')).join('\n'));
    const edgeHeader = fc
      .array(
        fc.oneof(fc.constantFrom('source', 'target', 'id', 'undirected', 'from', 'to', 'weight:json'), hostileKey),
        {
          maxLength: 6,
        },
      )
      .map((columns) => ['source', 'target', ...columns]);
    const nodeHeader = fc.array(hostileKey, { maxLength: 5 }).map((columns) => ['id', ...columns]);
    fc.assert(
      fc.property(edgeHeader.chain(table), fc.option(nodeHeader.chain(table)), (edges, nodes) =>
        run('csv generated', (input) => parseCsv(input, nodes ?? undefined), edges),
      ),
      { numRuns: 1500 },
    );
  }, 120_000);
});

describe('GEXF importer', () => {
  it('mutated files', () => {
    fc.assert(
      fc.property(mutationsOf(SEEDS.gexf), (text) => run('gexf mutated', parseGexf, text)),
      { numRuns: 800 },
    );
  }, 180_000);
});

describe('GraphML importer', () => {
  it('mutated files', () => {
    fc.assert(
      fc.property(mutationsOf(SEEDS.graphml), (text) => run('graphml mutated', parseGraphml, text)),
      {
        numRuns: 800,
      },
    );
  }, 180_000);
});

describe('XML importers on generated documents', () => {
  const xmlText = fc.oneof(fc.string({ maxLength: 10 }), hostileKey, fc.constantFrom('<', '&', '"', ']]>', '&amp;'));
  const escaped = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/"/g, '&quot;')
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters even escaped; they are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  const maybeEscaped = fc.tuple(xmlText, fc.boolean()).map(([text, escape]) => (escape ? escaped(text) : text));
  const elements = (node: (id: string) => string, edge: (s: string, t: string) => string) =>
    fc
      .tuple(
        fc.array(maybeEscaped, { maxLength: 8 }),
        fc.array(fc.tuple(maybeEscaped, maybeEscaped), { maxLength: 10 }),
      )
      .map(([nodes, edges]) => nodes.map(node).join('') + edges.map(([s, t]) => edge(s, t)).join(''));

  it('GEXF', () => {
    const document = elements(
      (id) => `<node id="${id}" label="${id}"/>`,
      (s, t) => `<edge source="${s}" target="${t}"/>`,
    ).map(
      (body) =>
        `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${body}</nodes></graph></gexf>`,
    );
    fc.assert(
      fc.property(document, (text) => run('gexf generated', parseGexf, text)),
      { numRuns: 500 },
    );
  }, 180_000);

  it('GraphML', () => {
    const document = fc
      .tuple(
        fc.array(maybeEscaped, { maxLength: 4 }),
        elements(
          (id) => `<node id="${id}"><data key="k0">${id}</data></node>`,
          (s, t) => `<edge source="${s}" target="${t}"/>`,
        ),
      )
      .map(
        ([keys, body]) =>
          `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys
            .map((name, index) => `<key id="k${index}" for="node" attr.name="${name}" attr.type="string"/>`)
            .join('')}<graph edgedefault="directed">${body}</graph></graphml>`,
      );
    fc.assert(
      fc.property(document, (text) => run('graphml generated', parseGraphml, text)),
      { numRuns: 500 },
    );
  }, 180_000);
});

describe('tour files', () => {
  const { bundle } = loadCuratedBundle();
  const context = bundleTourContext(bundle);
  const folder = join(process.cwd(), 'graph-data/tours');
  const tours = readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => readFileSync(join(folder, file), 'utf8'));

  it('mutated tours are accepted or refused with located problems, never an exception', () => {
    expect(tours.length).toBeGreaterThan(0);
    const mutated = fc.constantFrom(...tours).chain((text) => mutationsOf(text));
    fc.assert(
      fc.property(mutated, (text) => {
        count('tour mutated');
        const document = parseYamlDocument('mutated.yaml', text);
        const result = document.syntaxProblems.length > 0 ? null : validateTour(document, context);
        const problems = result ? (result.ok ? [] : result.problems) : document.syntaxProblems;
        if (result?.ok) expect(result.tour.steps.length).toBeGreaterThan(0);
        else expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(problem.file).toBe('mutated.yaml');
          expect(problem.message.trim()).not.toBe('');
          if (problem.line !== undefined) expect(Number.isInteger(problem.line) && problem.line > 0).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
  }, 180_000);
});
