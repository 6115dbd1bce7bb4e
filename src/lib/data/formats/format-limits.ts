// What each data format cannot hold of a given graph and look, in plain words, so the Export dialog can say which
// formats are lossy for this graph and what they drop. Round-trip tests hold the writers to these lists.
import type { AbstractGraph } from 'graphology-types';
import { emptySchema, type AttributeSchema } from '../../graph/attribute-schema';
import type { GraphLook } from '../../graph/look';

export const DATA_FORMATS = [
  'graphology JSON',
  'GEXF',
  'GraphML',
  'CSV nodes and edges',
  'CSV edge list',
  'Cytoscape JSON',
] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Graph attributes GEXF keeps, in its <meta> element. */
const GEXF_META = new Set(['creator', 'description', 'keywords', 'lastmodifieddate']);
/** Node shapes GEXF's viz:shape can name, as Cytoscape shapes. */
const GEXF_SHAPES = new Set([
  'ellipse',
  'rectangle',
  'round-rectangle',
  'triangle',
  'round-triangle',
  'diamond',
  'round-diamond',
]);

interface LookParts {
  positions: boolean;
  colours: boolean;
  sizes: boolean;
  shapes: boolean;
  otherShapes: boolean;
  edgeLook: boolean;
}

function lookParts(look: GraphLook | undefined): LookParts {
  const parts = { positions: false, colours: false, sizes: false, shapes: false, otherShapes: false, edgeLook: false };
  for (const node of look?.nodes.values() ?? []) {
    parts.positions ||= node.x !== undefined;
    parts.colours ||= node.colour !== undefined;
    parts.sizes ||= node.size !== undefined;
    parts.shapes ||= node.shape !== undefined;
    parts.otherShapes ||= node.shape !== undefined && !GEXF_SHAPES.has(node.shape);
  }
  for (const edge of look?.edges.values() ?? [])
    parts.edgeLook ||= edge.colour !== undefined || edge.width !== undefined || edge.line !== undefined;
  return parts;
}

/** "positions, colours and sizes" from the parts of the look a format leaves out. */
function lookWords(parts: LookParts, keep: Partial<Record<keyof LookParts, boolean>> = {}): string[] {
  const words: [keyof LookParts, string][] = [
    ['positions', 'node positions'],
    ['colours', 'node colours'],
    ['sizes', 'node sizes'],
    ['shapes', 'node shapes'],
    ['edgeLook', 'edge colours and widths'],
  ];
  return words.filter(([part]) => parts[part] && !keep[part]).map(([, word]) => word);
}

/** The parts of the look on screen that a format holding none of it leaves out ("node positions", …). */
export function lookDrops(look: GraphLook | undefined): string[] {
  return lookWords(lookParts(look));
}

/** What writing `graph` (drawn with `look`, its attributes declared by `schema`) in `format` leaves out. */
export function formatDrops(
  format: DataFormat,
  graph: Pick<AbstractGraph, 'getAttributes' | 'getAttribute' | 'someNode' | 'degree'>,
  look?: GraphLook,
  schema: AttributeSchema = emptySchema(),
): string[] {
  const parts = lookParts(look);
  const defaults = [...schema.node, ...schema.edge, ...schema.graph].some((column) => column.default !== undefined);
  const graphAttributes = Object.keys(graph.getAttributes());
  const drops: string[] = [];
  switch (format) {
    case 'Cytoscape JSON':
      break;
    case 'graphology JSON':
      drops.push(...lookWords(parts));
      break;
    case 'GEXF': {
      const lost = graphAttributes.filter(
        (name) => !GEXF_META.has(name) || typeof graph.getAttribute(name) !== 'string',
      );
      if (lost.length > 0) drops.push(`the graph's own attributes other than creator, description and keywords`);
      if (parts.otherShapes) drops.push('node shapes other than disc, square, triangle and diamond');
      break;
    }
    case 'GraphML':
      drops.push(...lookWords(parts, { positions: true, colours: true, sizes: true }));
      break;
    case 'CSV nodes and edges':
      if (graphAttributes.length > 0) drops.push("the graph's own attributes");
      if (defaults) drops.push('declared defaults (each value is written out instead)');
      drops.push(...lookWords(parts));
      break;
    case 'CSV edge list': {
      if (graph.someNode((_node, attributes) => Object.keys(attributes).length > 0)) drops.push('node attributes');
      if (graph.someNode((node) => graph.degree(node) === 0)) drops.push('nodes without relationships');
      if (graphAttributes.length > 0) drops.push("the graph's own attributes");
      if (defaults) drops.push('declared defaults (each value is written out instead)');
      drops.push(...lookWords(parts));
      break;
    }
  }
  return drops;
}
