// The graph a data export writes: for an imported file, its own nodes, edges and attributes with their declared types
// and each edge's direction, as read (so import → export → import changes nothing); for the curated and shipped
// datasets, the atlas's attributes. Computed measures can be added as node columns.
import type { AbstractGraph, Attributes, GraphType } from 'graphology-types';
import { emptySchema, type AttributeColumn, type AttributeSchema } from '../graph/attribute-schema';
import type { AtlasGraph } from '../graph/build-graph';
import { Graph } from '../graph/safe-graph';
import type { EdgeAttributes, NodeAttributes } from '../graph/types';
import { setOwn } from '../util/own-property';
import type { AtlasDataset } from './datasets/atlas-dataset';

export interface ExportableGraph {
  graph: AbstractGraph;
  schema: AttributeSchema;
}

/** Extra node columns (computed measures), each with its values by node. */
export interface ExtraColumn {
  column: AttributeColumn;
  values: ReadonlyMap<string, unknown>;
}

function edgeType(graph: AtlasGraph): GraphType {
  if (graph.undirectedSize === 0) return 'directed';
  return graph.directedSize === 0 ? 'undirected' : 'mixed';
}

/** The atlas attributes of a node or edge, without the file's data, the look and the direction kept beside them. */
function atlasAttributes(attributes: NodeAttributes | EdgeAttributes): Attributes {
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attributes))
    if (name !== 'data' && name !== 'look' && name !== 'undirected') kept[name] = value;
  return kept;
}

function copy(record: Readonly<Attributes>): Attributes {
  const copied: Attributes = {};
  for (const [name, value] of Object.entries(record)) setOwn(copied, name, value);
  return copied;
}

export function exportableGraph(dataset: AtlasDataset, extra: readonly ExtraColumn[] = []): ExportableGraph {
  const source = dataset.graph;
  const declared = dataset.attributes;
  const type = declared && (declared.type === edgeType(source) || source.size === 0) ? declared.type : edgeType(source);
  const graph: AbstractGraph = new Graph({ type, multi: true, allowSelfLoops: true });
  graph.replaceAttributes(declared ? copy(declared.graph) : {});
  // The writers only read the records, so an imported file's own records are handed over as they are.
  source.forEachNode((node, attributes) => {
    let record = declared ? (attributes.data ?? {}) : atlasAttributes(attributes);
    if (extra.length > 0) {
      record = copy(record);
      for (const { column, values } of extra)
        if (values.has(node) && !Object.hasOwn(record, column.name)) setOwn(record, column.name, values.get(node));
    }
    graph.addNode(node, record);
  });
  source.forEachEdge((edge, attributes, from, to, _s, _t, undirected) => {
    const record = declared ? (attributes.data ?? {}) : atlasAttributes(attributes);
    if (undirected) graph.addUndirectedEdgeWithKey(edge, from, to, record);
    else graph.addDirectedEdgeWithKey(edge, from, to, record);
  });
  const schema = declared?.schema ?? emptySchema();
  const taken = new Set(schema.node.map((column) => column.name));
  return {
    graph,
    schema: {
      ...schema,
      node: [...schema.node, ...extra.map(({ column }) => column).filter((c) => !taken.has(c.name))],
    },
  };
}
