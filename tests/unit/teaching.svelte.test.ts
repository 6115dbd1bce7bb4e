// The tour player's state: steps, predict-then-reveal, the address, the view restored after a tour, quizzes, tour files.
import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { curatedDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { tourCommand } from '../../src/lib/state/teaching-keys';
import { TeachingState, newQuizSeed } from '../../src/lib/state/teaching.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle } = loadCuratedBundle();

function setUp() {
  const atlas = new AtlasState(new OpenDataset(curatedDataset(bundle), bundle));
  return { atlas, tours: new TeachingState(atlas) };
}

describe('TeachingState', { timeout: 30_000 }, () => {
  it('offers the shipped tours', () => {
    const { tours } = setUp();
    expect(tours.tours.map((tour) => tour.id)).toContain('ketamine-fast-acting');
    expect(tours.tours.every((tour) => tours.available(tour))).toBe(true);
  });

  it('shows a step by highlighting its nodes and relationships and framing them', () => {
    const { atlas, tours } = setUp();
    expect(tours.start('ssri-snri', 2)).toBe(true);
    expect(tours.step?.title).toBe('What they block');
    expect(atlas.tourHighlight?.edges).toEqual(tours.step?.highlight);
    expect(atlas.tourHighlight?.nodes).toEqual(
      expect.arrayContaining(['drug:fluoxetine', 'drug:duloxetine', 'transporter:sert', 'transporter:net']),
    );
    expect(atlas.camera).toMatchObject({ kind: 'fit', ids: atlas.tourHighlight?.nodes });
  });

  it('reveals a question before moving on, and forgets the answer on another step', () => {
    const { tours } = setUp();
    tours.start('ssri-snri', 2);
    tours.next();
    expect(tours.revealed).toBe(true);
    expect(tours.stepIndex).toBe(1);
    tours.next();
    expect(tours.stepIndex).toBe(2);
    expect(tours.revealed).toBe(false);
    tours.previous();
    tours.choose(1);
    expect({ revealed: tours.revealed, chosen: tours.chosen }).toEqual({ revealed: true, chosen: 1 });
  });

  it('stops at both ends', () => {
    const { tours } = setUp();
    tours.start('synapse-signal', 99);
    expect(tours.isLast).toBe(true);
    tours.next();
    tours.next();
    expect(tours.stepIndex).toBe(7);
    tours.goTo(0);
    tours.previous();
    expect(tours.isFirst).toBe(true);
  });

  it('brings back the view from before the tour when it ends', () => {
    const { atlas, tours } = setUp();
    atlas.focus('drug:riluzole');
    atlas.setLayout('lanes');
    tours.start('depression-basics', 1);
    expect(atlas.view.focus).toBeUndefined();
    tours.next();
    expect(atlas.view.layout).toBe('lanes');
    tours.close();
    expect(atlas.view).toMatchObject({ focus: 'drug:riluzole', layout: 'lanes' });
    expect(atlas.tourHighlight).toBeNull();
  });

  it('follows the address and writes its own tour and step into it', () => {
    const { tours } = setUp();
    tours.openFromAddress('?tour=glutamate-hypothesis&step=7&focus=drug:riluzole');
    expect(tours.step?.title).toMatch(/^Riluzole/);
    expect(tours.addressQuery('?focus=drug:riluzole')).toBe('?tour=glutamate-hypothesis&step=7&focus=drug%3Ariluzole');
    tours.openFromAddress('?focus=drug:riluzole');
    expect(tours.tour).toBeNull();
    expect(tours.addressQuery('?tour=glutamate-hypothesis&step=7')).toBe('');
  });

  it('says so when a link names a tour it does not have', () => {
    const { atlas, tours } = setUp();
    tours.openFromAddress('?tour=not-a-tour');
    expect(tours.tour).toBeNull();
    expect(atlas.notices.items.map((notice) => notice.message)).toEqual([expect.stringContaining('"not-a-tour"')]);
  });

  it('opens the same quiz for the same seed, on a tour or the whole atlas', () => {
    const first = setUp().tours;
    first.openFromAddress('?quiz=abc123');
    const second = setUp().tours;
    second.startQuiz('abc123');
    expect(first.quiz?.questions).toEqual(second.quiz?.questions);
    expect(first.addressQuery('')).toBe('?quiz=abc123');

    second.startQuiz('abc123', 'ketamine-fast-acting');
    const highlighted = new Set(
      second.tours.find((tour) => tour.id === 'ketamine-fast-acting')?.steps.flatMap((step) => step.highlight),
    );
    for (const question of second.quiz?.questions ?? []) {
      if (question.edge) expect(highlighted.has(question.edge)).toBe(true);
      else expect(question.id).toMatch(/^tour:ketamine-fast-acting:/);
    }
    expect(second.addressQuery('')).toBe('?tour=ketamine-fast-acting&quiz=abc123');
  });

  it('scores a quiz and shows the relationship once a question is answered', () => {
    const { atlas, tours } = setUp();
    tours.startQuiz('score-me');
    const quiz = tours.quiz;
    if (!quiz) throw new Error('no quiz');
    let right = 0;
    quiz.questions.forEach((question, index) => {
      const choice = index % 3 === 0 ? question.answer : (question.answer + 1) % question.choices.length;
      if (choice === question.answer) right += 1;
      tours.answer(choice);
      if (question.edge) expect(atlas.tourHighlight?.edges).toEqual([question.edge]);
      tours.answer((choice + 1) % question.choices.length); // a second answer does not count
      tours.nextQuestion();
    });
    expect(quiz.finished).toBe(true);
    expect(quiz.score).toBe(right);
    tours.closeQuiz();
    expect(atlas.tourHighlight).toBeNull();
  });

  it('shows the choices of a question on the graph, and the node it names with the relationship only once answered', () => {
    const { atlas, tours } = setUp();
    tours.startQuiz('no-give-away');
    const question = tours.quiz?.questions.find((candidate) => candidate.edge);
    while (tours.quiz?.current && tours.quiz.current !== question) {
      tours.answer(0);
      tours.nextQuestion();
    }
    if (!question?.named) throw new Error('no question about a relationship');
    expect(atlas.tourHighlight?.nodes).toEqual(question.nodes);
    expect(atlas.tourHighlight?.edges).toEqual([]);
    tours.answer(question.answer);
    expect(atlas.tourHighlight?.nodes).toEqual([question.named, ...question.nodes]);
    expect(atlas.tourHighlight?.edges).toEqual([question.edge]);
  });

  it('plays a tour file that checks out, and lists the problems of one that does not', () => {
    const { tours } = setUp();
    const file = [
      'id: my-lesson',
      'title: My lesson',
      'summary: One step.',
      'steps:',
      '  - title: Prozac',
      '    narration: Fluoxetine blocks the serotonin transporter.',
      '    focus: [drug:prozac]',
    ].join('\n');
    expect(tours.loadFile('my-lesson.yaml', file)).toBe(false);
    expect(tours.loadProblems).toEqual({
      file: 'my-lesson.yaml',
      messages: ['Line 7, step 1 (focus): no node with id "drug:prozac" in the graph'],
    });
    expect(tours.loadFile('my-lesson.yaml', file.replace('drug:prozac', 'drug:fluoxetine'))).toBe(true);
    expect(tours.loadProblems).toBeNull();
    expect(tours.tour?.id).toBe('my-lesson');
    expect(
      tours.loadFile('copy.yaml', file.replace('my-lesson', 'ssri-snri').replace('drug:prozac', 'drug:fluoxetine')),
    ).toBe(false);
    expect(tours.loadProblems?.messages[0]).toMatch(/^Line 1, id: .*already has the id "ssri-snri"/);
  });
});

describe('keys while teaching', { timeout: 30_000 }, () => {
  const plain = { onButton: false, inArrowWidget: false };

  it('moves through a tour, presents it and leaves presenter mode before the tour', () => {
    const { tours } = setUp();
    tours.start('synapse-signal');
    expect(tours.pressKey('ArrowRight', plain)).toBe(true);
    expect(tours.pressKey(' ', plain)).toBe(true);
    expect(tours.stepIndex).toBe(2);
    expect(tours.pressKey('ArrowLeft', plain)).toBe(true);
    expect(tours.stepIndex).toBe(1);
    expect(tours.pressKey('t', plain)).toBe(false);
    tours.pressKey('p', plain);
    expect(tours.presenting).toBe(true);
    tours.pressKey('T', plain);
    expect(tours.theme).toBe('dark');
    tours.pressKey('Escape', plain);
    expect({ presenting: tours.presenting, tour: tours.tour?.id }).toEqual({
      presenting: false,
      tour: 'synapse-signal',
    });
    tours.pressKey('Escape', plain);
    expect(tours.tour).toBeNull();
  });

  it('leaves the arrow keys to widgets that use them, and other keys to the page', () => {
    const { tours } = setUp();
    tours.start('synapse-signal');
    expect(tours.pressKey('ArrowRight', { onButton: false, inArrowWidget: true })).toBe(false);
    expect(tours.stepIndex).toBe(0);
    expect(tours.pressKey('x', plain)).toBe(false);
    expect(setUp().tours.pressKey('ArrowRight', plain)).toBe(false);
  });

  it('answers a quiz with a number, moves on with Enter (not on a button) or →, and leaves with Esc', () => {
    const { tours } = setUp();
    tours.startQuiz('keys');
    expect(tours.pressKey('1', plain)).toBe(true);
    expect(tours.quiz?.answered).toBe(true);
    expect(tours.pressKey('Enter', { onButton: true, inArrowWidget: false })).toBe(false);
    expect(tours.pressKey('Enter', plain)).toBe(true);
    expect(tours.quiz?.index).toBe(1);
    expect(tours.pressKey('9', plain)).toBe(false);
    tours.pressKey('Escape', plain);
    expect(tours.quiz).toBeNull();
  });

  it('projects a quiz with P and drives it with letters, Enter or Space to reveal, N to move on, Esc to leave', () => {
    const { tours } = setUp();
    tours.startQuiz('projected');
    expect(tours.pressKey('p', plain)).toBe(true);
    expect(tours.presenting).toBe(true);
    expect(tours.pressKey('t', plain)).toBe(true);
    expect(tours.theme).toBe('dark');
    // B answers the second choice, except in a widget where letters find an entry.
    expect(tours.pressKey('b', { onButton: false, inArrowWidget: true })).toBe(false);
    expect(tours.pressKey('b', plain)).toBe(true);
    expect(tours.quiz?.chosen[0]).toBe(1);
    expect(tours.pressKey('N', plain)).toBe(true);
    expect(tours.quiz?.index).toBe(1);
    // Space shows the answer without a choice (the class discussed it), then moves on.
    expect(tours.pressKey(' ', plain)).toBe(true);
    expect(tours.quiz?.answered).toBe(true);
    expect(tours.quiz?.chosen[1]).toBeUndefined();
    expect(tours.pressKey(' ', { onButton: true, inArrowWidget: false })).toBe(false);
    expect(tours.pressKey('Enter', plain)).toBe(true);
    expect(tours.quiz?.index).toBe(2);
    expect(tours.pressKey('z', plain)).toBe(false);
    expect(tours.pressKey('e', plain), 'no fifth choice').toBe(false);
    // Esc leaves presenter mode first, then the quiz.
    expect(tours.pressKey('Escape', plain)).toBe(true);
    expect({ presenting: tours.presenting, open: tours.quiz !== null }).toEqual({ presenting: false, open: true });
    tours.present();
    tours.closeQuiz();
    expect({ presenting: tours.presenting, open: tours.quiz !== null }).toEqual({ presenting: false, open: false });
  });

  it('closes the handout with Esc and ignores tour keys while it is open', () => {
    const { tours } = setUp();
    tours.start('synapse-signal');
    tours.openHandout();
    expect(tours.pressKey('ArrowRight', plain)).toBe(false);
    expect(tours.pressKey('Escape', plain)).toBe(true);
    expect(tours.handoutOpen).toBe(false);
    expect(tours.tour?.id).toBe('synapse-signal');
  });

  it('opens and closes the list of tours', () => {
    const { tours } = setUp();
    tours.toggleList();
    expect(tours.listOpen).toBe(true);
    tours.closeList();
    expect(tours.listOpen).toBe(false);
  });

  it('writes a quiz link that gives the same questions', () => {
    const { tours } = setUp();
    expect(tours.quizQuery).toBe('');
    tours.startQuiz('abc123', 'ssri-snri');
    expect(tours.quizQuery).toBe('?tour=ssri-snri&quiz=abc123');
  });
});

describe('keys and seeds', () => {
  it('maps the presenter keys', () => {
    expect(['ArrowRight', ' ', 'ArrowLeft', 'Escape', 't', 'P', 'x'].map(tourCommand)).toEqual([
      'next',
      'next',
      'previous',
      'leave',
      'theme',
      'present',
      undefined,
    ]);
  });

  it('makes short seeds without look-alike letters', () => {
    expect(newQuizSeed(() => 0)).toBe('000000');
    expect(newQuizSeed()).toMatch(/^[0-9a-km-z]{6}$/);
  });
});
