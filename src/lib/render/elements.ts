// Maps the graphology model and its positions to Cytoscape element definitions.
import type { ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../graph/build-graph';
import type { Position } from '../graph/layout-force';

export interface ElementVocabulary {
  relations: Record<string, { sign: string; label: string }>;
}

export function buildElements(
  graph: AtlasGraph,
  positions: ReadonlyMap<string, Position>,
  vocabulary: ElementVocabulary,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((node, attributes) => {
    const position = positions.get(node) ?? { x: 0, y: 0 };
    elements.push({
      group: 'nodes',
      data: { id: node, label: attributes.label, kind: attributes.kind, degree: graph.degree(node) },
      position: { ...position },
    });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const relation = vocabulary.relations[attributes.relation];
    elements.push({
      group: 'edges',
      data: {
        id: edge,
        source,
        target,
        relation: attributes.relation,
        relationLabel: relation?.label ?? attributes.relation,
        evidence: attributes.evidence,
        sign: relation?.sign ?? 'none',
      },
    });
  });
  return elements;
}
