// Turns an edge into a plain-language sentence from its relation's template.
import type { AtlasGraph } from './build-graph';
import type { RelationStyle } from './types';

export interface SentenceVocabulary {
  relations: Record<string, RelationStyle & { hedged_template?: string | undefined }>;
  evidence: Record<string, { hedged: boolean }>;
}

/** The words a node reads as inside a sentence. */
export function nodePhrase(graph: AtlasGraph, node: string): string {
  const attributes = graph.getNodeAttributes(node);
  return attributes.phrase ?? attributes.label;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fillTemplate(template: string, source: string, target: string): string {
  return capitalise(template.replaceAll('{source}', source).replaceAll('{target}', target));
}

/** "Fluoxetine inhibits the serotonin transporter"; cautious wording ("may help treat") for weak evidence. */
export function edgeSentence(graph: AtlasGraph, edge: string, vocabulary: SentenceVocabulary): string {
  const attributes = graph.getEdgeAttributes(edge);
  const relation = vocabulary.relations[attributes.relation];
  if (!relation) throw new Error(`No sentence template for relation "${attributes.relation}"`);
  const hedged = attributes.hedged ?? vocabulary.evidence[attributes.evidence]?.hedged ?? false;
  const template = hedged && relation.hedged_template ? relation.hedged_template : relation.template;
  return fillTemplate(template, nodePhrase(graph, graph.source(edge)), nodePhrase(graph, graph.target(edge)));
}
