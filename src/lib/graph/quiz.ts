// Builds a quiz from a seed: "Which condition does sertraline treat?" questions from unambiguous edges, with wrong
// answers of the same kind that are false in the graph, plus questions written in tours; every order comes from the seed.
import { hashString, seededRandom } from '../util/hash';
import { shuffled } from '../util/shuffle';
import type { AtlasGraph } from './build-graph';
import { quizDistractors } from './quiz-distractors';
import { questionEnds, questionStem, type AskedEnd, type QuizVocabulary } from './quiz-stem';
import { STRUCTURAL, VAGUE } from './relation-meaning';
import { edgeSentence, type SentenceVocabulary } from './sentence';
import type { EvidenceLevel } from './types';

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
  /** Nodes to show while the question is asked: for a question made from an edge, the choices' nodes in order. */
  nodes: string[];
  /** For a question made from an edge: the node the question names, shown with the edge once answered. */
  named?: string | undefined;
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

function isHedged(graph: AtlasGraph, edge: string, vocabulary: SentenceVocabulary): boolean {
  const attributes = graph.getEdgeAttributes(edge);
  return attributes.hedged ?? vocabulary.evidence[attributes.evidence]?.hedged ?? false;
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

/** The question asking for one end of `edge` (the end chosen by `random` first), or undefined when neither works. */
function edgeQuestion(
  graph: AtlasGraph,
  edge: string,
  vocabulary: QuizVocabulary,
  random: () => number,
): QuizQuestion | undefined {
  const attributes = graph.getEdgeAttributes(edge);
  const hedged = isHedged(graph, edge, vocabulary);
  const ends: AskedEnd[] = random() < 0.5 ? ['target', 'source'] : ['source', 'target'];
  for (const asked of ends) {
    const prompt = questionStem(graph, edge, asked, vocabulary, hedged);
    if (!prompt) continue;
    const wrong = quizDistractors(graph, edge, asked, random, DISTRACTORS);
    if (wrong.length < 2) continue;
    const { answer, given } = questionEnds(graph, edge, asked);
    const order = shuffled([answer, ...wrong], random);
    return {
      id: `edge:${edge}`,
      prompt,
      choices: order.map((node) => graph.getNodeAttribute(node, 'label')),
      answer: order.indexOf(answer),
      explanation: `${edgeSentence(graph, edge, vocabulary)}.${attributes.note ? ` ${attributes.note}` : ''}`,
      sources: [...attributes.sources],
      nodes: order,
      named: given,
      edge,
      evidence: attributes.evidence,
    };
  }
  return undefined;
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
export function generateQuiz(graph: AtlasGraph, vocabulary: QuizVocabulary, options: QuizOptions): QuizQuestion[] {
  const random = seededRandom(hashString(options.seed));
  const count = Math.max(1, options.count ?? DEFAULT_COUNT);
  const allowed = options.edges ? new Set(options.edges) : undefined;
  const edges = shuffled(
    quizEligibleEdges(graph, vocabulary).filter((edge) => !allowed || allowed.has(edge)),
    random,
  );
  const authored = shuffled(options.authored ?? [], random);

  const authoredWanted = Math.min(authored.length, Math.ceil(count * AUTHORED_SHARE));
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
      const question = edgeQuestion(graph, edge, vocabulary, random);
      // The same question twice ("Which drug inhibits the serotonin transporter?") would have two right answers.
      if (!question || fromEdges.some((other) => other.prompt === question.prompt)) continue;
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
