// Quiz generation: the same seed gives the same quiz, and no question has a right answer the graph leaves in doubt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type AtlasGraph } from '../../src/lib/graph/build-graph';
import { generateQuiz, quizEligibleEdges, type AuthoredQuestion, type QuizQuestion } from '../../src/lib/graph/quiz';
import { quizDistractors } from '../../src/lib/graph/quiz-distractors';
import { kindNoun, questionEnds, questionStem } from '../../src/lib/graph/quiz-stem';
import { compatibleRelations } from '../../src/lib/graph/relation-meaning';
import { nodePhrase } from '../../src/lib/graph/sentence';
import { RELATIONS, type Relation } from '../../src/lib/graph/types';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { VOCABULARY, edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const { bundle, graph } = loadCuratedBundle();
const vocab = bundle.vocab;

/** Whether a wrong choice could also be true: joined to the named node by a relation compatible with the answer's. */
function compatiblyJoined(on: AtlasGraph, a: string, b: string, relation: Relation): boolean {
  return [...on.outEdges(a, b), ...on.outEdges(b, a)].some((edge) =>
    compatibleRelations(on.getEdgeAttribute(edge, 'relation'), relation),
  );
}

function expectUnambiguous(question: QuizQuestion) {
  expect(question.choices[question.answer]).toBeDefined();
  expect(new Set(question.choices).size).toBe(question.choices.length);
  expect(question.choices.length).toBeGreaterThanOrEqual(3);
  if (!question.edge) return;
  const source = graph.source(question.edge);
  const target = graph.target(question.edge);
  const between = [...graph.outEdges(source, target), ...graph.outEdges(target, source)];
  expect(between, `only one relationship joins ${source} and ${target}`).toEqual([question.edge]);
  const relation = graph.getEdgeAttribute(question.edge, 'relation');
  // The question names one end and shows the choices after it; the right choice is the other end's label.
  const given = question.named ?? '';
  const shown = question.nodes;
  expect([source, target]).toContain(given);
  const answer = given === source ? target : source;
  expect(shown[question.answer]).toBe(answer);
  expect(question.choices[question.answer]).toBe(graph.getNodeAttribute(answer, 'label'));
  shown.forEach((node, index) => {
    expect(question.choices[index]).toBe(graph.getNodeAttribute(node, 'label'));
    if (index === question.answer) return;
    expect(node, 'a wrong choice is never the named node').not.toBe(given);
    expect(graph.getNodeAttribute(node, 'kind'), `"${question.choices[index]}" is of the answer's kind`).toBe(
      graph.getNodeAttribute(answer, 'kind'),
    );
    expect(compatiblyJoined(graph, given, node, relation), `"${question.choices[index]}" could also be true`).toBe(
      false,
    );
  });
}

describe('generateQuiz on the curated graph', { timeout: 30_000 }, () => {
  it('gives the same questions, in the same order, for the same seed', () => {
    const first = generateQuiz(graph, vocab, { seed: 'class-7b' });
    expect(generateQuiz(graph, vocab, { seed: 'class-7b' })).toEqual(first);
    expect(first).toHaveLength(10);
  });

  it('gives a different quiz for a different seed', () => {
    const ids = (seed: string) => generateQuiz(graph, vocab, { seed }).map((question) => question.id);
    expect(ids('monday')).not.toEqual(ids('tuesday'));
  });

  it('never asks a question whose right answer the graph leaves in doubt, whatever the seed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (seed) => {
        for (const question of generateQuiz(graph, vocab, { seed, count: 15 })) expectUnambiguous(question);
      }),
      { numRuns: 40 },
    );
  });

  it('asks about every eligible edge without doubt when asked for a very long quiz', () => {
    const questions = generateQuiz(graph, vocab, { seed: 'all', count: 1000 });
    expect(questions.length).toBeGreaterThan(100);
    for (const question of questions) expectUnambiguous(question);
  });

  it('asks for one end of a relationship in plain words, as in the riluzole example', () => {
    const edge = 'drug:riluzole|decreases|mechanism:glutamate-release';
    const [question] = generateQuiz(graph, vocab, { seed: 'riluzole', edges: [edge], count: 1 });
    // Preclinical evidence: the question itself is worded cautiously.
    expect(['Which mechanism may riluzole decrease?', 'Which drug may decrease glutamate release?']).toContain(
      question?.prompt,
    );
    expect(['Glutamate release', 'Riluzole']).toContain(question?.choices[question.answer]);
    expect(question?.choices).toHaveLength(4);
    expect(question?.evidence).toBe('preclinical');
    expect(question?.sources).toContain('frizzo-2004');
    expect(question?.explanation).toMatch(/^Riluzole may decrease glutamate release\./);
  });

  it('never asks the same question twice in one quiz', () => {
    const prompts = generateQuiz(graph, vocab, { seed: 'all', count: 1000 }).map((question) => question.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it('leaves out hypotheses, contested findings and vague relations', () => {
    for (const edge of quizEligibleEdges(graph, vocab)) {
      const { evidence, relation } = graph.getEdgeAttributes(edge);
      expect(['hypothesis', 'contested']).not.toContain(evidence);
      expect(['associated-with', 'implicated-in']).not.toContain(relation);
    }
  });

  it('mixes in questions written in tours, with the answer following its choice when shuffled', () => {
    const authored: AuthoredQuestion[] = (bundle.tours ?? []).flatMap((tour) =>
      tour.steps.flatMap((step, index) =>
        step.question
          ? [{ id: `tour:${tour.id}:${index + 1}`, ...step.question, sources: step.sources, nodes: step.focus }]
          : [],
      ),
    );
    expect(authored.length).toBeGreaterThan(5);
    const quiz = generateQuiz(graph, vocab, { seed: 'mixed', authored });
    const fromTours = quiz.filter((question) => question.id.startsWith('tour:'));
    expect(fromTours).toHaveLength(4);
    for (const question of fromTours) {
      const original = authored.find((candidate) => candidate.id === question.id);
      expect(question.choices[question.answer]).toBe(original?.choices[original.answer]);
    }
  });

  it('fills a quiz on a few edges with the tour questions when there are too few edges', () => {
    const authored: AuthoredQuestion[] = [
      { id: 'tour:t:1', prompt: 'A?', choices: ['x', 'y'], answer: 1, explanation: 'y.', sources: [], nodes: [] },
      { id: 'tour:t:2', prompt: 'B?', choices: ['p', 'q'], answer: 0, explanation: 'p.', sources: [], nodes: [] },
    ];
    const quiz = generateQuiz(graph, vocab, {
      seed: 's',
      count: 10,
      edges: ['drug:fluoxetine|inhibits|transporter:sert'],
      authored,
    });
    expect(quiz.map((question) => question.id).sort()).toEqual([
      'edge:drug:fluoxetine|inhibits|transporter:sert',
      'tour:t:1',
      'tour:t:2',
    ]);
  });
});

/** What makes a question stem ill-formed, or undefined when it reads well. */
function stemProblem(stem: string): string | undefined {
  if (!/^[A-Z]/.test(stem)) return 'does not start with a capital';
  if (!stem.endsWith('?') || stem.slice(0, -1).includes('?')) return 'does not end with one "?"';
  if (/[{}]/.test(stem)) return 'has a placeholder left';
  if (/\b(\w+) \1\b/i.test(stem)) return 'has a doubled word';
  if (/\b(a|an|the) (a|an|the)\b/i.test(stem)) return 'has two articles in a row';
  if (/\bdo to\b/i.test(stem)) return 'asks what one thing "does to" another';
  if (/\s{2}|\s[?,]/.test(stem)) return 'has stray spaces';
  return undefined;
}

describe('question stems', () => {
  it('has a question for every relation, both ways, and a cautious one where the sentence has one', () => {
    for (const relation of RELATIONS) {
      const style = vocab.relations[relation];
      expect(style.questions.target, relation).toContain('{source}');
      expect(style.questions.source, relation).toContain('{target}');
      if (style.hedged_template) {
        expect(style.questions.hedged_target, relation).toContain('{source}');
        expect(style.questions.hedged_source, relation).toContain('{target}');
      }
    }
  });

  it('reads well for every edge of the curated graph, asked either way, plain or cautious', () => {
    const problems: string[] = [];
    const relationsSeen = new Set<Relation>();
    graph.forEachEdge((edge, attributes) => {
      relationsSeen.add(attributes.relation);
      for (const asked of ['source', 'target'] as const)
        for (const hedged of [false, true]) {
          const stem = questionStem(graph, edge, asked, vocab, hedged);
          const { answer, given } = questionEnds(graph, edge, asked);
          const problem = stem === undefined ? 'no question' : stemProblem(stem);
          if (problem) problems.push(`${edge} (${asked}${hedged ? ', cautious' : ''}): "${stem}" ${problem}`);
          const givenPhrase = nodePhrase(graph, given);
          // The question names the other end once, never gives the answer away, and asks for the answer's kind.
          if (stem && stem.split(givenPhrase).length !== 2) problems.push(`${edge}: "${stem}" does not name ${given}`);
          const answerPhrase = nodePhrase(graph, answer);
          if (stem && !givenPhrase.includes(answerPhrase) && stem.includes(answerPhrase))
            problems.push(`${edge}: "${stem}" gives the answer away`);
          const template = vocab.relations[attributes.relation].questions[asked];
          const noun = kindNoun(vocab, graph.getNodeAttribute(answer, 'kind'));
          if (stem && template.includes('{kind}') && !stem.includes(`${noun} `))
            problems.push(`${edge}: "${stem}" does not ask for a ${noun}`);
        }
    });
    expect(problems).toEqual([]);
    expect(relationsSeen.size).toBeGreaterThan(20);
  });

  it('asks for the target given the source, or the source given the target', () => {
    const edge = 'drug:sertraline|treats|condition:major-depression';
    expect(questionStem(graph, edge, 'target', vocab, false)).toBe('Which condition does sertraline treat?');
    expect(questionStem(graph, edge, 'source', vocab, false)).toBe('Which drug treats major depression?');
    expect(questionStem(graph, edge, 'target', vocab, true)).toBe('Which condition may sertraline help treat?');
  });

  it('finds the stems ill-formed that it should', () => {
    expect(stemProblem('What does ketamine do to a rapid antidepressant effect?')).toBeDefined();
    expect(stemProblem('Which the the receptor?')).toBeDefined();
    expect(stemProblem('Which {kind} does ketamine block?')).toBeDefined();
    expect(stemProblem('which receptor does ketamine block?')).toBeDefined();
    expect(stemProblem('Which receptor does ketamine block')).toBeDefined();
    expect(stemProblem('Which receptor does ketamine block as an antagonist?')).toBeUndefined();
  });
});

describe('generateQuiz on a hand-built graph', () => {
  const nodes = [
    nodeRecord('drug:a', 'A', { phrase: 'drug A' }),
    nodeRecord('drug:b', 'B', { phrase: 'drug B' }),
    nodeRecord('transporter:t', 'T', { phrase: 'the transporter' }),
    nodeRecord('condition:c', 'C', { phrase: 'the condition' }),
    nodeRecord('drug-class:k', 'K', { phrase: 'the class' }),
  ];

  it('never asks about a pair joined by two relationships', () => {
    const tiny = buildGraph(nodes, [
      edgeRecord('drug:a', 'inhibits', 'transporter:t'),
      edgeRecord('drug:a', 'transports', 'transporter:t'),
      edgeRecord('drug:b', 'treats', 'condition:c'),
      edgeRecord('condition:c', 'is-a', 'drug:b'),
      edgeRecord('drug:a', 'is-a', 'drug-class:k'),
    ]);
    expect(quizEligibleEdges(tiny, VOCABULARY)).toEqual(['drug:a|is-a|drug-class:k']);
  });
});

describe('compatibleRelations', () => {
  it('treats near-synonyms as compatible, so neither is offered as a wrong answer for the other', () => {
    expect(compatibleRelations('inhibits', 'antagonist-of')).toBe(true);
    expect(compatibleRelations('binds', 'agonist-of')).toBe(true);
    expect(compatibleRelations('located-in', 'expressed-in')).toBe(true);
    expect(compatibleRelations('treats', 'decreases')).toBe(true);
  });

  it('keeps opposites apart, so they make good wrong answers', () => {
    expect(compatibleRelations('inhibits', 'activates')).toBe(false);
    expect(compatibleRelations('agonist-of', 'antagonist-of')).toBe(false);
    expect(compatibleRelations('treats', 'risk-factor-for')).toBe(false);
  });

  it('is symmetric', () => {
    for (const a of RELATIONS)
      for (const b of RELATIONS) expect(compatibleRelations(a, b)).toBe(compatibleRelations(b, a));
  });
});

describe('quizDistractors on a hand-built graph', () => {
  // Sertraline is an SSRI; SSRIs treat panic disorder, so "sertraline treats panic disorder" may be true too.
  const tiny = buildGraph(
    [
      nodeRecord('drug:sertraline', 'Sertraline'),
      nodeRecord('drug:lithium', 'Lithium'),
      nodeRecord('drug-class:ssri', 'SSRIs'),
      nodeRecord('condition:major-depression', 'Major depression'),
      nodeRecord('condition:depression', 'Depression'),
      nodeRecord('condition:panic', 'Panic disorder'),
      nodeRecord('condition:nausea-illness', 'Nausea illness'),
      nodeRecord('condition:bipolar', 'Bipolar disorder'),
      nodeRecord('condition:mania', 'Mania'),
      nodeRecord('condition:gout', 'Gout'),
      nodeRecord('condition:gout-copy', 'gout'),
      nodeRecord('condition:far', 'Far away'),
      nodeRecord('mechanism:a', 'Step A'),
      nodeRecord('mechanism:b', 'Step B'),
      nodeRecord('mechanism:c', 'Step C'),
      nodeRecord('mechanism:d', 'Step D'),
      nodeRecord('mechanism:e', 'Step E'),
    ],
    [
      edgeRecord('drug:sertraline', 'is-a', 'drug-class:ssri'),
      edgeRecord('drug:sertraline', 'treats', 'condition:major-depression'),
      edgeRecord('condition:major-depression', 'is-a', 'condition:depression'),
      edgeRecord('drug-class:ssri', 'treats', 'condition:panic'),
      edgeRecord('drug:sertraline', 'may-cause', 'condition:nausea-illness'),
      edgeRecord('drug:lithium', 'treats', 'condition:bipolar'),
      edgeRecord('drug:lithium', 'treats', 'condition:gout'),
      edgeRecord('drug:sertraline', 'risk-factor-for', 'condition:mania'),
      edgeRecord('mechanism:a', 'leads-to', 'mechanism:b'),
      edgeRecord('mechanism:b', 'leads-to', 'mechanism:c'),
      edgeRecord('mechanism:d', 'leads-to', 'mechanism:e'),
    ],
  );
  const many = (edge: string, asked: 'source' | 'target') => quizDistractors(tiny, edge, asked, () => 0.5, 3);

  it('offers only nodes of the answer’s kind that are false in the graph, each label once', () => {
    const wrong = many('drug:sertraline|treats|condition:major-depression', 'target');
    // Not the answer's class (depression), what the drug's class treats, what a compatible relation joins
    // (may cause), nor a second "gout"; "raises the risk of mania" is the opposite, a fair wrong answer.
    expect(wrong.sort()).toEqual(['condition:bipolar', expect.stringMatching(/^condition:gout/), 'condition:mania']);
  });

  it('prefers plausible wrong answers, used the same way elsewhere or near the named node, to unrelated ones', () => {
    expect(many('drug:sertraline|treats|condition:major-depression', 'target')).not.toContain('condition:far');
    const wrong = quizDistractors(tiny, 'drug:sertraline|treats|condition:major-depression', 'target', () => 0, 4);
    expect(wrong.at(-1)).toBe('condition:far');
  });

  it('never offers the named node, nor what a chain of the same relation reaches', () => {
    const wrong = many('mechanism:a|leads-to|mechanism:b', 'target');
    expect(wrong).not.toContain('mechanism:a');
    expect(wrong, 'A leads to B, which leads to C').not.toContain('mechanism:c');
    expect(wrong.sort()).toEqual(['mechanism:d', 'mechanism:e']);
    expect(many('mechanism:b|leads-to|mechanism:c', 'source').sort()).toEqual(['mechanism:d', 'mechanism:e']);
  });

  it('offers siblings as wrong answers between members and classes', () => {
    expect(many('drug:sertraline|is-a|drug-class:ssri', 'source')).toEqual(['drug:lithium']);
  });
});
