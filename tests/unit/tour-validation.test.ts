// Tour files go through the graph-data validator: shape first, then every node, relationship and source, each located.
import { describe, expect, it } from 'vitest';
import { TOUR_LAYOUTS } from '../../src/lib/data/tour-schema';
import { bundleTourContext, validateTour, validateTours, withTours } from '../../src/lib/data/validate-tour';
import type { GraphBundle } from '../../src/lib/data/validate-dataset';
import { parseYamlDocument } from '../../src/lib/data/yaml-document';
import { describeTourProblem } from '../../src/lib/state/teaching.svelte';
import { LAYOUTS } from '../../src/lib/state/view';
import { lineContaining } from '../fixtures/graph-data/documents';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const BUNDLE = {
  sources: [{ id: 'smith-2020', type: 'journal-article', authors: [], title: 'A study', as_cited: false }],
  nodes: [
    nodeRecord('drug:riluzole', 'Riluzole'),
    nodeRecord('mechanism:glutamate-release', 'Glutamate release'),
    nodeRecord('drug:fluoxetine', 'Fluoxetine'),
    nodeRecord('transporter:sert', 'Serotonin transporter'),
  ],
  edges: [
    edgeRecord('drug:riluzole', 'decreases', 'mechanism:glutamate-release'),
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
  ],
} as unknown as GraphBundle;
const context = bundleTourContext(BUNDLE);

const TOUR = `id: riluzole-basics
title: Riluzole in brief
summary: What riluzole does to glutamate.
minutes: 5
steps:
  - title: Less glutamate released
    narration: In the laboratory riluzole lowers glutamate release.
    focus: [drug:riluzole, mechanism:glutamate-release]
    highlight:
      - drug:riluzole decreases mechanism:glutamate-release
    layout: lanes
    sources: [smith-2020]
    question:
      prompt: What does riluzole do to glutamate release?
      choices: [It raises it, It lowers it]
      answer: It lowers it
      explanation: It lowers it, in laboratory studies.
  - title: An SSRI for comparison
    narration: Fluoxetine blocks the serotonin transporter.
    focus: [drug:fluoxetine]
    highlight: [drug:fluoxetine inhibits transporter:sert]
`;

function problemsOf(text: string, file = 'tours/riluzole.yaml') {
  const result = validateTour(parseYamlDocument(file, text), context);
  if (result.ok) throw new Error('expected the tour to be rejected');
  return result.problems;
}

describe('validateTour', () => {
  it('turns a valid tour into steps with edge ids and the answer as an index', () => {
    const result = validateTour(parseYamlDocument('tours/riluzole.yaml', TOUR), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.tour.steps;
    expect(first?.highlight).toEqual(['drug:riluzole|decreases|mechanism:glutamate-release']);
    expect(first?.layout).toBe('lanes');
    // The answer is an index into the choices, whose order the tour id and step decide.
    expect(first?.question?.choices[first.question.answer]).toBe('It lowers it');
    expect([...(first?.question?.choices ?? [])].sort()).toEqual(['It lowers it', 'It raises it']);
    expect(second?.sources).toEqual([]);
    expect(second?.question).toBeUndefined();
  });

  it('names the file, line and field of a node that is not in the graph', () => {
    const text = TOUR.replace('focus: [drug:fluoxetine]', 'focus: [drug:prozac]');
    expect(problemsOf(text)).toEqual([
      {
        file: 'tours/riluzole.yaml',
        line: lineContaining(text, 'focus: [drug:prozac]'),
        field: 'steps[1].focus[0]',
        message: 'no node with id "drug:prozac" in the graph',
      },
    ]);
  });

  it('says which relation the graph has when a highlighted relationship names another', () => {
    const text = TOUR.replace('drug:riluzole decreases mechanism', 'drug:riluzole increases mechanism');
    const [problem] = problemsOf(text);
    expect(problem?.line).toBe(lineContaining(text, 'drug:riluzole increases mechanism'));
    expect(problem?.field).toBe('steps[0].highlight[0]');
    expect(problem?.message).toContain('"drug:riluzole decreases mechanism:glutamate-release"');
  });

  it('says which end of a highlighted relationship is missing', () => {
    const text = TOUR.replace(
      '[drug:fluoxetine inhibits transporter:sert]',
      '[drug:fluoxetine inhibits transporter:net]',
    );
    expect(problemsOf(text)[0]?.message).toContain('no node with id "transporter:net"');
  });

  it('reports an unknown source where it is cited', () => {
    const text = TOUR.replace('sources: [smith-2020]', 'sources: [smith-2021]');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineContaining(text, 'sources: [smith-2021]'),
        field: 'steps[0].sources[0]',
        message: expect.stringContaining('unknown source "smith-2021"'),
      }),
    ]);
  });

  it('lists every problem, not just the first', () => {
    const text = TOUR.replace('focus: [drug:fluoxetine]', 'focus: [drug:prozac]').replace(
      'sources: [smith-2020]',
      'sources: [nobody-1999]',
    );
    expect(problemsOf(text).map((problem) => problem.field)).toEqual(['steps[0].sources[0]', 'steps[1].focus[0]']);
  });

  it('rejects an answer that is not one of the choices, at the answer', () => {
    const text = TOUR.replace('answer: It lowers it', 'answer: It halves it');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        line: lineContaining(text, 'answer: It halves it'),
        field: 'steps[0].question.answer',
        message: 'the answer must be written exactly as one of the choices',
      }),
    ]);
  });

  it('explains a relationship written the wrong way and a missing narration', () => {
    const text = TOUR.replace(
      '[drug:fluoxetine inhibits transporter:sert]',
      '[drug:fluoxetine blocks the transporter:sert]',
    ).replace('    narration: Fluoxetine blocks the serotonin transporter.\n', '');
    const messages = problemsOf(text).map((problem) => `${problem.field}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^steps\[1\]\.narration: missing "narration"/),
        expect.stringMatching(/^steps\[1\]\.highlight\[0\]: a relationship written as "source relation target"/),
      ]),
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = problemsOf('id: x\nsteps: [\n');
    expect(problem?.message).toMatch(/^YAML syntax/);
    expect(problem?.line).toBeGreaterThan(0);
  });
});

describe('validateTours', () => {
  it('refuses two tours with the same id and names the first file', () => {
    const { tours, problems } = validateTours(
      [parseYamlDocument('tours/a.yaml', TOUR), parseYamlDocument('tours/b.yaml', TOUR)],
      context,
    );
    expect(tours).toHaveLength(1);
    expect(problems).toEqual([
      { file: 'tours/b.yaml', line: 1, field: 'id', message: expect.stringContaining('tours/a.yaml') },
    ]);
  });
});

describe('withTours', () => {
  it('adds the tours to a valid dataset and fails it when a tour is wrong', () => {
    const good = withTours({ ok: true, bundle: BUNDLE }, [parseYamlDocument('tours/a.yaml', TOUR)]);
    expect(good.ok && good.bundle.tours?.map((tour) => tour.id)).toEqual(['riluzole-basics']);
    const bad = withTours({ ok: true, bundle: BUNDLE }, [
      parseYamlDocument('tours/a.yaml', TOUR.replace('drug:riluzole, mechanism', 'drug:nothing, mechanism')),
    ]);
    expect(bad.ok).toBe(false);
  });
});

describe('the tour format', () => {
  it('offers the same layouts as the app', () => {
    expect([...TOUR_LAYOUTS]).toEqual([...LAYOUTS]);
  });

  it('describes a problem in plain words for someone who wrote a tour', () => {
    expect(
      describeTourProblem({
        file: 'my-tour.yaml',
        line: 12,
        field: 'steps[2].focus[1]',
        message: 'no node with id "drug:prozac" in the graph',
      }),
    ).toBe('Line 12, step 3 (focus): no node with id "drug:prozac" in the graph');
    expect(describeTourProblem({ file: 'my-tour.yaml', line: 1, field: 'id', message: 'bad' })).toBe('Line 1, id: bad');
  });
});
