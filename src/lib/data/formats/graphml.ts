// GraphML: graphology-graphml parses it; it has no writer, so this file writes typed <key>s and <data> itself.
import Graph from 'graphology';
import { parse } from 'graphology-graphml/browser';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { decodeAttributes, encodeAttributes, jsonColumns } from './attribute-codec';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';
import { dropBrokenElements, readXml } from './xml-document';

type KeyDomain = 'graph' | 'node' | 'edge';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attributeType(values: readonly unknown[]): 'boolean' | 'int' | 'double' | 'string' {
  if (values.every((value) => typeof value === 'boolean')) return 'boolean';
  if (values.every((value) => typeof value === 'number')) {
    const integers = values.every((value) => Number.isInteger(value) && Math.abs(value as number) <= 0x7fffffff);
    return integers ? 'int' : 'double';
  }
  return 'string';
}

class KeyTable {
  readonly #ids = new Map<string, string>();
  readonly #values = new Map<string, unknown[]>();
  readonly #declarations: string[] = [];

  collect(domain: KeyDomain, attributes: Attributes): void {
    for (const [name, value] of Object.entries(attributes)) {
      const id = `${domain}\u0000${name}`;
      let values = this.#values.get(id);
      if (!values) this.#values.set(id, (values = []));
      values.push(value);
    }
  }

  declare(): string {
    let count = 0;
    for (const [id, values] of this.#values) {
      const [domain = 'node', name = ''] = id.split('\u0000');
      const key = `${domain[0]}${count++}`;
      this.#ids.set(id, key);
      this.#declarations.push(
        `  <key id="${key}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${attributeType(values)}"/>`,
      );
    }
    return this.#declarations.join('\n');
  }

  data(domain: KeyDomain, attributes: Attributes, indent: string): string {
    let text = '';
    for (const [name, value] of Object.entries(attributes))
      text += `\n${indent}<data key="${this.#ids.get(`${domain}\u0000${name}`)}">${escapeXml(String(value))}</data>`;
    return text;
  }
}

export function toGraphml(graph: AbstractGraph): string {
  const nodeJson = jsonColumns(
    graph.mapNodes((_node, attributes) => attributes),
    false,
  );
  const edgeJson = jsonColumns(
    graph.mapEdges((_edge, attributes) => attributes),
    false,
  );
  const graphJson = jsonColumns([graph.getAttributes()], false);
  const keys = new KeyTable();
  const graphAttributes = encodeAttributes(graph.getAttributes(), graphJson);
  keys.collect('graph', graphAttributes);
  const nodes: [string, Attributes][] = [];
  graph.forEachNode((node, attributes) => {
    const encoded = encodeAttributes(attributes, nodeJson);
    keys.collect('node', encoded);
    nodes.push([node, encoded]);
  });
  const edges: [string, string, string, boolean, Attributes][] = [];
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const encoded = encodeAttributes(attributes, edgeJson);
    keys.collect('edge', encoded);
    edges.push([edge, source, target, undirected, encoded]);
  });
  // graphology-graphml reads only directed="true", so a mixed graph defaults to undirected and marks the directed edges.
  const edgeDefault = graph.type === 'directed' ? 'directed' : 'undirected';
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keys.declare(),
    `  <graph edgedefault="${edgeDefault}">${keys.data('graph', graphAttributes, '    ')}`,
  ];
  for (const [node, attributes] of nodes)
    parts.push(`    <node id="${escapeXml(node)}">${keys.data('node', attributes, '      ')}\n    </node>`);
  for (const [edge, source, target, undirected, attributes] of edges) {
    const directed = !undirected && edgeDefault === 'undirected' ? ' directed="true"' : '';
    parts.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>` +
        `${keys.data('edge', attributes, '      ')}\n    </edge>`,
    );
  }
  parts.push('  </graph>', '</graphml>', '');
  return parts.filter((part) => part !== '').join('\n') + '\n';
}

export function parseGraphml(text: string): ImportResult {
  const reading = readXml(text, 'GraphML');
  if (!reading.ok) return unreadable(reading.problem);
  const { document } = reading;
  if (document.documentElement.localName !== 'graphml' || document.getElementsByTagName('graph').length === 0)
    return unreadable({ message: 'this is XML, but not GraphML: expected a <graphml> element holding a <graph>' });
  const problems: FormatProblem[] = [];
  const skipped = dropBrokenElements(document, text, problems);
  try {
    const graph = parse(Graph, document);
    graph.replaceAttributes(decodeAttributes(graph.getAttributes(), { element: 'graph' }, problems));
    graph.updateEachNodeAttributes((node, attributes) =>
      decodeAttributes(attributes, { element: `node "${node}"` }, problems),
    );
    graph.updateEachEdgeAttributes((edge, attributes) =>
      decodeAttributes(attributes, { element: `edge "${edge}"` }, problems),
    );
    return { graph, problems, skipped };
  } catch (error) {
    return unreadable({ message: `this GraphML file could not be read: ${errorMessage(error)}` });
  }
}
