// Every attribute a node or edge can be read by, in one list each: the atlas's own (label, kind, relation, …), the
// imported file's (with their declared types) and the computed measures. The data table, the Details panel, filters
// and appearance all read values through these columns.
import type { AttributeColumn, AttributeSchema, AttributeType } from './attribute-schema';
import type { AtlasGraph } from './build-graph';
import { measuredColumns, type MeasuresResult } from './measure-names';
import type { DataRecord } from './types';

type ColumnOrigin = 'atlas' | 'file' | 'measure';

export interface ValueColumn {
  /** Unique among the columns of one kind of element: origin and name ("file:weight"). */
  readonly key: string;
  readonly name: string;
  readonly type: AttributeType;
  readonly origin: ColumnOrigin;
  /** What a measure means, in a few words. */
  readonly about?: string | undefined;
  value(id: string): unknown;
}

export interface ColumnLabels {
  /** A kind's readable name. */
  kind(kind: string): string;
  /** A relation's readable name. */
  relation(relation: string): string;
  /** An evidence level's readable name. */
  evidence(level: string): string;
}

const own = (record: DataRecord | undefined, name: string): unknown =>
  record && Object.hasOwn(record, name) ? record[name] : undefined;

function fileColumns(columns: readonly AttributeColumn[], data: (id: string) => DataRecord | undefined): ValueColumn[] {
  return columns.map((column) => ({
    key: `file:${column.name}`,
    name: column.name,
    type: column.type,
    origin: 'file' as const,
    value: (id: string) => own(data(id), column.name),
  }));
}

export function nodeColumns(
  graph: AtlasGraph,
  labels: ColumnLabels,
  schema: AttributeSchema | undefined,
  measures?: MeasuresResult,
): ValueColumn[] {
  const atlas: ValueColumn[] = [
    { key: 'atlas:id', name: 'Id', type: 'string', origin: 'atlas', value: (id) => id },
    {
      key: 'atlas:label',
      name: 'Label',
      type: 'string',
      origin: 'atlas',
      value: (id) => graph.getNodeAttribute(id, 'label'),
    },
    {
      key: 'atlas:kind',
      name: 'Kind',
      type: 'string',
      origin: 'atlas',
      value: (id) => labels.kind(graph.getNodeAttribute(id, 'kind')),
    },
  ];
  const measured = measures
    ? measuredColumns(measures).map(({ measure, column }) => ({
        key: `measure:${measure}`,
        name: column.name,
        type: column.type,
        origin: 'measure' as const,
        about: column.about,
        value: (id: string) => measures.values.get(measure)?.get(id),
      }))
    : [];
  return [...atlas, ...fileColumns(schema?.node ?? [], (id) => graph.getNodeAttribute(id, 'data')), ...measured];
}

export function edgeColumns(
  graph: AtlasGraph,
  labels: ColumnLabels,
  schema: AttributeSchema | undefined,
): ValueColumn[] {
  const end = (id: string, which: 'source' | 'target') => graph.getNodeAttribute(graph[which](id), 'label');
  const atlas: ValueColumn[] = [
    { key: 'atlas:id', name: 'Id', type: 'string', origin: 'atlas', value: (id) => id },
    { key: 'atlas:source', name: 'Source', type: 'string', origin: 'atlas', value: (id) => end(id, 'source') },
    { key: 'atlas:target', name: 'Target', type: 'string', origin: 'atlas', value: (id) => end(id, 'target') },
    {
      key: 'atlas:direction',
      name: 'Direction',
      type: 'string',
      origin: 'atlas',
      value: (id) => (graph.isUndirected(id) ? 'undirected' : 'directed'),
    },
    {
      key: 'atlas:relation',
      name: 'Relation',
      type: 'string',
      origin: 'atlas',
      value: (id) => labels.relation(graph.getEdgeAttribute(id, 'relation')),
    },
    {
      key: 'atlas:evidence',
      name: 'Evidence',
      type: 'string',
      origin: 'atlas',
      value: (id) => labels.evidence(graph.getEdgeAttribute(id, 'evidence')),
    },
  ];
  return [...atlas, ...fileColumns(schema?.edge ?? [], (id) => graph.getEdgeAttribute(id, 'data'))];
}

/** An edge's weight: its file's numeric `weight` (any case), else 1. */
export function edgeWeight(graph: AtlasGraph): (edge: string) => number {
  return (edge) => {
    const data = graph.getEdgeAttribute(edge, 'data');
    if (!data) return 1;
    const name = Object.keys(data).find((key) => key.toLowerCase() === 'weight');
    const value = name === undefined ? undefined : data[name];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 1;
  };
}
