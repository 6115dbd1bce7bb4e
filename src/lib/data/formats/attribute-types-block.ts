// The attribute types a JSON file declares (our "attributeTypes" block): written only for columns whose type, default
// or declared name the values alone would not tell, so plain files stay plain and other readers ignore it.
import type { AbstractGraph } from 'graphology-types';
import {
  ATTRIBUTE_TYPES,
  inferType,
  type AttributeColumn,
  type AttributeDomain,
  type AttributeSchema,
  type AttributeType,
} from '../../graph/attribute-schema';
import { emptySchema } from '../../graph/attribute-schema';
import type { FormatProblem } from './import-result';

export const TYPES_BLOCK = 'attributeTypes';

const DOMAINS: readonly AttributeDomain[] = ['graph', 'node', 'edge'];

type Block = Partial<Record<AttributeDomain, AttributeColumn[]>>;

function valuesOf(graph: AbstractGraph, domain: AttributeDomain, name: string): unknown[] {
  const own = (attributes: Record<string, unknown>) => (Object.hasOwn(attributes, name) ? attributes[name] : undefined);
  if (domain === 'graph') return [own(graph.getAttributes())];
  return domain === 'node'
    ? graph.mapNodes((_node, attributes) => own(attributes))
    : graph.mapEdges((_edge, attributes) => own(attributes));
}

/** The block for `schema`, or undefined when the values tell every type themselves. */
export function typesBlock(graph: AbstractGraph, schema: AttributeSchema): Block | undefined {
  const block: Block = {};
  for (const domain of DOMAINS) {
    const columns = schema[domain].filter((column) => {
      const values = valuesOf(graph, domain, column.name).filter((value) => value !== undefined);
      // A column no element has a value for exists only in the block.
      return (
        values.length === 0 ||
        column.default !== undefined ||
        column.declared !== undefined ||
        inferType(values) !== column.type
      );
    });
    if (columns.length > 0) block[domain] = columns;
  }
  return Object.keys(block).length > 0 ? block : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The declared columns of a block read from a file; anything malformed is left out and reported once. */
export function readTypesBlock(value: unknown, problems: FormatProblem[]): AttributeSchema {
  if (value === undefined) return emptySchema();
  const schema: Record<AttributeDomain, AttributeColumn[]> = { graph: [], node: [], edge: [] };
  let malformed = !isRecord(value);
  for (const domain of DOMAINS) {
    const list = isRecord(value) && Object.hasOwn(value, domain) ? value[domain] : [];
    if (!Array.isArray(list)) {
      malformed = true;
      continue;
    }
    for (const item of list as unknown[]) {
      const type = isRecord(item) ? item.type : undefined;
      if (!isRecord(item) || typeof item.name !== 'string' || !ATTRIBUTE_TYPES.includes(type as AttributeType)) {
        malformed = true;
        continue;
      }
      schema[domain].push({
        name: item.name,
        type: type as AttributeType,
        ...(typeof item.declared === 'string' ? { declared: item.declared } : {}),
        ...(Object.hasOwn(item, 'default') ? { default: item.default } : {}),
      });
    }
  }
  if (malformed)
    problems.push({
      element: TYPES_BLOCK,
      severity: 'warning',
      message: `"${TYPES_BLOCK}" is not a list of names and types for graph, node and edge; what could not be read was left out`,
    });
  return schema;
}
