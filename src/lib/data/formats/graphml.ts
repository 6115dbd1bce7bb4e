// GraphML: read from the DOM with every <key>'s type and default, each edge's direction and the graph's own data, and
// written back with typed keys; positions and colours travel as the x, y, size, r, g, b keys Gephi reads and writes.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { AttributeColumn, AttributeDomain, AttributeSchema, AttributeType } from '../../graph/attribute-schema';
import { columnsOf } from '../../graph/attribute-schema';
import { setOwn } from '../../util/own-property';
import { grouped } from '../../util/plural';
import { assembleGraph, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { decodeAttributes, decodedColumns, encodeAttributes, encodedColumn, jsonColumns } from './attribute-codec';
import type { FormatProblem, ImportResult } from './import-result';
import { edgeLookOf, nodeLookAttributes, nodeLookOf } from './look-attributes';
import { readTyped, writeTyped } from './typed-text';
import { writtenEdges, writtenSchema, type WriteOptions } from './write-options';
import { childElements, escapeXml, fitsXml, readXmlGraph } from './xml-document';

const DOMAINS: readonly AttributeDomain[] = ['graph', 'node', 'edge'];

/** GraphML's attr.type values and ours. */
const READ_TYPES: Readonly<Record<string, AttributeType>> = {
  boolean: 'boolean',
  int: 'integer',
  long: 'long',
  float: 'float',
  double: 'double',
  string: 'string',
};
const WRITE_TYPES: Readonly<Record<AttributeType, string>> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  float: 'float',
  double: 'double',
  string: 'string',
  list: 'string',
  object: 'string',
};

interface KeySpec {
  name: string;
  type: AttributeType;
  /** yEd's drawing data (`yfiles.type`), which is markup rather than a value. */
  drawing: boolean;
}

type Keys = Map<string, KeySpec>;

/** Counts of things read differently, reported once each. */
function tally(problems: FormatProblem[], counts: Map<string, number>): void {
  for (const [message, count] of counts)
    problems.push({ severity: 'warning', message: message.replace('{count}', grouped(count)) });
}

function readKeys(
  document: Document,
  problems: FormatProblem[],
): { keys: Record<AttributeDomain, Keys>; schema: AttributeSchema } {
  const keys: Record<AttributeDomain, Keys> = { graph: new Map(), node: new Map(), edge: new Map() };
  const columns: Record<AttributeDomain, AttributeColumn[]> = { graph: [], node: [], edge: [] };
  for (const element of Array.from(document.getElementsByTagName('key'))) {
    const id = element.getAttribute('id');
    if (id === null) continue;
    const target = element.getAttribute('for') ?? 'all';
    const domains = target === 'all' ? DOMAINS : DOMAINS.filter((domain) => domain === target);
    const declared = element.getAttribute('attr.type') ?? 'string';
    const type = Object.hasOwn(READ_TYPES, declared) ? (READ_TYPES[declared] ?? 'string') : 'string';
    const drawing = element.hasAttribute('yfiles.type');
    const defaultElement = childElements(element, 'default')[0];
    let fallback: unknown;
    if (defaultElement && !drawing) {
      fallback = readTyped(defaultElement.textContent ?? '', type);
      if (fallback === undefined)
        problems.push({
          element: `key "${id}"`,
          severity: 'warning',
          message: `the default "${(defaultElement.textContent ?? '').slice(0, 40)}" is not a ${declared}, so the key has no default`,
        });
    }
    for (const domain of domains) {
      let name = element.getAttribute('attr.name') ?? id;
      if (columns[domain].some((column) => column.name === name)) name = `${name} (${id})`;
      keys[domain].set(id, { name, type, drawing });
      if (drawing) continue;
      columns[domain].push({
        name,
        type,
        ...(Object.hasOwn(READ_TYPES, declared) ? {} : { declared }),
        ...(fallback === undefined ? {} : { default: fallback }),
      });
    }
  }
  return { keys, schema: columns };
}

function readData(
  element: Element,
  keys: Keys,
  where: string,
  problems: FormatProblem[],
  counts: Map<string, number>,
): Attributes {
  const attributes: Attributes = {};
  for (const data of childElements(element, 'data')) {
    const id = data.getAttribute('key') ?? '';
    const spec = keys.get(id);
    const text = data.textContent ?? '';
    if (spec?.drawing) {
      const message =
        "{count} drawing descriptions from yEd (yfiles) were not read; positions and colours in GraphML's x, y, r, g, b keys are.";
      counts.set(message, (counts.get(message) ?? 0) + 1);
      continue;
    }
    if (!spec) {
      setOwn(attributes, id, text);
      continue;
    }
    const value = readTyped(text, spec.type);
    if (value === undefined) {
      problems.push({
        element: where,
        severity: 'warning',
        message: `"${text.slice(0, 40)}" is not a value of type ${spec.type} for "${spec.name}"; kept as text`,
      });
      setOwn(attributes, spec.name, text);
    } else setOwn(attributes, spec.name, value);
  }
  return decodeAttributes(attributes, { element: where }, problems);
}

export function parseGraphml(text: string): ImportResult {
  return readXmlGraph(text, 'GraphML', 'graphml', readGraphml);
}

function readGraphml(document: Document, graphElement: Element, problems: FormatProblem[]): ImportResult {
  const { keys, schema } = readKeys(document, problems);
  const counts = new Map<string, number>();
  const edgeDefault = graphElement.getAttribute('edgedefault') === 'directed' ? 'directed' : 'undirected';
  const graphAttributes = readData(graphElement, keys.graph, 'graph', problems, counts);
  const nodes: NodeRecord[] = Array.from(document.getElementsByTagName('node')).map((element) => {
    const key = element.getAttribute('id') ?? '';
    const attributes = readData(element, keys.node, `node "${key}"`, problems, counts);
    return { key, attributes, look: nodeLookOf(attributes), where: { element: `node "${key}"` } };
  });
  const edges: EdgeRecord[] = Array.from(document.getElementsByTagName('edge')).map((element, index) => {
    const id = element.getAttribute('id') ?? undefined;
    const where = id === undefined ? `edge ${index + 1}` : `edge "${id}"`;
    const directed = element.getAttribute('directed');
    const attributes = readData(element, keys.edge, where, problems, counts);
    return {
      key: id,
      source: element.getAttribute('source') ?? '',
      target: element.getAttribute('target') ?? '',
      undirected: directed === null ? edgeDefault === 'undirected' : directed !== 'true',
      attributes,
      look: edgeLookOf(attributes),
      where: { element: where },
    };
  });
  tally(problems, counts);
  const declared = {
    graph: decodedColumns(schema.graph),
    node: decodedColumns(schema.node),
    edge: decodedColumns(schema.edge),
  };
  return assembleGraph(
    nodes,
    edges,
    edges.length === 0 ? { type: edgeDefault } : {},
    graphAttributes,
    problems,
    declared,
  );
}

/** One domain's keys: the columns (JSON ones renamed) with ids, and the records encoded for writing. */
class DomainKeys {
  readonly columns: AttributeColumn[];
  readonly records: Attributes[];
  readonly #ids = new Map<string, string>();

  constructor(domain: AttributeDomain, declared: readonly AttributeColumn[], records: Attributes[]) {
    const columns = columnsOf(records, declared);
    const json = jsonColumns(columns, records, { lists: false, keepsText: fitsXml });
    this.records = records.map((attributes) => encodeAttributes(attributes, json));
    this.columns = columns.map((column) => encodedColumn(column, json));
    this.columns.forEach((column, index) => this.#ids.set(column.name, `${domain[0]}${index}`));
  }

  declarations(domain: AttributeDomain): string[] {
    return this.columns.map((column) => {
      const id = this.#ids.get(column.name) ?? '';
      const head = `  <key id="${id}" for="${domain}" attr.name="${escapeXml(column.name)}" attr.type="${WRITE_TYPES[column.type]}"`;
      if (column.default === undefined) return `${head}/>`;
      return `${head}>\n    <default>${escapeXml(writeTyped(column.default))}</default>\n  </key>`;
    });
  }

  data(index: number, indent: string): string {
    let text = '';
    for (const [name, value] of Object.entries(this.records[index] ?? {}))
      if (value !== undefined)
        text += `\n${indent}<data key="${this.#ids.get(name)}">${escapeXml(writeTyped(value))}</data>`;
    return text;
  }
}

/** A node's attributes with its look written over them as x, y, size, r, g, b. */
function withLook(attributes: Attributes, entries: [string, number][]): Attributes {
  if (entries.length === 0) return attributes;
  const merged: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) setOwn(merged, name, value);
  for (const [name, value] of entries) setOwn(merged, name, value);
  return merged;
}

export function toGraphml(graph: AbstractGraph, options: WriteOptions = {}): string {
  const schema = writtenSchema(graph, options.schema);
  const look = options.look;
  const nodeIds = graph.nodes();
  const graphKeys = new DomainKeys('graph', schema.graph, [graph.getAttributes()]);
  const nodeKeys = new DomainKeys(
    'node',
    schema.node,
    nodeIds.map((node) => withLook(graph.getNodeAttributes(node), nodeLookAttributes(look?.nodes.get(node)))),
  );
  const edges = writtenEdges(graph);
  const edgeKeys = new DomainKeys(
    'edge',
    schema.edge,
    edges.map((edge) => edge.attributes),
  );
  // A mixed graph defaults to undirected and marks its directed edges.
  const edgeDefault = graph.type === 'directed' ? 'directed' : 'undirected';
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.declarations('graph'),
    ...nodeKeys.declarations('node'),
    ...edgeKeys.declarations('edge'),
    `  <graph edgedefault="${edgeDefault}">${graphKeys.data(0, '    ')}`,
  ];
  nodeIds.forEach((node, index) =>
    parts.push(`    <node id="${escapeXml(node)}">${nodeKeys.data(index, '      ')}\n    </node>`),
  );
  edges.forEach(({ edge, source, target, undirected }, index) => {
    const direction = undirected === (edgeDefault === 'undirected') ? '' : ` directed="${!undirected}"`;
    parts.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${direction}>` +
        `${edgeKeys.data(index, '      ')}\n    </edge>`,
    );
  });
  parts.push('  </graph>', '</graphml>');
  return `${parts.join('\n')}\n`;
}
