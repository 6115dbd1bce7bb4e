// Builds a graphology graph from parsed node and edge records, leaving out (and reporting) the ones that cannot go in.
import Graph from 'graphology';
import type { AbstractGraph, Attributes, GraphOptions, GraphType } from 'graphology-types';
import { isReservedKey } from '../../util/own-property';
import { reservedIdMessage, type FormatProblem, type ImportResult } from './import-result';

type Location = Omit<FormatProblem, 'message' | 'severity'>;

export interface NodeRecord {
  key: string;
  attributes: Attributes;
  where: Location;
}

export interface EdgeRecord {
  key?: string | undefined;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
  where: Location;
}

/** Options the file declares; anything left out is chosen to fit the records (narrowest type, multi if needed). */
export type DeclaredOptions = Partial<Pick<GraphOptions, 'type' | 'multi' | 'allowSelfLoops'>>;

function narrowestType(edges: readonly EdgeRecord[]): GraphType {
  const undirected = edges.filter((edge) => edge.undirected).length;
  if (undirected === 0) return 'directed';
  return undirected === edges.length ? 'undirected' : 'mixed';
}

function pairKey(edge: EdgeRecord): string {
  const [a, b] = edge.undirected && edge.source > edge.target ? [edge.target, edge.source] : [edge.source, edge.target];
  return `${edge.undirected ? 'u' : 'd'}\u0000${a}\u0000${b}`;
}

function hasParallelEdges(edges: readonly EdgeRecord[]): boolean {
  const seen = new Set<string>();
  for (const edge of edges) {
    const key = pairKey(edge);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

export function assembleGraph(
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  declared: DeclaredOptions,
  graphAttributes: Attributes,
  problems: FormatProblem[],
): ImportResult {
  const type = declared.type ?? narrowestType(edges);
  const options: GraphOptions = {
    type,
    multi: declared.multi ?? hasParallelEdges(edges),
    allowSelfLoops: declared.allowSelfLoops ?? true,
  };
  const graph: AbstractGraph = new Graph(options);
  graph.replaceAttributes(graphAttributes);
  const skipped = { nodes: 0, edges: 0 };
  const reject = (where: Location, message: string, what: 'nodes' | 'edges') => {
    problems.push({ ...where, severity: 'error', message });
    skipped[what]++;
  };

  for (const node of nodes) {
    if (isReservedKey(node.key)) reject(node.where, reservedIdMessage(node.key), 'nodes');
    else if (graph.hasNode(node.key))
      reject(node.where, `the node id "${node.key}" is used twice; kept the first`, 'nodes');
    else graph.addNode(node.key, node.attributes);
  }
  for (const edge of edges) {
    const missing = [edge.source, edge.target].filter((id) => !graph.hasNode(id));
    if (missing.length > 0) {
      const names = [...new Set(missing)].map((id) => `"${id}"`).join(' and ');
      reject(edge.where, `the edge points to ${names}, which is not a node in the file`, 'edges');
    } else if (edge.key !== undefined && graph.hasEdge(edge.key)) {
      reject(edge.where, `the edge id "${edge.key}" is used twice; kept the first`, 'edges');
    } else if (edge.source === edge.target && !options.allowSelfLoops) {
      reject(edge.where, `the edge joins "${edge.source}" to itself, which the file says is not allowed`, 'edges');
    } else if (edge.undirected ? type === 'directed' : type === 'undirected') {
      const kind = edge.undirected ? 'undirected' : 'directed';
      reject(edge.where, `a ${kind} edge in a graph the file declares ${type}`, 'edges');
    } else if (
      !options.multi &&
      (edge.undirected
        ? graph.hasUndirectedEdge(edge.source, edge.target)
        : graph.hasDirectedEdge(edge.source, edge.target))
    ) {
      reject(
        edge.where,
        `a second edge from "${edge.source}" to "${edge.target}", but the file says the graph has no parallel edges`,
        'edges',
      );
    } else if (edge.key === undefined) {
      if (edge.undirected) graph.addUndirectedEdge(edge.source, edge.target, edge.attributes);
      else graph.addDirectedEdge(edge.source, edge.target, edge.attributes);
    } else if (edge.undirected) {
      graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    } else {
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    }
  }
  return { graph, problems, skipped };
}
