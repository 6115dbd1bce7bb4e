// graphology's own serialisation (our native format): export, and a forgiving import that reports each bad element.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { assembleGraph, type DeclaredOptions, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';
import { jsonSyntaxProblem, withoutByteOrderMark } from './json-syntax';

export function toGraphologyJson(graph: AbstractGraph, pretty = graph.size < 5000): string {
  return JSON.stringify(graph.export(), null, pretty ? 2 : undefined);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readOptions(value: unknown, problems: FormatProblem[]): DeclaredOptions {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push({
      element: 'options',
      severity: 'warning',
      message: '"options" is not an object, so it was ignored',
    });
    return {};
  }
  const options: DeclaredOptions = {};
  if (value.type === 'directed' || value.type === 'undirected' || value.type === 'mixed') options.type = value.type;
  else if (value.type !== undefined)
    problems.push({
      element: 'options.type',
      severity: 'warning',
      message: 'the graph type should be "directed", "undirected" or "mixed"; it was chosen from the edges instead',
    });
  if (typeof value.multi === 'boolean') options.multi = value.multi;
  if (typeof value.allowSelfLoops === 'boolean') options.allowSelfLoops = value.allowSelfLoops;
  return options;
}

function readAttributes(value: unknown, element: string, problems: FormatProblem[]): Attributes {
  if (value === undefined) return {};
  if (isRecord(value)) return value;
  problems.push({ element, severity: 'warning', message: '"attributes" is not an object, so it was left out' });
  return {};
}

const idText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

export function parseGraphologyJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    return unreadable(jsonSyntaxProblem(text, error));
  }
  if (!isRecord(data) || !Array.isArray(data.nodes))
    return unreadable({ message: 'this is JSON, but not a graphology graph: it has no "nodes" list' });
  const problems: FormatProblem[] = [];
  const options = readOptions(data.options, problems);
  const nodes: NodeRecord[] = [];
  data.nodes.forEach((node: unknown, index) => {
    const element = `nodes[${index}]`;
    const key = isRecord(node) ? idText(node.key) : undefined;
    if (key === undefined) {
      problems.push({ element, severity: 'error', message: 'a node without a "key" (its id) was left out' });
      return;
    }
    const attributes = readAttributes(isRecord(node) ? node.attributes : undefined, element, problems);
    nodes.push({ key, attributes, where: { element: `${element} "${key}"` } });
  });
  const skippedNodes = data.nodes.length - nodes.length;
  const edges: EdgeRecord[] = [];
  const edgeList: unknown[] = Array.isArray(data.edges) ? data.edges : [];
  if (data.edges !== undefined && !Array.isArray(data.edges))
    problems.push({ element: 'edges', severity: 'error', message: '"edges" is not a list, so no edges were read' });
  edgeList.forEach((edge, index) => {
    const element = `edges[${index}]`;
    const source = isRecord(edge) ? idText(edge.source) : undefined;
    const target = isRecord(edge) ? idText(edge.target) : undefined;
    if (!isRecord(edge) || source === undefined || target === undefined) {
      problems.push({ element, severity: 'error', message: 'an edge needs a "source" and a "target"; left out' });
      return;
    }
    const key = idText(edge.key);
    edges.push({
      key,
      source,
      target,
      undirected: edge.undirected === true || options.type === 'undirected',
      attributes: readAttributes(edge.attributes, element, problems),
      where: { element: key === undefined ? element : `${element} "${key}"` },
    });
  });
  const skippedEdges = edgeList.length - edges.length;
  try {
    const result = assembleGraph(
      nodes,
      edges,
      options,
      readAttributes(data.attributes, 'attributes', problems),
      problems,
    );
    result.skipped.nodes += skippedNodes;
    result.skipped.edges += skippedEdges;
    return result;
  } catch (error) {
    return unreadable({ message: `the graph could not be built: ${errorMessage(error)}` });
  }
}
