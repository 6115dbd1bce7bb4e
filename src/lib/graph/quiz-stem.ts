// A quiz question about one relationship, from its relation's question templates: "Which condition does sertraline treat?".
import type { AtlasGraph } from './build-graph';
import { nodePhrase, type SentenceVocabulary } from './sentence';
import type { RelationQuestions } from './types';

/** Which end of a relationship a question asks for; the other end is named in the question. */
export type AskedEnd = 'source' | 'target';

/** What the quiz reads from the vocabulary: sentences, question templates and the names of kinds. */
export interface QuizVocabulary extends SentenceVocabulary {
  relations: Record<string, SentenceVocabulary['relations'][string] & { questions?: RelationQuestions | undefined }>;
  kinds: Readonly<Record<string, { label: string }>>;
}

/** A kind as a noun inside a question: "drug class", "gene or protein". */
export function kindNoun(vocabulary: QuizVocabulary, kind: string): string {
  const label = vocabulary.kinds[kind]?.label ?? kind.replaceAll('-', ' ');
  // Keep acronyms and names ("GABA receptor") as written; lower the first letter of an ordinary word.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The node a question asks for, and the node it names. */
export function questionEnds(graph: AtlasGraph, edge: string, asked: AskedEnd): { answer: string; given: string } {
  const source = graph.source(edge);
  const target = graph.target(edge);
  return asked === 'target' ? { answer: target, given: source } : { answer: source, given: target };
}

/**
 * The question asking for one end of `edge`, in the cautious wording when `hedged` ("Which mechanism may riluzole
 * decrease?"); undefined when the relation has no question template.
 */
export function questionStem(
  graph: AtlasGraph,
  edge: string,
  asked: AskedEnd,
  vocabulary: QuizVocabulary,
  hedged: boolean,
): string | undefined {
  const questions = vocabulary.relations[graph.getEdgeAttribute(edge, 'relation')]?.questions;
  if (!questions) return undefined;
  const cautious = asked === 'target' ? questions.hedged_target : questions.hedged_source;
  const template = (hedged ? cautious : undefined) ?? questions[asked];
  const { answer, given } = questionEnds(graph, edge, asked);
  const givenEnd = asked === 'target' ? '{source}' : '{target}';
  return template
    .replaceAll('{kind}', kindNoun(vocabulary, graph.getNodeAttribute(answer, 'kind')))
    .replaceAll(givenEnd, nodePhrase(graph, given));
}
