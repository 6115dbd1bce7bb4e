// @vitest-environment jsdom
// Every file in tests/fixtures/bad/ has an expected outcome: imported with these counts, or rejected with this
// message. None may throw, pollute a prototype, or hand back attributes whose prototype the file chose.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { parseGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml } from '../../src/lib/data/formats/graphml';
import { parseGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import { describeProblem, nothingRead, type ImportResult } from '../../src/lib/data/formats/import-result';
import { bundleTourContext, validateTour } from '../../src/lib/data/validate-tour';
import { parseYamlDocument } from '../../src/lib/data/yaml-document';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const ROOT = join(process.cwd(), 'tests/fixtures/bad');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const { bundle, graph: curated } = loadCuratedBundle();
const tourContext = bundleTourContext(bundle);

type Outcome =
  /** Imported with exactly these counts; each pattern must match one of the problems reported. */
  | { imported: { nodes: number; edges: number }; problems?: RegExp[]; check?: (result: ImportResult) => void }
  /** Nothing imported; the first problem says why. */
  | { rejected: RegExp };

interface Case {
  /** Files under tests/fixtures/bad/ this case reads. */
  files: string[];
  parse: () => ImportResult;
  outcome: Outcome;
}

const label = (result: ImportResult, node: string) => result.graph?.getNodeAttribute(node, 'label') as unknown;

/** A tour file through the same path as "Load a tour file": YAML with located problems, then the tour validator. */
function parseTour(file: string): ImportResult {
  const document = parseYamlDocument(file, read(file));
  const result = document.syntaxProblems.length > 0 ? null : validateTour(document, tourContext);
  if (result?.ok) return nothingRead([], { nodes: result.tour.steps.length, edges: 0 });
  const problems = result ? result.problems : document.syntaxProblems;
  return nothingRead(
    problems.map((problem) => ({
      file: problem.file,
      line: problem.line,
      element: problem.field,
      message: problem.message,
      severity: 'error' as const,
    })),
  );
}

const formats: Case[] = [
  // graphology JSON
  {
    files: ['json/truncated.json'],
    parse: () => parseGraphologyJson(read('json/truncated.json')),
    outcome: { rejected: /^line \d+, column \d+: this is not valid JSON/ },
  },
  {
    files: ['json/empty.json'],
    parse: () => parseGraphologyJson(read('json/empty.json')),
    outcome: { rejected: /this is not valid JSON: Unexpected end of JSON input/ },
  },
  {
    files: ['json/not-json.json'],
    parse: () => parseGraphologyJson(read('json/not-json.json')),
    outcome: { rejected: /this is not valid JSON/ },
  },
  {
    files: ['json/wrong-shape.json'],
    parse: () => parseGraphologyJson(read('json/wrong-shape.json')),
    outcome: { rejected: /this is JSON, but not a graphology graph: it has no "nodes" list/ },
  },
  {
    files: ['json/bom.json'],
    parse: () => parseGraphologyJson(read('json/bom.json')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  {
    files: ['json/edges-to-missing-nodes.json'],
    parse: () => parseGraphologyJson(read('json/edges-to-missing-nodes.json')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [
        /edges\[2\] "e3"\): the edge points to "ghost", which is not a node in the file/,
        /edges\[3\] "e4"\): the edge points to "nobody"/,
      ],
    },
  },
  {
    files: ['json/duplicate-ids.json'],
    parse: () => parseGraphologyJson(read('json/duplicate-ids.json')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [
        /nodes\[3\] "a"\): the node id "a" is used twice; kept the first/,
        /edges\[2\] "e1"\): the edge id "e1" is used twice/,
      ],
    },
  },
  {
    files: ['json/huge-attribute.json'],
    parse: () => parseGraphologyJson(read('json/huge-attribute.json')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(result.graph?.getNodeAttribute('a', 'note')).toHaveLength(1024 * 1024),
    },
  },
  {
    files: ['json/deep-nesting.json'],
    parse: () => parseGraphologyJson(read('json/deep-nesting.json')),
    outcome: { imported: { nodes: 1, edges: 0 } },
  },
  {
    files: ['json/long-labels.json'],
    parse: () => parseGraphologyJson(read('json/long-labels.json')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(String(label(result, 'a'))).toHaveLength(225_000),
    },
  },
  // Ids named like Object.prototype members are refused: graphology keeps neighbours in plain objects, so they
  // break its lookups, and "__proto__" with parallel edges would write to Object.prototype itself.
  {
    files: ['json/hostile-keys.json'],
    parse: () => parseGraphologyJson(read('json/hostile-keys.json')),
    // Ids are ordinary strings: every node and edge is kept, each attribute an own property of its record.
    outcome: {
      imported: { nodes: 4, edges: 3 },
      check: (result) => {
        const graph = result.graph;
        expect(graph?.nodes()).toEqual(['__proto__', 'constructor', 'prototype', 'hasOwnProperty']);
        expect(graph?.hasEdge('__proto__')).toBe(true);
        expect(graph?.neighbors('constructor').sort()).toEqual(['__proto__', 'prototype']);
        expect(graph?.hasEdge('prototype', 'hasOwnProperty')).toBe(true);
        expect(graph?.hasEdge('prototype', 'toString')).toBe(false);
        expect(Object.keys(graph?.getAttributes() ?? {})).toEqual(['__proto__', 'constructor']);
        expect(Object.keys(graph?.getNodeAttributes('__proto__') ?? {})).toEqual(['label', '__proto__']);
        expect(graph?.getNodeAttribute('hasOwnProperty', 'toString')).toBe('not a function');
        expect(result.schema.node.map((column) => column.name)).toEqual([
          'label',
          '__proto__',
          'constructor',
          'prototype',
          'toString',
        ]);
      },
    },
  },
  {
    files: ['json/html-and-script.json'],
    parse: () => parseGraphologyJson(read('json/html-and-script.json')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(label(result, 'a')).toBe('<script>window.__pwned = true</script>'),
    },
  },
  {
    files: ['json/dangerous-links.json'],
    parse: () => parseGraphologyJson(read('json/dangerous-links.json')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(result.graph?.getNodeAttribute('a', 'url')).toBe('javascript:alert(1)'),
    },
  },
  // GEXF
  {
    files: ['gexf/truncated.gexf'],
    parse: () => parseGexf(read('gexf/truncated.gexf')),
    outcome: { rejected: /^line \d+, column \d+: this is not well-formed XML/ },
  },
  {
    files: ['gexf/bom.gexf'],
    parse: () => parseGexf(read('gexf/bom.gexf')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  {
    files: ['gexf/edges-to-missing-nodes.gexf'],
    parse: () => parseGexf(read('gexf/edges-to-missing-nodes.gexf')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [
        /^line 12 \(edge "e3"\): the edge points to "ghost"/,
        /^line 13 \(edge "e4"\): the edge points to "nobody"/,
      ],
    },
  },
  {
    files: ['gexf/duplicate-ids.gexf'],
    parse: () => parseGexf(read('gexf/duplicate-ids.gexf')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [
        /^line 8 \(node "a"\): the node id "a" is used twice/,
        /^line 13 \(edge "e1"\): the edge id "e1" is used twice/,
      ],
    },
  },
  {
    files: ['gexf/html-and-script.gexf'],
    parse: () => parseGexf(read('gexf/html-and-script.gexf')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(label(result, 'a')).toBe('<script>window.__pwned = true</script>'),
    },
  },
  {
    files: ['gexf/hostile-keys.gexf'],
    parse: () => parseGexf(read('gexf/hostile-keys.gexf')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        expect(result.graph?.getNodeAttribute('__proto__', '__proto__')).toBe('{"polluted":"yes"}');
        expect(result.graph?.getNodeAttribute('constructor', 'constructor')).toBe('x');
        expect(result.graph?.hasEdge('__proto__', 'constructor')).toBe(true);
      },
    },
  },
  {
    files: ['gexf/entity-expansion.gexf'],
    parse: () => parseGexf(read('gexf/entity-expansion.gexf')),
    // The parser does not expand entities into a billion "lol"s: the label stays small (or empty).
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(String(label(result, 'a') ?? '').length).toBeLessThan(1000),
    },
  },
  {
    files: ['gexf/external-entity.gexf'],
    parse: () => parseGexf(read('gexf/external-entity.gexf')),
    outcome: { rejected: /this is not well-formed XML: undefined entity/ },
  },
  {
    files: ['gexf/long-labels.gexf'],
    parse: () => parseGexf(read('gexf/long-labels.gexf')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(String(label(result, 'a')).trim()).toHaveLength(224_999),
    },
  },
  {
    files: ['gexf/deep-nesting.gexf'],
    parse: () => parseGexf(read('gexf/deep-nesting.gexf')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  // GraphML
  {
    files: ['graphml/truncated.graphml'],
    parse: () => parseGraphml(read('graphml/truncated.graphml')),
    outcome: { rejected: /^line \d+, column \d+: this is not well-formed XML/ },
  },
  {
    files: ['graphml/bom.graphml'],
    parse: () => parseGraphml(read('graphml/bom.graphml')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  {
    files: ['graphml/edges-to-missing-nodes.graphml'],
    parse: () => parseGraphml(read('graphml/edges-to-missing-nodes.graphml')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [/^line 9 \(edge "e3"\): the edge points to "ghost"/, /^line 10 \(edge "e4"\)/],
    },
  },
  {
    files: ['graphml/duplicate-ids.graphml'],
    parse: () => parseGraphml(read('graphml/duplicate-ids.graphml')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [
        /^line 7 \(node "a"\): the node id "a" is used twice/,
        /^line 10 \(edge "e1"\): the edge id "e1" is used twice/,
      ],
    },
  },
  {
    files: ['graphml/hostile-keys.graphml'],
    parse: () => parseGraphml(read('graphml/hostile-keys.graphml')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        expect(result.graph?.getNodeAttributes('__proto__')).toEqual(
          Object.fromEntries([
            ['__proto__', '{"polluted":"yes"}'],
            ['constructor', 'x'],
          ]),
        );
        expect(result.graph?.getNodeAttribute('constructor', 'prototype')).toBe('y');
        expect(result.graph?.edges('constructor', 'prototype')).toHaveLength(1);
      },
    },
  },
  {
    files: ['graphml/html-and-script.graphml'],
    parse: () => parseGraphml(read('graphml/html-and-script.graphml')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        expect(label(result, 'a')).toBe('<script>window.__pwned = true</script>');
        expect(label(result, 'b')).toBe('<img src=x onerror="window.__pwned=true">');
      },
    },
  },
  {
    files: ['graphml/deep-nesting.graphml'],
    parse: () => parseGraphml(read('graphml/deep-nesting.graphml')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  {
    files: ['graphml/entity-expansion.graphml'],
    parse: () => parseGraphml(read('graphml/entity-expansion.graphml')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  // CSV
  {
    files: ['csv/quoted-commas-and-newlines.edges.csv', 'csv/quoted-commas-and-newlines.nodes.csv'],
    parse: () =>
      parseCsv(read('csv/quoted-commas-and-newlines.edges.csv'), read('csv/quoted-commas-and-newlines.nodes.csv')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        expect(label(result, 'a')).toBe('Fluoxetine, also called Prozac');
        expect(result.graph?.getNodeAttribute('a', 'summary')).toBe(
          'An SSRI.\nIts effect builds over weeks, "slowly".',
        );
        expect(result.graph?.getEdgeAttribute(result.graph.edges('a', 'c')[0] ?? '', 'note')).toBe(
          'line one\nline two, with a comma',
        );
      },
    },
  },
  { files: ['csv/bom.csv'], parse: () => parseCsv(read('csv/bom.csv')), outcome: { imported: { nodes: 3, edges: 2 } } },
  {
    files: ['csv/edges-to-missing-nodes.edges.csv', 'csv/edges-to-missing-nodes.nodes.csv'],
    parse: () => parseCsv(read('csv/edges-to-missing-nodes.edges.csv'), read('csv/edges-to-missing-nodes.nodes.csv')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [/^edges file, row 4: the edge points to "ghost"/, /^edges file, row 5: the edge points to "nobody"/],
    },
  },
  {
    files: ['csv/duplicate-ids.edges.csv', 'csv/duplicate-ids.nodes.csv'],
    parse: () => parseCsv(read('csv/duplicate-ids.edges.csv'), read('csv/duplicate-ids.nodes.csv')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [
        /^nodes file, row 5: the node id "a" is used twice/,
        /^edges file, row 4: the edge id "e1" is used twice/,
      ],
    },
  },
  {
    files: ['csv/truncated.csv'],
    parse: () => parseCsv(read('csv/truncated.csv')),
    // The unterminated quote swallows the rest of the file into row 2, which is left out as the problem says.
    outcome: {
      imported: { nodes: 0, edges: 0 },
      problems: [/^edge list, row 2: Quoted field unterminated; the row was left out/],
    },
  },
  {
    files: ['csv/hostile-keys.csv'],
    parse: () => parseCsv(read('csv/hostile-keys.csv')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        const edge = result.graph?.edges('__proto__', 'constructor')[0] ?? '';
        expect(result.graph?.getEdgeAttribute(edge, '__proto__')).toBe('{"polluted":"yes"}');
        expect(result.schema.edge.map((column) => column.name)).toEqual(['__proto__', 'constructor', 'prototype']);
      },
    },
  },
  {
    files: ['csv/html-and-script.edges.csv', 'csv/html-and-script.nodes.csv'],
    parse: () => parseCsv(read('csv/html-and-script.edges.csv'), read('csv/html-and-script.nodes.csv')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        expect(label(result, 'a')).toBe('<script>window.__pwned = true</script>');
        expect(label(result, 'c')).toBe('=HYPERLINK("http://evil.example","click")');
      },
    },
  },
  {
    files: ['csv/empty.csv'],
    parse: () => parseCsv(read('csv/empty.csv')),
    outcome: { rejected: /^edge list, row 1: the file has no header row naming its columns/ },
  },
  {
    files: ['csv/long-labels.csv'],
    parse: () => parseCsv(read('csv/long-labels.csv')),
    outcome: {
      imported: { nodes: 2, edges: 1 },
      check: (result) =>
        expect(String(result.graph?.getEdgeAttribute(result.graph.edges()[0] ?? '', 'label'))).toHaveLength(225_000),
    },
  },
  // Cytoscape JSON
  {
    files: ['cytoscape/truncated.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/truncated.cyjs')),
    outcome: { rejected: /^line \d+, column \d+: this is not valid JSON/ },
  },
  {
    files: ['cytoscape/bom.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/bom.cyjs')),
    outcome: { imported: { nodes: 3, edges: 2 } },
  },
  {
    files: ['cytoscape/edges-to-missing-nodes.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/edges-to-missing-nodes.cyjs')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [/\(edge "e3"\): the edge points to "ghost"/, /\(edge "e4"\): the edge points to "nobody"/],
    },
  },
  {
    files: ['cytoscape/duplicate-ids.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/duplicate-ids.cyjs')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      problems: [/\(node "a"\): the node id "a" is used twice/, /\(edge "e1"\): the edge id "e1" is used twice/],
    },
  },
  {
    files: ['cytoscape/hostile-keys.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/hostile-keys.cyjs')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => {
        expect(
          Object.getOwnPropertyDescriptor(result.graph?.getNodeAttributes('__proto__'), '__proto__')?.value,
        ).toEqual({
          polluted: 'node',
        });
        expect(result.look.nodes.get('prototype')).toEqual({ x: 1, y: 2 });
        expect(result.graph?.hasEdge('__proto__')).toBe(true);
      },
    },
  },
  {
    files: ['cytoscape/html-and-script.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/html-and-script.cyjs')),
    outcome: {
      imported: { nodes: 3, edges: 2 },
      check: (result) => expect(label(result, 'b')).toBe('<img src=x onerror="window.__pwned=true">'),
    },
  },
  {
    files: ['cytoscape/wrong-shape.cyjs'],
    parse: () => parseCytoscapeJson(read('cytoscape/wrong-shape.cyjs')),
    outcome: { rejected: /not Cytoscape JSON/ },
  },
];

/** Tours: "imported" counts steps (nodes) and nothing else. */
const tours: Case[] = [
  {
    files: ['tours/truncated.yaml'],
    parse: () => parseTour('tours/truncated.yaml'),
    outcome: { rejected: /^tours\/truncated\.yaml, line 8: YAML syntax: Missing closing "quote/ },
  },
  {
    files: ['tours/bom.yaml'],
    parse: () => parseTour('tours/bom.yaml'),
    outcome: { imported: { nodes: 1, edges: 0 } },
  },
  {
    files: ['tours/duplicate-keys.yaml'],
    parse: () => parseTour('tours/duplicate-keys.yaml'),
    outcome: { rejected: /, line 3: YAML syntax: Map keys must be unique/ },
  },
  {
    files: ['tours/hostile-keys.yaml'],
    parse: () => parseTour('tours/hostile-keys.yaml'),
    outcome: { rejected: /, line 11 \(steps\[0\]\.__proto__\): unknown field "__proto__"/ },
  },
  {
    files: ['tours/html-and-script.yaml'],
    parse: () => parseTour('tours/html-and-script.yaml'),
    outcome: { imported: { nodes: 1, edges: 0 } },
  },
  {
    files: ['tours/alias-bomb.yaml'],
    parse: () => parseTour('tours/alias-bomb.yaml'),
    outcome: { rejected: /, line 1: YAML could not be read: Excessive alias count/ },
  },
  {
    files: ['tours/missing-node.yaml'],
    parse: () => parseTour('tours/missing-node.yaml'),
    outcome: { rejected: /, line 7 \(steps\[0\]\.focus\[1\]\): no node with id "drug:not-a-drug" in the graph/ },
  },
  {
    files: ['tours/long-narration.yaml'],
    parse: () => parseTour('tours/long-narration.yaml'),
    outcome: { rejected: /\(steps\[0\]\.narration\): at most 700 characters/ },
  },
  {
    files: ['tours/deep-nesting.yaml'],
    parse: () => parseTour('tours/deep-nesting.yaml'),
    outcome: { rejected: /, line \d+: YAML syntax:/ },
  },
  {
    files: ['tours/not-yaml.yaml'],
    parse: () => parseTour('tours/not-yaml.yaml'),
    outcome: { rejected: /, line 1: Invalid input: expected object, received string/ },
  },
];

const CASES = [...formats, ...tours];

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [relative(ROOT, join(folder, entry.name))],
  );
}

describe('the adversarial corpus', () => {
  it('every file in tests/fixtures/bad/ has an expected outcome', () => {
    const covered = new Set(CASES.flatMap((entry) => entry.files));
    const files = listFiles(ROOT).filter((file) => !file.endsWith('README.md'));
    expect(files.filter((file) => !covered.has(file))).toEqual([]);
    expect([...covered].filter((file) => !files.includes(file))).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((entry) => [entry.files[0] ?? '', entry] as const))(
    '%s',
    (_name, { parse, outcome }) => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const curatedBefore = curated.export();
      let result: ImportResult | undefined;
      expect(() => (result = parse())).not.toThrow();
      if (!result) return;

      for (const problem of result.problems) {
        expect(problem.message.trim().length, 'a problem has a plain message').toBeGreaterThan(0);
        expect(['error', 'warning']).toContain(problem.severity);
        for (const key of ['line', 'column', 'row'] as const)
          if (problem[key] !== undefined) expect(Number.isInteger(problem[key]) && problem[key] > 0).toBe(true);
      }
      const described = result.problems.map(describeProblem);
      if ('rejected' in outcome) {
        expect(result.graph).toBeNull();
        expect(described[0]).toMatch(outcome.rejected);
      } else {
        const graph = result.graph;
        if (graph) {
          expect({ nodes: graph.order, edges: graph.size }).toEqual(outcome.imported);
          graph.forEachNode((_node, attributes) => expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype));
          graph.forEachEdge((_edge, attributes) => expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype));
        } else {
          // A tour: the steps it holds, and no problem.
          expect(result.problems).toEqual([]);
          expect(result.skipped.nodes).toBe(outcome.imported.nodes);
        }
        for (const pattern of outcome.problems ?? []) expect(described.some((text) => pattern.test(text))).toBe(true);
        outcome.check?.(result);
      }

      // Nothing leaked out of the file: no new keys on Object.prototype, and the open graph is untouched.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(curated.export()).toEqual(curatedBefore);
    },
    30_000,
  );
});
