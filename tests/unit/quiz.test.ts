// Quiz generation: the same seed gives the same quiz, and no question has a right answer the graph leaves in doubt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type AtlasGraph } from '../../src/lib/graph/build-graph';
import { generateQuiz, quizEligibleEdges, type AuthoredQuestion, type QuizQuestion } from '../../src/lib/graph/quiz';
import { compatibleRelations } from '../../src/lib/graph/relation-meaning';
import { RELATIONS, type Relation } from '../../src/lib/graph/types';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { VOCABULARY, edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const { bundle, graph } = loadCuratedBundle();
const vocab = bundle.vocab;

/** Every sentence a relation could make for this pair, plain and cautious, mapped back to the relation. */
function relationOfChoice(on: AtlasGraph, source: string, target: string): Map<string, Relation> {
  const phrase = (node: string) => on.getNodeAttribute(node, 'phrase') ?? on.getNodeAttribute(node, 'label');
  const texts = new Map<string, Relation>();
  for (const relation of RELATIONS) {
    const style = vocab.relations[relation];
    for (const template of [style.template, style.hedged_template]) {
      if (!template) continue;
      const text = template.replaceAll('{source}', phrase(source)).replaceAll('{target}', phrase(target));
      texts.set(text.charAt(0).toUpperCase() + text.slice(1), relation);
    }
  }
  return texts;
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
  const answerRelation = graph.getEdgeAttribute(question.edge, 'relation');
  const relationOf = relationOfChoice(graph, source, target);
  expect(relationOf.get(question.choices[question.answer] ?? '')).toBe(answerRelation);
  question.choices.forEach((choice, index) => {
    if (index === question.answer) return;
    const relation = relationOf.get(choice);
    expect(relation, `"${choice}" is a sentence of a known relation`).toBeDefined();
    expect(compatibleRelations(relation as Relation, answerRelation), `"${choice}" could also be true`).toBe(false);
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

  it('asks "what does X do to Y?" in plain words, as in the riluzole example', () => {
    const edge = 'drug:riluzole|decreases|mechanism:glutamate-release';
    const [question] = generateQuiz(graph, vocab, { seed: 'riluzole', edges: [edge], count: 1 });
    expect(question?.prompt).toBe('What does riluzole do to glutamate release?');
    // Preclinical evidence: every choice is worded cautiously, so the wording gives nothing away.
    expect(question?.choices[question.answer]).toBe('Riluzole may decrease glutamate release');
    expect(question?.choices.every((choice) => choice.includes(' may '))).toBe(true);
    expect(question?.evidence).toBe('preclinical');
    expect(question?.sources).toContain('frizzo-2004');
    expect(question?.explanation).toMatch(/^Riluzole may decrease glutamate release\./);
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
