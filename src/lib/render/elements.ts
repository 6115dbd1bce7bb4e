// Maps nodes and edges of the graphology model to Cytoscape element definitions, one at a time or all at once.
import type { ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../graph/build-graph';
import type { Position } from '../graph/layout-force';
import { breakable } from './label-placement';

export interface ElementVocabulary {
  relations: Record<string, { sign: string; label: string }>;
}

export interface ElementFactory {
  node(id: string, position: Position | undefined): ElementDefinition;
  edge(id: string): ElementDefinition;
}

export function elementFactory(graph: AtlasGraph, vocabulary: ElementVocabulary): ElementFactory {
  return {
    node(id, position) {
      const attributes = graph.getNodeAttributes(id);
      return {
        group: 'nodes',
        data: {
          id,
          label: attributes.label,
          display: breakable(attributes.label),
          kind: attributes.kind,
          degree: graph.degree(id),
          ...(attributes.landmark ? { landmark: true } : {}),
        },
        position: { ...(position ?? { x: 0, y: 0 }) },
      };
    },
    edge(id) {
      const attributes = graph.getEdgeAttributes(id);
      const relation = vocabulary.relations[attributes.relation];
      const [source, target] = graph.extremities(id);
      return {
        group: 'edges',
        data: {
          id,
          source,
          target,
          // Only edges that share their two nodes with another need curves to be told apart.
          parallel: graph.outEdges(source, target).length + graph.outEdges(target, source).length > 1,
          relation: attributes.relation,
          relationLabel: relation?.label ?? attributes.relation,
          evidence: attributes.evidence,
          sign: relation?.sign ?? 'none',
        },
      };
    },
  };
}
