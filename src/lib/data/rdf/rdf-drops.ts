// What the RDF export leaves out for a dataset: never a node, edge, attribute value or source; only the look on
// screen and, for imported files, the finer points of their declared attribute types.
import type { AttributeSchema } from '../../graph/attribute-schema.ts';
import type { GraphLook } from '../../graph/look.ts';
import { lookDrops } from '../formats/format-limits.ts';

export type RdfFormat = 'Turtle' | 'N-Triples';

/** Types written as they are declared: xsd:integer, xsd:double, xsd:boolean and text. */
const PLAIN_TYPES = new Set(['string', 'integer', 'double', 'boolean']);

export function rdfDrops(schema: AttributeSchema | undefined, look?: GraphLook): string[] {
  const drops = lookDrops(look);
  const columns = schema ? [...schema.graph, ...schema.node, ...schema.edge] : [];
  if (columns.some((column) => !PLAIN_TYPES.has(column.type) || column.declared !== undefined))
    drops.push('declared attribute types other than integer, double, boolean and text (lists and objects go as JSON)');
  if (columns.some((column) => column.default !== undefined)) drops.push('declared defaults');
  return drops;
}
