// Cytoscape.js JSON (also Cytoscape desktop's .cyjs): `elements.nodes` / `elements.edges` of `{ data, position }`.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { setOwn } from '../../util/own-property';
import { assembleGraph, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';
import { jsonSyntaxProblem, withoutByteOrderMark } from './json-syntax';

interface Point {
  x: number;
  y: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

/** `positions` (for example the drawn layout) are written as each node's `position`. */
export function toCytoscapeJson(graph: AbstractGraph, positions?: ReadonlyMap<string, Point>): string {
  const nodes = graph.mapNodes((node, attributes) => {
    const position = positions?.get(node);
    return { data: { ...attributes, id: node }, ...(position ? { position: { x: position.x, y: position.y } } : {}) };
  });
  const edges = graph.mapEdges((edge, attributes, source, target, _s, _t, undirected) => ({
    data: { ...attributes, id: edge, source, target, ...(undirected ? { undirected: true } : {}) },
  }));
  const document = {
    format_version: '1.0',
    generated_by: 'Synapse Atlas',
    target_cytoscapejs_version: '~3',
    data: graph.getAttributes(),
    elements: { nodes, edges },
  };
  return JSON.stringify(document, null, graph.size < 5000 ? 2 : undefined);
}

function splitData(data: Record<string, unknown>, fixed: readonly string[]): Attributes {
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(data)) if (!fixed.includes(name)) setOwn(attributes, name, value);
  return attributes;
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
    const attributes = splitData(data, ['id']);
    const position = isRecord(element) && isRecord(element.position) ? element.position : undefined;
    if (position && typeof position.x === 'number' && typeof position.y === 'number') {
      attributes.x ??= position.x;
      attributes.y ??= position.y;
    }
    nodes.push({ key, attributes, where });
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
      attributes: splitData(data, ['id', 'source', 'target', 'undirected']),
      where,
    });
  });
  try {
    const graphData = isRecord(document) && isRecord(document.data) ? document.data : {};
    const result = assembleGraph(nodes, edges, {}, graphData, problems);
    result.skipped.nodes += skippedNodes;
    result.skipped.edges += skippedEdges;
    return result;
  } catch (error) {
    return unreadable({ message: `the graph could not be built: ${errorMessage(error)}` });
  }
}
