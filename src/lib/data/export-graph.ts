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

/** What a node's record in the written file holds: its file's record as read, or the atlas's, with the extra columns. */
function nodeRecordOf(
  node: string,
  attributes: NodeAttributes,
  declared: boolean,
  extra: readonly ExtraColumn[],
): Attributes {
  let record = declared ? (attributes.data ?? {}) : atlasAttributes(attributes);
  if (extra.length > 0) {
    record = copy(record);
    for (const { column, values } of extra)
      if (values.has(node) && !Object.hasOwn(record, column.name)) setOwn(record, column.name, values.get(node));
  }
  return record;
}

export function exportableGraph(dataset: AtlasDataset, extra: readonly ExtraColumn[] = []): ExportableGraph {
  const source = dataset.graph;
  const declared = dataset.attributes;
  const type = declared && (declared.type === edgeType(source) || source.size === 0) ? declared.type : edgeType(source);
  const graph: AbstractGraph = new Graph({ type, multi: true, allowSelfLoops: true });
  graph.replaceAttributes(declared ? copy(declared.graph) : {});
  // The writers only read the records, so an imported file's own records are handed over as they are.
  source.forEachNode((node, attributes) => graph.addNode(node, nodeRecordOf(node, attributes, !!declared, extra)));
  source.forEachEdge((edge, attributes, from, to, _s, _t, undirected) => {
    const record = declared ? (attributes.data ?? {}) : atlasAttributes(attributes);
    if (undirected) graph.addUndirectedEdgeWithKey(edge, from, to, record);
    else graph.addDirectedEdgeWithKey(edge, from, to, record);
  });
  return { graph, schema: exportedSchema(dataset, extra) };
}

/** The attribute schema a data export declares: the file's own, with the extra columns it does not have already. */
export function exportedSchema(dataset: AtlasDataset, extra: readonly ExtraColumn[] = []): AttributeSchema {
  const schema = dataset.attributes?.schema ?? emptySchema();
  const taken = new Set(schema.node.map((column) => column.name));
  return { ...schema, node: [...schema.node, ...extra.map(({ column }) => column).filter((c) => !taken.has(c.name))] };
}

/** What the exported graph would look like to a format's limits, read from the dataset without copying it. */
export type ExportedShape = Pick<AbstractGraph, 'getAttributes' | 'getAttribute' | 'someNode' | 'degree'>;

/**
 * The exported graph as `formatDrops` reads it (its own attributes, each node's record and degree), answered from the
 * dataset itself: a large graph's copy takes a quarter of a second, too long to make on opening the Export dialog.
 */
export function exportedShape(dataset: AtlasDataset, extra: readonly ExtraColumn[] = []): ExportedShape {
  const source = dataset.graph;
  const declared = dataset.attributes;
  const attributes: Attributes = declared ? copy(declared.graph) : {};
  return {
    getAttributes: () => attributes,
    getAttribute: (name: string) => attributes[name] as unknown,
    someNode: (test: (node: string, record: Attributes) => boolean) =>
      source.someNode((node, nodeAttributes) => test(node, nodeRecordOf(node, nodeAttributes, !!declared, extra))),
    degree: (node: string) => source.degree(node),
  } as ExportedShape;
}
