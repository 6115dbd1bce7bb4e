// Builds a graphology graph from parsed node and edge records, leaving out (and reporting) the ones that cannot go in;
// any string is an id (the graph classes are prototype-safe), and declared attribute defaults are filled in.
import type { AbstractGraph, Attributes, GraphOptions, GraphType } from 'graphology-types';
import { columnsOf, emptySchema, type AttributeColumn, type AttributeSchema } from '../../graph/attribute-schema';
import { compactLook, emptyLook, type EdgeLook, type NodeLook } from '../../graph/look';
import { Graph } from '../../graph/safe-graph';
import { setOwn } from '../../util/own-property';
import type { FormatProblem, ImportResult, ProblemPlace } from './import-result';

export interface NodeRecord {
  key: string;
  attributes: Attributes;
  look?: NodeLook | undefined;
  where: ProblemPlace;
}

export interface EdgeRecord {
  key?: string | undefined;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
  look?: EdgeLook | undefined;
  where: ProblemPlace;
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

/** Fills in the declared defaults an element's attributes leave out. */
function withDefaults(attributes: Attributes, columns: readonly AttributeColumn[]): Attributes {
  for (const column of columns)
    if (column.default !== undefined && !Object.hasOwn(attributes, column.name))
      setOwn(attributes, column.name, column.default);
  return attributes;
}

export function assembleGraph(
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  declared: DeclaredOptions,
  graphAttributes: Attributes,
  problems: FormatProblem[],
  declaredSchema: AttributeSchema = emptySchema(),
): ImportResult {
  const type = declared.type ?? narrowestType(edges);
  const options: GraphOptions = {
    type,
    multi: declared.multi ?? hasParallelEdges(edges),
    allowSelfLoops: declared.allowSelfLoops ?? true,
  };
  const graph: AbstractGraph = new Graph(options);
  graph.replaceAttributes(withDefaults(graphAttributes, declaredSchema.graph));
  const look = emptyLook();
  const skipped = { nodes: 0, edges: 0 };
  const reject = (where: ProblemPlace, message: string, what: 'nodes' | 'edges') => {
    problems.push({ ...where, severity: 'error', message });
    skipped[what]++;
  };

  for (const node of nodes) {
    if (graph.hasNode(node.key)) {
      reject(node.where, `the node id "${node.key}" is used twice; kept the first`, 'nodes');
      continue;
    }
    graph.addNode(node.key, withDefaults(node.attributes, declaredSchema.node));
    const nodeLook = node.look && compactLook(node.look);
    if (nodeLook) look.nodes.set(node.key, nodeLook);
  }
  for (const edge of edges) {
    const missing = [edge.source, edge.target].filter((id) => !graph.hasNode(id));
    let key: string | undefined;
    const attributes = withDefaults(edge.attributes, declaredSchema.edge);
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
      key = edge.undirected
        ? graph.addUndirectedEdge(edge.source, edge.target, attributes)
        : graph.addDirectedEdge(edge.source, edge.target, attributes);
    } else {
      key = edge.undirected
        ? graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes)
        : graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    }
    const edgeLook = key !== undefined && edge.look ? compactLook(edge.look) : undefined;
    if (key !== undefined && edgeLook) look.edges.set(key, edgeLook);
  }
  const schema: AttributeSchema = {
    graph: columnsOf([graph.getAttributes()], declaredSchema.graph),
    node: columnsOf(
      graph.mapNodes((_node, attributes) => attributes),
      declaredSchema.node,
    ),
    edge: columnsOf(
      graph.mapEdges((_edge, attributes) => attributes),
      declaredSchema.edge,
    ),
  };
  return { graph, schema, look, problems, skipped };
}
