// Builds a quiz from a seed: "what does X do to Y?" questions from unambiguous edges, plus questions written in tours.
import { hashString, seededRandom } from '../util/hash';
import type { AtlasGraph } from './build-graph';
import { edgeSentence, nodePhrase, type SentenceVocabulary } from './sentence';
import { ACTIONS, GENERIC, MIRROR, STRUCTURAL, VAGUE, compatibleRelations } from './relation-meaning';
import { RELATIONS, type EvidenceLevel, type Relation } from './types';

/** A question written by a teacher in a tour step. */
export interface AuthoredQuestion {
  id: string;
  prompt: string;
  choices: readonly string[];
  /** Index of the right choice. */
  answer: number;
  explanation: string;
  sources: readonly string[];
  /** Nodes to show while the question is asked. */
  nodes: readonly string[];
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  explanation: string;
  sources: string[];
  nodes: string[];
  /** For a question made from an edge: the edge, so the explanation can show its evidence. */
  edge?: string | undefined;
  evidence?: EvidenceLevel | undefined;
}

export interface QuizOptions {
  seed: string;
  /** How many questions at most; 10 when absent. */
  count?: number | undefined;
  /** Only these edges may become questions (for example a tour's highlighted edges); any edge when absent. */
  edges?: Iterable<string> | undefined;
  authored?: readonly AuthoredQuestion[] | undefined;
}

const DEFAULT_COUNT = 10;
const DISTRACTORS = 3;
/** Share of the quiz given to questions written in tours, when there are enough of them. */
const AUTHORED_SHARE = 0.4;

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isHedged(graph: AtlasGraph, edge: string, vocabulary: SentenceVocabulary): boolean {
  const attributes = graph.getEdgeAttributes(edge);
  return attributes.hedged ?? vocabulary.evidence[attributes.evidence]?.hedged ?? false;
}

/** The sentence "source <relation> target" in the plain or the cautious wording, or undefined when there is none. */
function sentenceWith(
  graph: AtlasGraph,
  source: string,
  target: string,
  relation: Relation,
  hedged: boolean,
  vocabulary: SentenceVocabulary,
): string | undefined {
  const style = vocabulary.relations[relation];
  const template = hedged ? style?.hedged_template : style?.template;
  if (!template) return undefined;
  return capitalise(
    template.replaceAll('{source}', nodePhrase(graph, source)).replaceAll('{target}', nodePhrase(graph, target)),
  );
}

/**
 * Edges that can be asked about without doubt: the only edge between their two nodes (in either
 * direction), a clear relation (not membership of a process), and evidence that is not a hypothesis
 * or contested.
 */
export function quizEligibleEdges(graph: AtlasGraph, vocabulary: SentenceVocabulary): string[] {
  return graph
    .edges()
    .filter((edge) => {
      const { relation, evidence } = graph.getEdgeAttributes(edge);
      if (VAGUE.has(relation) || evidence === 'hypothesis' || evidence === 'contested') return false;
      if (!vocabulary.relations[relation]) return false;
      const source = graph.source(edge);
      const target = graph.target(edge);
      // Being "part of" or "an example of" a process is a matter of wording ("leads to" may be as true).
      if (STRUCTURAL.has(relation) && graph.getNodeAttribute(target, 'kind') === 'mechanism') return false;
      return graph.outEdges(source, target).length + graph.outEdges(target, source).length === 1;
    })
    .sort();
}

/** Relations seen in the graph by kind: between two kinds ("drug>receptor"), from a kind ("drug>") and to a kind (">receptor"). */
function relationsByKinds(graph: AtlasGraph): Map<string, Set<Relation>> {
  const found = new Map<string, Set<Relation>>();
  const note = (key: string, relation: Relation) => {
    let relations = found.get(key);
    if (!relations) found.set(key, (relations = new Set()));
    relations.add(relation);
  };
  graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    note(`${sourceAttributes.kind}>${targetAttributes.kind}`, attributes.relation);
    note(`${sourceAttributes.kind}>`, attributes.relation);
    note(`>${targetAttributes.kind}`, attributes.relation);
  });
  return found;
}

/**
 * How plausible a wrong relation is for this pair: seen between the same kinds, the opposite of
 * the right one, seen pointing to the target's kind (better still, also from the source's kind), or
 * general enough to fit any pair. Zero: never offered.
 */
function plausibility(relation: Relation, answer: Relation, kinds: Map<string, Set<Relation>>, pair: [string, string]) {
  const [sourceKind, targetKind] = pair;
  if (kinds.get(`${sourceKind}>${targetKind}`)?.has(relation)) return 4;
  if (MIRROR[answer] === relation) return 3;
  if (kinds.get(`>${targetKind}`)?.has(relation)) return kinds.get(`${sourceKind}>`)?.has(relation) ? 2 : 1;
  return GENERIC.has(relation) ? 0.5 : 0;
}

function edgeQuestion(
  graph: AtlasGraph,
  edge: string,
  vocabulary: SentenceVocabulary,
  kindRelations: Map<string, Set<Relation>>,
  random: () => number,
): QuizQuestion | undefined {
  const attributes = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const hedged = isHedged(graph, edge, vocabulary);
  const answerText = sentenceWith(graph, source, target, attributes.relation, hedged, vocabulary);
  if (!answerText) return undefined;

  const pair: [string, string] = [graph.getNodeAttribute(source, 'kind'), graph.getNodeAttribute(target, 'kind')];
  const candidates = shuffled(
    RELATIONS.filter((relation) => !VAGUE.has(relation) && !compatibleRelations(relation, attributes.relation)),
    random,
  )
    .map((relation) => ({ relation, score: plausibility(relation, attributes.relation, kindRelations, pair) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score);

  const chosen: { relation: Relation; text: string }[] = [];
  for (const { relation } of candidates) {
    if (chosen.length === DISTRACTORS) break;
    if (chosen.some((other) => compatibleRelations(other.relation, relation))) continue;
    const text = sentenceWith(graph, source, target, relation, hedged, vocabulary);
    if (!text || text === answerText || chosen.some((other) => other.text === text)) continue;
    chosen.push({ relation, text });
  }
  if (chosen.length < 2) return undefined;

  const choices = shuffled([answerText, ...chosen.map((choice) => choice.text)], random);
  const prompt = ACTIONS.has(attributes.relation)
    ? `What does ${nodePhrase(graph, source)} do to ${nodePhrase(graph, target)}?`
    : `How are ${nodePhrase(graph, source)} and ${nodePhrase(graph, target)} related?`;
  return {
    id: `edge:${edge}`,
    prompt: capitalise(prompt),
    choices,
    answer: choices.indexOf(answerText),
    explanation: `${edgeSentence(graph, edge, vocabulary)}.${attributes.note ? ` ${attributes.note}` : ''}`,
    sources: [...attributes.sources],
    nodes: [source, target],
    edge,
    evidence: attributes.evidence,
  };
}

function authoredQuestion(question: AuthoredQuestion, random: () => number): QuizQuestion {
  const order = shuffled(
    question.choices.map((_, index) => index),
    random,
  );
  return {
    id: question.id,
    prompt: question.prompt,
    choices: order.map((index) => question.choices[index] ?? ''),
    answer: order.indexOf(question.answer),
    explanation: question.explanation,
    sources: [...question.sources],
    nodes: [...question.nodes],
  };
}

/** The same seed, graph and tours always give the same quiz, so a class can share one by link. */
export function generateQuiz(graph: AtlasGraph, vocabulary: SentenceVocabulary, options: QuizOptions): QuizQuestion[] {
  const random = seededRandom(hashString(options.seed));
  const count = Math.max(1, options.count ?? DEFAULT_COUNT);
  const allowed = options.edges ? new Set(options.edges) : undefined;
  const edges = shuffled(
    quizEligibleEdges(graph, vocabulary).filter((edge) => !allowed || allowed.has(edge)),
    random,
  );
  const authored = shuffled(options.authored ?? [], random);

  const authoredWanted = Math.min(authored.length, Math.ceil(count * AUTHORED_SHARE));
  const kindRelations = relationsByKinds(graph);
  const fromEdges: QuizQuestion[] = [];
  const wanted = count - authoredWanted;
  // Variety first: one question per relation and target ("... treats major depression" once), no
  // relation in more than a third of the quiz (a sixth for "is an example of" and "is part of");
  // then, if the quiz is still short, anything usable.
  const perRelation = new Map<string, number>();
  const asked = new Set<string>();
  for (const varied of [true, false]) {
    for (const edge of edges) {
      if (fromEdges.length >= wanted) break;
      if (fromEdges.some((question) => question.edge === edge)) continue;
      const { relation } = graph.getEdgeAttributes(edge);
      const key = `${relation}>${graph.target(edge)}`;
      const limit = Math.ceil(wanted / (STRUCTURAL.has(relation) ? 6 : 3));
      if (varied && (asked.has(key) || (perRelation.get(relation) ?? 0) >= limit)) continue;
      const question = edgeQuestion(graph, edge, vocabulary, kindRelations, random);
      if (!question) continue;
      fromEdges.push(question);
      asked.add(key);
      perRelation.set(relation, (perRelation.get(relation) ?? 0) + 1);
    }
  }
  // Too few usable edges (a small tour): fill the quiz with more of the tour's own questions.
  const authoredTaken = authored.slice(0, Math.min(authored.length, count - fromEdges.length));
  const questions = [...authoredTaken.map((question) => authoredQuestion(question, random)), ...fromEdges];
  return shuffled(questions, random);
}
