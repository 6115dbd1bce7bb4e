// Cytoscape.js JSON (also Cytoscape desktop's .cyjs): `elements.nodes` / `elements.edges` of `{ data, position }`,
// with each element's own style (colour, size, shape, line) read as its look and written back with a base stylesheet.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { parseColour, type EdgeLook, type NodeLook } from '../../graph/look';
import { ownRecord, ownValue } from '../../util/own-property';
import { assembleGraph, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { readTypesBlock, TYPES_BLOCK, typesBlock } from './attribute-types-block';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';
import { jsonSyntaxProblem, withoutByteOrderMark } from './json-syntax';
import { writtenSchema, type WriteOptions } from './write-options';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The style every exported element shares; each element's own colour, size and shape override it. */
const BASE_STYLE = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10 } },
  { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1 } },
  { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none' } },
];

function nodeStyle(look: NodeLook | undefined): Record<string, unknown> | undefined {
  if (!look) return undefined;
  const style: Record<string, unknown> = {};
  if (look.colour) style['background-color'] = look.colour.slice(0, 7);
  if (look.colour && look.colour.length === 9)
    style['background-opacity'] = Number.parseInt(look.colour.slice(7), 16) / 255;
  if (look.size !== undefined) style.width = style.height = look.size;
  if (look.shape) style.shape = look.shape;
  return Object.keys(style).length > 0 ? style : undefined;
}

function edgeStyle(look: EdgeLook | undefined): Record<string, unknown> | undefined {
  if (!look) return undefined;
  const style: Record<string, unknown> = {};
  if (look.colour) style['line-color'] = style['target-arrow-color'] = look.colour.slice(0, 7);
  if (look.width !== undefined) style.width = look.width;
  if (look.line) style['line-style'] = look.line;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** Nodes with their data, position and own style; edges with theirs; the graph's data; types the values do not tell. */
export function toCytoscapeJson(graph: AbstractGraph, options: WriteOptions = {}): string {
  const look = options.look;
  const nodes = graph.mapNodes((node, attributes) => {
    const nodeLook = look?.nodes.get(node);
    const style = nodeStyle(nodeLook);
    return {
      data: { ...attributes, id: node },
      ...(nodeLook?.x !== undefined && nodeLook.y !== undefined ? { position: { x: nodeLook.x, y: nodeLook.y } } : {}),
      ...(style ? { style } : {}),
    };
  });
  const edges = graph.mapEdges((edge, attributes, source, target, _s, _t, undirected) => {
    const style = edgeStyle(look?.edges.get(edge));
    return {
      data: { ...attributes, id: edge, source, target, ...(undirected ? { undirected: true } : {}) },
      ...(style ? { style } : {}),
    };
  });
  const types = typesBlock(graph, writtenSchema(graph, options.schema));
  const document = {
    format_version: '1.0',
    generated_by: 'Synapse Atlas',
    target_cytoscapejs_version: '~3',
    data: graph.getAttributes(),
    ...(look ? { style: BASE_STYLE } : {}),
    elements: { nodes, edges },
    ...(types ? { [TYPES_BLOCK]: types } : {}),
  };
  return JSON.stringify(document, null, graph.size < 5000 ? 2 : undefined);
}

function splitData(data: Record<string, unknown>, fixed: readonly string[]): Attributes {
  return ownRecord(Object.entries(data).filter(([name]) => !fixed.includes(name)));
}

function readNodeLook(element: Record<string, unknown>): NodeLook {
  const position = isRecord(element.position) ? element.position : {};
  const [x, y] = [ownValue(position, 'x'), ownValue(position, 'y')];
  const style = isRecord(element.style) ? element.style : {};
  const colour = ownValue(style, 'background-color');
  const opacity = ownValue(style, 'background-opacity');
  const width = ownValue(style, 'width');
  const shape = ownValue(style, 'shape');
  const parsed = typeof colour === 'string' ? parseColour(colour) : null;
  const alpha =
    finite(opacity) && opacity < 1
      ? Math.round(opacity * 255)
          .toString(16)
          .padStart(2, '0')
      : '';
  return {
    x: finite(x) && finite(y) ? x : undefined,
    y: finite(x) && finite(y) ? y : undefined,
    colour: parsed ? `${parsed}${alpha}` : undefined,
    size: finite(width) && width > 0 ? width : undefined,
    shape: typeof shape === 'string' && /^[a-z-]+$/.test(shape) ? shape : undefined,
  };
}

function readEdgeLook(element: Record<string, unknown>): EdgeLook {
  const style = isRecord(element.style) ? element.style : {};
  const colour = ownValue(style, 'line-color');
  const width = ownValue(style, 'width');
  const line = ownValue(style, 'line-style');
  return {
    colour: typeof colour === 'string' ? (parseColour(colour) ?? undefined) : undefined,
    width: finite(width) && width >= 0 ? width : undefined,
    line: line === 'solid' || line === 'dashed' || line === 'dotted' ? line : undefined,
  };
}

/** Both shapes Cytoscape writes: `elements: { nodes, edges }` and `elements: [{ group, data }]`. */
function elementLists(elements: unknown): { nodes: unknown[]; edges: unknown[]; base: [string, string] } | null {
  if (isRecord(elements)) {
    const nodes = Array.isArray(elements.nodes) ? elements.nodes : [];
    const edges = Array.isArray(elements.edges) ? elements.edges : [];
    return { nodes, edges, base: ['elements.nodes', 'elements.edges'] };
  }
  if (Array.isArray(elements)) {
    const isEdge = (element: unknown) =>
      isRecord(element) &&
      (element.group === 'edges' ||
        (element.group === undefined && isRecord(element.data) && 'source' in element.data));
    return {
      nodes: elements.filter((element) => !isEdge(element)),
      edges: elements.filter(isEdge),
      base: ['elements (node)', 'elements (edge)'],
    };
  }
  return null;
}

export function parseCytoscapeJson(text: string): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    return unreadable(jsonSyntaxProblem(text, error));
  }
  const lists = elementLists(isRecord(document) ? document.elements : Array.isArray(document) ? document : undefined);
  if (!lists) return unreadable({ message: 'this is JSON, but not Cytoscape JSON: it has no "elements"' });
  const problems: FormatProblem[] = [];
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  let skippedNodes = 0;
  let skippedEdges = 0;
  lists.nodes.forEach((element, index) => {
    const data = isRecord(element) && isRecord(element.data) ? element.data : undefined;
    const key = idText(data?.id);
    const where = { element: key ? `node "${key}"` : `${lists.base[0]}[${index}]` };
    if (!data || key === undefined) {
      problems.push({ ...where, severity: 'error', message: 'a node without "data.id" was left out' });
      skippedNodes++;
      return;
    }
    nodes.push({
      key,
      attributes: splitData(data, ['id']),
      look: readNodeLook(element as Record<string, unknown>),
      where,
    });
  });
  lists.edges.forEach((element, index) => {
    const data = isRecord(element) && isRecord(element.data) ? element.data : undefined;
    const key = idText(data?.id);
    const where = { element: key ? `edge "${key}"` : `${lists.base[1]}[${index}]` };
    const source = idText(data?.source);
    const target = idText(data?.target);
    if (!data || source === undefined || target === undefined) {
      problems.push({
        ...where,
        severity: 'error',
        message: 'an edge needs "data.source" and "data.target"; left out',
      });
      skippedEdges++;
      return;
    }
    edges.push({
      key,
      source,
      target,
      undirected: data.undirected === true,
      attributes: splitData(
        data,
        data.undirected === true ? ['id', 'source', 'target', 'undirected'] : ['id', 'source', 'target'],
      ),
      look: readEdgeLook(element as Record<string, unknown>),
      where,
    });
  });
  try {
    const graphData = isRecord(document) && isRecord(document.data) ? document.data : {};
    const declared = readTypesBlock(isRecord(document) ? document[TYPES_BLOCK] : undefined, problems);
    const result = assembleGraph(nodes, edges, {}, ownRecord(Object.entries(graphData)), problems, declared);
    result.skipped.nodes += skippedNodes;
    result.skipped.edges += skippedEdges;
    return result;
  } catch (error) {
    return unreadable({ message: `the graph could not be built: ${errorMessage(error)}` });
  }
}
