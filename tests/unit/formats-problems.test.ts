// @vitest-environment jsdom
// Bad files give located, plain problems and the importable rest; no parser ever throws.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { parseGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml } from '../../src/lib/data/formats/graphml';
import { parseGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import { describeProblem } from '../../src/lib/data/formats/import-result';
import { jsonSyntaxProblem } from '../../src/lib/data/formats/json-syntax';

const GEXF_WITH_BROKEN_EDGES = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="A"/>
      <node id="b" label="B"/>
      <node id="a" label="A again"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b"/>
      <edge id="e2" source="a" target="ghost"/>
      <edge id="e3" source="nobody" target="b"/>
      <edge id="e4" source="b" target="missing"/>
    </edges>
  </graph>
</gexf>`;

describe('located problems', () => {
  it('GEXF: three edges to missing nodes and a duplicate node are reported by line; the rest is imported', () => {
    const { graph, problems, skipped } = parseGexf(GEXF_WITH_BROKEN_EDGES);
    expect(graph?.order).toBe(2);
    expect(graph?.size).toBe(1);
    expect(skipped).toEqual({ nodes: 1, edges: 3 });
    expect(problems.map(describeProblem)).toEqual([
      'line 7 (node "a"): the node id "a" is used twice; kept the first',
      'line 11 (edge "e2"): the edge points to "ghost", which is not a node in the file',
      'line 12 (edge "e3"): the edge points to "nobody", which is not a node in the file',
      'line 13 (edge "e4"): the edge points to "missing", which is not a node in the file',
    ]);
  });

  it('GraphML: a file that is not well-formed names the line and column', () => {
    const result = parseGraphml('<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>');
    expect(result.graph).toBeNull();
    expect(result.problems[0]).toMatchObject({ line: 4, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/^this is not well-formed XML/);
  });

  it('GraphML: XML of another kind says what was expected', () => {
    expect(parseGraphml('<svg/>').problems[0]?.message).toBe(
      'this is XML, but not GraphML: expected a <graphml> element holding a <graph>',
    );
  });

  it('graphology JSON: a syntax error names the line and column', () => {
    const result = parseGraphologyJson('{\n  "nodes": [\n    {"key": "a"},\n  ]\n}');
    expect(result.graph).toBeNull();
    expect(result.problems[0]?.message).toMatch(/^this is not valid JSON: Unexpected token/);
    // Node 20 does not say where; Chromium and Node 22 do ("… (line 4 column 3)"), and then the line is given.
    if (result.problems[0]?.line !== undefined) expect(result.problems[0].line).toBe(4);
  });

  it('graphology JSON: the position the engine gives becomes a line and column', () => {
    const text = '{\n  "nodes": [\n    {"key": "a"},\n  ]\n}';
    expect(jsonSyntaxProblem(text, new SyntaxError("Unexpected token ']' (line 4 column 3)"))).toEqual({
      line: 4,
      column: 3,
      message: "this is not valid JSON: Unexpected token ']'",
    });
    expect(jsonSyntaxProblem(text, new SyntaxError('Unexpected token ] in JSON at position 35'))).toMatchObject({
      line: 4,
      column: 3,
    });
  });

  it('graphology JSON: bad elements are listed by index; the rest is imported', () => {
    const text = JSON.stringify({
      options: { type: 'directed', multi: false },
      nodes: [{ key: 'a' }, { key: 'b' }, { attributes: { label: 'no key' } }],
      edges: [
        { key: 'e1', source: 'a', target: 'b' },
        { key: 'e2', source: 'a', target: 'b' },
        { key: 'e3', source: 'a', target: 'c' },
        { source: 'a' },
      ],
    });
    const { graph, problems, skipped } = parseGraphologyJson(text);
    expect(graph?.size).toBe(1);
    expect(skipped).toEqual({ nodes: 1, edges: 3 });
    expect(problems.map(describeProblem)).toEqual([
      '(nodes[2]): a node without a "key" (its id) was left out',
      '(edges[3]): an edge needs a "source" and a "target"; left out',
      '(edges[1] "e2"): a second edge from "a" to "b", but the file says the graph has no parallel edges',
      '(edges[2] "e3"): the edge points to "c", which is not a node in the file',
    ]);
  });

  it('CSV: rows are numbered as a spreadsheet shows them', () => {
    const nodes = 'id,label\na,A\nb,B\n,nameless\n';
    const edges = 'source,target,weight\na,b,1\na,\nb,zed,2\n';
    const { graph, problems } = parseCsv(edges, nodes);
    expect(graph?.order).toBe(2);
    expect(graph?.size).toBe(1);
    expect(problems.map(describeProblem)).toEqual([
      'nodes file, row 4: the row has no node id; left out',
      'edges file, row 3: the row needs both a source and a target; left out',
      'edges file, row 4: the edge points to "zed", which is not a node in the file',
    ]);
  });

  it('CSV: missing columns are named', () => {
    expect(parseCsv('from_node,to_node\na,b\n').problems[0]?.message).toBe(
      'the edges need a "source" and a "target" column',
    );
  });

  it('Cytoscape JSON: an edge to a missing node is reported by its id', () => {
    const text = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
        edges: [{ data: { id: 'e1', source: 'a', target: 'b' } }, { data: { id: 'e2', source: 'a', target: 'x' } }],
      },
    });
    const { graph, problems } = parseCytoscapeJson(text);
    expect(graph?.size).toBe(1);
    expect(problems.map(describeProblem)).toEqual([
      '(edge "e2"): the edge points to "x", which is not a node in the file',
    ]);
  });
});

describe('parsers never throw', () => {
  const parsers = [
    parseGraphologyJson,
    parseCytoscapeJson,
    parseGexf,
    parseGraphml,
    (text: string) => parseCsv(text),
    (text: string) => parseCsv(text, text),
  ];
  it('on any text', () => {
    // papaparse announces renamed duplicate headers on the console; the parser reports them as problems instead.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.constantFrom('<gexf><graph/></gexf>', '<graphml/>', 'null')),
        (text) => {
          for (const parse of parsers) {
            const result = parse(text);
            expect(Array.isArray(result.problems)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
