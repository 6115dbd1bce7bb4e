// What a screen reader hears when the selection changes: "Fluoxetine, drug, 7 relationships", or an edge's sentence.
import type { AtlasGraph } from './build-graph';
import { edgeSentence, type SentenceVocabulary } from './sentence';
import { plural } from '../util/plural';

export interface DescriptionVocabulary extends SentenceVocabulary {
  kinds: Record<string, { label: string }>;
  evidence: Record<string, { hedged: boolean; label: string }>;
}

/** One sentence about the selected edge (when there is one) or node; empty when nothing is selected. */
export function describeSelection(
  graph: AtlasGraph,
  vocabulary: DescriptionVocabulary,
  node: string | null,
  edge: string | null,
): string {
  if (edge && graph.hasEdge(edge)) {
    const level = vocabulary.evidence[graph.getEdgeAttribute(edge, 'evidence')]?.label ?? '';
    return `${edgeSentence(graph, edge, vocabulary)}. Evidence: ${level.toLowerCase()}.`;
  }
  if (node && graph.hasNode(node)) {
    const { label, kind } = graph.getNodeAttributes(node);
    const kindLabel = (vocabulary.kinds[kind]?.label ?? kind).toLowerCase();
    return `${label}, ${kindLabel}, ${plural(graph.degree(node), 'relationship')}`;
  }
  return '';
}
