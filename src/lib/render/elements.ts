// Maps nodes and edges of the graphology model to Cytoscape element definitions, one at a time or all at once, with
// the direction of each edge and the appearance chosen for it (colour, shape, size, width).
import type { ElementDefinition } from 'cytoscape';
import type { EdgeStyle, NodeStyle } from '../graph/appearance';
import type { AtlasGraph } from '../graph/build-graph';
import type { Position } from '../util/position';
import { breakable } from './label-placement';

/** Element data fields the stylesheet reads for the appearance chosen by attribute. */
export const STYLE_FIELDS = { colour: 'tint', shape: 'form', size: 'bulk', width: 'stroke' } as const;

/** The appearance of a node or edge as element data fields (absent fields leave the stylesheet's own). */
export function styleData(style: NodeStyle & EdgeStyle): Record<string, string | number | undefined> {
  return {
    [STYLE_FIELDS.colour]: style.colour,
    [STYLE_FIELDS.shape]: style.shape,
    [STYLE_FIELDS.size]: style.size,
    [STYLE_FIELDS.width]: style.width,
  };
}

/** Where the factory reads the appearance chosen for each element (undefined: drawn by kind and evidence). */
export interface StyleSource {
  node(id: string): NodeStyle | undefined;
  edge(id: string): EdgeStyle | undefined;
}

export interface ElementVocabulary {
  relations: Record<string, { sign: string; label: string }>;
}

export interface ElementFactory {
  node(id: string, position: Position | undefined): ElementDefinition;
  edge(id: string): ElementDefinition;
}

const withoutUndefined = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

export function elementFactory(
  graph: AtlasGraph,
  vocabulary: ElementVocabulary,
  styles: StyleSource = { node: () => undefined, edge: () => undefined },
): ElementFactory {
  return {
    node(id, position) {
      const attributes = graph.getNodeAttributes(id);
      const style = styles.node(id);
      return {
        group: 'nodes',
        data: {
          id,
          label: attributes.label,
          display: breakable(attributes.label),
          kind: attributes.kind,
          degree: graph.degree(id),
          ...(attributes.landmark ? { landmark: true } : {}),
          ...(style ? withoutUndefined(styleData(style)) : {}),
        },
        position: { ...(position ?? { x: 0, y: 0 }) },
      };
    },
    edge(id) {
      const attributes = graph.getEdgeAttributes(id);
      const relation = vocabulary.relations[attributes.relation];
      const [source, target] = graph.extremities(id);
      const style = styles.edge(id);
      const between =
        graph.directedEdges(source, target).length +
        (source === target ? 0 : graph.directedEdges(target, source).length) +
        graph.undirectedEdges(source, target).length;
      return {
        group: 'edges',
        data: {
          id,
          source,
          target,
          // Only edges that share their two nodes with another need curves to be told apart.
          parallel: between > 1,
          relation: attributes.relation,
          relationLabel: relation?.label ?? attributes.relation,
          evidence: attributes.evidence,
          sign: relation?.sign ?? 'none',
          // An edge without a direction is drawn without an arrow head.
          undirected: graph.isUndirected(id),
          ...(style ? withoutUndefined(styleData(style)) : {}),
        },
      };
    },
  };
}
