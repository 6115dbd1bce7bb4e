// GEXF (Gephi's format), read from the DOM and written as GEXF 1.3: declared attribute types and defaults, labels,
// weights, each edge's direction, and the viz: section (position, colour, size, shape, thickness) as the look.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { columnsOf, type AttributeColumn, type AttributeType } from '../../graph/attribute-schema';
import { colourChannels, parseColour, rgbHex, type EdgeLook, type NodeLook } from '../../graph/look';
import { setOwn } from '../../util/own-property';
import { assembleGraph, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { decodeAttributes, decodedColumns, encodeAttributes, encodedColumn, jsonColumns } from './attribute-codec';
import type { FormatProblem, ImportResult } from './import-result';
import { fitsItemType, readNumber, readTyped, writeTyped, type ItemType } from './typed-text';
import { writtenEdges, writtenSchema, type WriteOptions } from './write-options';
import { childElement, childElements, escapeXml, fitsXml, readXmlGraph } from './xml-document';

/** GEXF's scalar types and ours; GEXF writes list types as "list" + a scalar type. */
const SCALARS: Readonly<Record<string, ItemType>> = {
  byte: 'integer',
  short: 'integer',
  integer: 'integer',
  long: 'long',
  biginteger: 'long',
  float: 'float',
  double: 'double',
  bigdecimal: 'double',
  boolean: 'boolean',
  string: 'string',
  char: 'string',
};
/** Types named as they are in our schema, so they need no `declared`. */
const PLAIN = new Set(['integer', 'long', 'float', 'double', 'boolean', 'string']);

/** Meta elements GEXF keeps for the graph, which become graph attributes. */
const META = ['creator', 'description', 'keywords'];

/** GEXF node shapes and the Cytoscape shapes they are drawn as. */
const SHAPES: Readonly<Record<string, string>> = {
  disc: 'ellipse',
  square: 'rectangle',
  triangle: 'triangle',
  diamond: 'diamond',
};
const GEXF_SHAPES: Readonly<Record<string, string>> = {
  ellipse: 'disc',
  rectangle: 'square',
  'round-rectangle': 'square',
  triangle: 'triangle',
  'round-triangle': 'triangle',
  diamond: 'diamond',
  'round-diamond': 'diamond',
};
const LINES = new Set(['solid', 'dashed', 'dotted']);

interface ModelEntry {
  name: string;
  type: AttributeType;
  itemType: ItemType;
}

function declaredType(text: string): { type: AttributeType; itemType: ItemType; declared?: string } {
  const list = text.startsWith('list');
  const scalar = list ? text.slice(4) : text;
  const itemType = Object.hasOwn(SCALARS, scalar) ? (SCALARS[scalar] ?? 'string') : 'string';
  const type = list ? 'list' : itemType;
  return PLAIN.has(text) ? { type, itemType } : { type, itemType, declared: text };
}

function readModel(
  graphElement: Element,
  domain: 'node' | 'edge',
  problems: FormatProblem[],
): { model: Map<string, ModelEntry>; columns: AttributeColumn[] } {
  const model = new Map<string, ModelEntry>();
  const columns: AttributeColumn[] = [];
  for (const block of childElements(graphElement, 'attributes')) {
    if (block.getAttribute('class') !== domain) continue;
    for (const element of childElements(block, 'attribute')) {
      const id = element.getAttribute('id') ?? element.getAttribute('for');
      if (id === null) continue;
      let name = element.getAttribute('title') || id;
      if (columns.some((column) => column.name === name)) name = id;
      const { type, itemType, declared } = declaredType(element.getAttribute('type') ?? 'string');
      const defaultElement = childElement(element, 'default');
      const fallback = defaultElement ? readTyped(defaultElement.textContent ?? '', type, itemType) : undefined;
      if (defaultElement && fallback === undefined)
        problems.push({
          element: `attribute "${name}"`,
          severity: 'warning',
          message: `its default is not a value of its type, so it has none`,
        });
      model.set(id, { name, type, itemType });
      columns.push({
        name,
        type,
        ...(declared ? { declared } : {}),
        ...(fallback === undefined ? {} : { default: fallback }),
      });
    }
  }
  return { model, columns };
}

function readValues(
  element: Element,
  model: ReadonlyMap<string, ModelEntry>,
  attributes: Attributes,
  where: string,
  problems: FormatProblem[],
): Attributes {
  const values = childElement(element, 'attvalues');
  for (const value of values ? childElements(values, 'attvalue') : []) {
    const id = value.getAttribute('for') ?? value.getAttribute('id') ?? '';
    const text = value.getAttribute('value') ?? '';
    const entry = model.get(id);
    const typed = entry ? readTyped(text, entry.type, entry.itemType) : text;
    if (typed === undefined)
      problems.push({
        element: where,
        severity: 'warning',
        message: `"${text.slice(0, 40)}" is not a value of type ${entry?.type} for "${entry?.name}"; kept as text`,
      });
    setOwn(attributes, entry?.name ?? id, typed ?? text);
  }
  return decodeAttributes(attributes, { element: where }, problems);
}

function vizColour(element: Element): string | undefined {
  const colour = childElement(element, 'color');
  if (!colour) return undefined;
  const hex = colour.getAttribute('hex');
  if (hex) return parseColour(hex) ?? undefined;
  const [red, green, blue] = ['r', 'g', 'b'].map((channel) => readNumber(colour.getAttribute(channel) ?? ''));
  if (red === undefined || green === undefined || blue === undefined) return undefined;
  return rgbHex(red, green, blue, readNumber(colour.getAttribute('a') ?? '') ?? 1);
}

const vizNumber = (element: Element, name: string, attribute = 'value') => {
  const found = childElement(element, name);
  return found ? readNumber(found.getAttribute(attribute) ?? '') : undefined;
};

function nodeLook(element: Element): NodeLook {
  const position = childElement(element, 'position');
  const [x, y, z] = ['x', 'y', 'z'].map((axis) => readNumber(position?.getAttribute(axis) ?? ''));
  const shape = childElement(element, 'shape')?.getAttribute('value') ?? '';
  return {
    x,
    y: x === undefined ? undefined : y,
    z: x === undefined ? undefined : z,
    colour: vizColour(element),
    size: vizNumber(element, 'size'),
    shape: Object.hasOwn(SHAPES, shape) ? SHAPES[shape] : undefined,
  };
}

function edgeLook(element: Element): EdgeLook {
  const line = childElement(element, 'shape')?.getAttribute('value') ?? '';
  return {
    colour: vizColour(element),
    width: vizNumber(element, 'thickness'),
    line: LINES.has(line) ? line : undefined,
  };
}

export function parseGexf(text: string): ImportResult {
  return readXmlGraph(text, 'GEXF', 'gexf', readGexf);
}

function readGexf(document: Document, graphElement: Element, problems: FormatProblem[]): ImportResult {
  const nodeModel = readModel(graphElement, 'node', problems);
  const edgeModel = readModel(graphElement, 'edge', problems);
  const defaultType = graphElement.getAttribute('defaultedgetype') === 'directed' ? 'directed' : 'undirected';
  if (graphElement.getAttribute('mode') === 'dynamic')
    problems.push({
      severity: 'warning',
      message: 'the graph changes over time in the file; it was read as one picture',
    });

  const graphAttributes: Attributes = {};
  const meta = childElement(document.documentElement, 'meta');
  if (meta) {
    const modified = meta.getAttribute('lastmodifieddate');
    if (modified) setOwn(graphAttributes, 'lastmodifieddate', modified);
    for (const name of META) {
      const value = childElement(meta, name)?.textContent;
      if (value) setOwn(graphAttributes, name, value);
    }
  }

  const nodes: NodeRecord[] = Array.from(document.getElementsByTagName('node')).map((element) => {
    const key = element.getAttribute('id') ?? '';
    const attributes: Attributes = {};
    const label = element.getAttribute('label');
    if (label !== null) setOwn(attributes, 'label', label);
    const where = `node "${key}"`;
    return {
      key,
      attributes: readValues(element, nodeModel.model, attributes, where, problems),
      look: nodeLook(element),
      where: { element: where },
    };
  });
  const edges: EdgeRecord[] = Array.from(document.getElementsByTagName('edge')).map((element, index) => {
    const id = element.getAttribute('id') ?? undefined;
    const where = id === undefined ? `edge ${index + 1}` : `edge "${id}"`;
    const attributes: Attributes = {};
    const label = element.getAttribute('label');
    if (label !== null) setOwn(attributes, 'label', label);
    const weight = readNumber(element.getAttribute('weight') ?? '');
    if (weight !== undefined) setOwn(attributes, 'weight', weight);
    const kind = element.getAttribute('kind');
    if (kind !== null) setOwn(attributes, 'kind', kind);
    const type = element.getAttribute('type') ?? defaultType;
    return {
      key: id,
      source: element.getAttribute('source') ?? '',
      target: element.getAttribute('target') ?? '',
      undirected: type !== 'directed',
      attributes: readValues(element, edgeModel.model, attributes, where, problems),
      look: edgeLook(element),
      where: { element: where },
    };
  });
  const weighted = edges.some((edge) => Object.hasOwn(edge.attributes, 'weight'));
  const edgeColumns = decodedColumns(edgeModel.columns);
  return assembleGraph(nodes, edges, edges.length === 0 ? { type: defaultType } : {}, graphAttributes, problems, {
    graph: [],
    node: decodedColumns(nodeModel.columns),
    // GEXF's edge weight is a float; written as 1.0 it must not read back as a whole number.
    edge:
      weighted && !edgeColumns.some((column) => column.name === 'weight')
        ? [{ name: 'weight', type: 'double' }, ...edgeColumns]
        : edgeColumns,
  });
}

/**
 * The GEXF type a column is written as: as declared when GEXF knows it, else ours. Lists are written as GEXF lists
 * when the file declared them so (or they hold only text); null means JSON.
 */
function gexfType(column: AttributeColumn, values: readonly unknown[]): string | null {
  if (column.type !== 'list') return column.declared ?? column.type;
  const items = values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : []));
  const declared = column.declared?.startsWith('list') ? column.declared : undefined;
  if (declared && items.every((item) => fitsItemType(item, declaredType(declared).itemType))) return declared;
  return items.every((item) => typeof item === 'string' && fitsXml(item)) ? 'liststring' : null;
}

/** Columns of one class: those GEXF writes as attributes of the element itself are left out. */
class GexfModel {
  readonly columns: { column: AttributeColumn; id: string; type: string }[] = [];
  readonly records: Attributes[];

  constructor(declared: readonly AttributeColumn[], records: Attributes[], inline: ReadonlySet<string>) {
    const all = columnsOf(records, declared).filter((column) => !inline.has(column.name));
    const own = new Set(all.map((column) => column.name));
    const listColumns = new Map(
      all
        .filter((column) => column.type === 'list')
        .map((column) => [
          column,
          gexfType(
            column,
            records.map((record) => record[column.name]),
          ),
        ]),
    );
    const json = jsonColumns(all, records, { lists: true, keepsText: fitsXml });
    for (const [column, type] of listColumns) if (type === null) json.add(column.name);
    this.records = records.map((attributes) =>
      encodeAttributes(Object.fromEntries(Object.entries(attributes).filter(([name]) => own.has(name))), json),
    );
    all.forEach((column, index) => {
      const written = encodedColumn(column, json);
      const type = json.has(column.name) ? 'string' : (listColumns.get(column) ?? gexfType(column, []) ?? 'string');
      this.columns.push({ column: written, id: String(index), type });
    });
  }

  declarations(domain: 'node' | 'edge'): string[] {
    if (this.columns.length === 0) return [];
    return [
      `    <attributes class="${domain}" mode="static">`,
      ...this.columns.map(({ column, id, type }) => {
        const head = `      <attribute id="${id}" title="${escapeXml(column.name)}" type="${type}"`;
        if (column.default === undefined) return `${head}/>`;
        return `${head}>\n        <default>${escapeXml(writeTyped(column.default))}</default>\n      </attribute>`;
      }),
      '    </attributes>',
    ];
  }

  values(index: number, indent: string): string {
    const record = this.records[index] ?? {};
    const values = this.columns.flatMap(({ column, id }) =>
      Object.hasOwn(record, column.name) && record[column.name] !== undefined
        ? [`${indent}  <attvalue for="${id}" value="${escapeXml(writeTyped(record[column.name]))}"/>`]
        : [],
    );
    return values.length === 0 ? '' : `\n${indent}<attvalues>\n${values.join('\n')}\n${indent}</attvalues>`;
  }
}

function colourElement(colour: string | undefined, indent: string): string {
  if (!colour) return '';
  const { red, green, blue, alpha } = colourChannels(colour);
  return `\n${indent}<viz:color r="${red}" g="${green}" b="${blue}"${alpha < 1 ? ` a="${alpha}"` : ''}/>`;
}

function nodeViz(look: NodeLook | undefined, indent: string): string {
  if (!look) return '';
  let text = colourElement(look.colour, indent);
  if (look.x !== undefined && look.y !== undefined)
    text += `\n${indent}<viz:position x="${look.x}" y="${look.y}"${look.z === undefined ? '' : ` z="${look.z}"`}/>`;
  if (look.size !== undefined) text += `\n${indent}<viz:size value="${look.size}"/>`;
  const shape = look.shape && Object.hasOwn(GEXF_SHAPES, look.shape) ? GEXF_SHAPES[look.shape] : undefined;
  if (shape) text += `\n${indent}<viz:shape value="${shape}"/>`;
  return text;
}

function edgeViz(look: EdgeLook | undefined, indent: string): string {
  if (!look) return '';
  let text = colourElement(look.colour, indent);
  if (look.width !== undefined) text += `\n${indent}<viz:thickness value="${look.width}"/>`;
  if (look.line && LINES.has(look.line)) text += `\n${indent}<viz:shape value="${look.line}"/>`;
  return text;
}

/** Names a column may take as the element's own XML attribute: text labels, numeric weights. */
function inlineNames(
  records: readonly Attributes[],
  names: Readonly<Record<string, 'string' | 'number'>>,
): Set<string> {
  const inline = new Set<string>();
  for (const [name, kind] of Object.entries(names))
    if (
      records.every((record) => {
        const value: unknown = Object.hasOwn(record, name) ? record[name] : undefined;
        if (value === undefined) return true;
        return kind === 'string'
          ? typeof value === 'string' && fitsXml(value)
          : typeof value === 'number' && Number.isFinite(value);
      })
    )
      inline.add(name);
  return inline;
}

export function toGexf(graph: AbstractGraph, options: WriteOptions = {}): string {
  const schema = writtenSchema(graph, options.schema);
  const nodeIds = graph.nodes();
  const nodeRecords = nodeIds.map((node) => graph.getNodeAttributes(node));
  const edges = writtenEdges(graph);
  const edgeRecords = edges.map((edge) => edge.attributes);
  const nodeInline = inlineNames(nodeRecords, { label: 'string' });
  const edgeInline = inlineNames(edgeRecords, { label: 'string', weight: 'number' });
  // GEXF reads an edge's own weight as a double without a default: any other weight is an attribute of its own.
  const weight = schema.edge.find((column) => column.name === 'weight');
  if (weight?.type !== 'double' || weight.default !== undefined) edgeInline.delete('weight');
  const nodeModel = new GexfModel(schema.node, nodeRecords, nodeInline);
  const edgeModel = new GexfModel(schema.edge, edgeRecords, edgeInline);
  const look = options.look;
  const attributes = graph.getAttributes();
  const meta = META.filter((name) => typeof attributes[name] === 'string' && fitsXml(attributes[name] as string));
  const modified = typeof attributes['lastmodifieddate'] === 'string' ? attributes['lastmodifieddate'] : undefined;
  const defaultType = graph.type === 'undirected' ? 'undirected' : 'directed';
  const inlineText = (record: Attributes, inline: ReadonlySet<string>) =>
    [...inline]
      .filter((name) => Object.hasOwn(record, name) && record[name] !== undefined)
      .map((name) => ` ${name}="${escapeXml(writeTyped(record[name]))}"`)
      .join('');

  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${modified && /^\d{4}-\d{2}-\d{2}$/.test(modified) ? ` lastmodifieddate="${modified}"` : ''}>`,
    ...meta.map((name) => `    <${name}>${escapeXml(attributes[name] as string)}</${name}>`),
    '  </meta>',
    `  <graph defaultedgetype="${defaultType}" mode="static">`,
    ...nodeModel.declarations('node'),
    ...edgeModel.declarations('edge'),
    '    <nodes>',
  ];
  nodeIds.forEach((node, index) => {
    const body = nodeModel.values(index, '        ') + nodeViz(look?.nodes.get(node), '        ');
    const head = `      <node id="${escapeXml(node)}"${inlineText(nodeRecords[index] ?? {}, nodeInline)}`;
    parts.push(body ? `${head}>${body}\n      </node>` : `${head}/>`);
  });
  parts.push('    </nodes>', '    <edges>');
  edges.forEach(({ edge, source, target, undirected, attributes: record }, index) => {
    const type =
      undirected === (defaultType === 'undirected') ? '' : ` type="${undirected ? 'undirected' : 'directed'}"`;
    const body = edgeModel.values(index, '        ') + edgeViz(look?.edges.get(edge), '        ');
    const head =
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${type}` +
      inlineText(record, edgeInline);
    parts.push(body ? `${head}>${body}\n      </edge>` : `${head}/>`);
  });
  parts.push('    </edges>', '  </graph>', '</gexf>');
  return `${parts.join('\n')}\n`;
}
