// @vitest-environment jsdom
// The teaching panel as a teacher meets it: the list of tours, the player with its question, a quiz, a tour file with mistakes.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TeachingPanel from '../../src/components/sections/TeachingPanel.svelte';
import { pageContextEntries } from '../../src/lib/state/page-context';
import { testPage } from '../fixtures/test-page';
import { loadCuratedBundle } from './load-curated-bundle';

const { bundle } = loadCuratedBundle();

function renderPanel() {
  const { page } = testPage(bundle);
  const tours = page.teaching;
  tours.toggleList();
  render(TeachingPanel, { context: pageContextEntries(page) });
  return { tours, atlas: page.atlas };
}

describe('Teaching panel', { timeout: 30_000 }, () => {
  it('lists every tour with its length and a way to start it or quiz on it', () => {
    renderPanel();
    const list = screen.getByRole('region', { name: 'Tours' });
    const titles = (bundle.tours ?? []).map((tour) => tour.title);
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(expect.arrayContaining(titles));
    expect(
      within(list)
        .getAllByRole('button', { name: /^Start the tour/ })
        .map((button) => button.textContent),
    ).toEqual(titles.map((title) => `Start the tour "${title}"`));
    expect(within(list).getAllByRole('button', { name: /^Quiz on/ })).toHaveLength(titles.length);
    expect(list).toHaveTextContent('8 steps · about 10 minutes');
  });

  it('offers each tour as PowerPoint slides', () => {
    renderPanel();
    const list = screen.getByRole('region', { name: 'Tours' });
    const titles = (bundle.tours ?? []).map((tour) => tour.title);
    expect(
      within(list)
        .getAllByRole('button', { name: /PowerPoint/ })
        .map((button) => button.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(titles.map((title) => `Export "${title}" as PowerPoint slides`));
  });

  it('plays a tour: progress, narration, relationships that open their evidence, sources', async () => {
    const { atlas } = renderPanel();
    await fireEvent.click(
      screen.getByRole('button', { name: 'Start the tour "How SSRIs and SNRIs work, and why they take weeks"' }),
    );
    const player = screen.getByRole('region', { name: 'Tour' });
    expect(screen.queryByRole('region', { name: 'Tours' })).not.toBeInTheDocument();
    expect(within(player).getByText('1 / 8')).toBeVisible();
    expect(within(player).getByRole('heading', { level: 3, name: 'Two standard antidepressants' })).toBeVisible();
    await fireEvent.click(within(player).getByRole('button', { name: 'Next →' }));
    expect(within(player).getByText('2 / 8')).toBeVisible();
    await fireEvent.click(
      within(player).getByRole('button', { name: 'Duloxetine inhibits the norepinephrine transporter' }),
    );
    expect(atlas.selectedEdge).toBe('drug:duloxetine|inhibits|transporter:net');
    expect(within(player).getByRole('list', { name: 'Sources for this step' })).toHaveTextContent(
      'Glutamate & Depression',
    );
  });

  it('asks a step question: predict, then the answer and why', async () => {
    const { tours } = renderPanel();
    tours.start('ssri-snri', 2);
    const question = await screen.findByRole('group', { name: 'Question' });
    await fireEvent.click(within(question).getByRole('button', { name: 'It blocks glutamate receptors' }));
    // The choices are in the order the tour and step decide, so the right answer is not always A.
    const letter = String.fromCharCode(65 + (tours.step?.question?.answer ?? -1));
    expect(tours.step?.question?.choices[tours.step.question.answer]).toBe(
      'It also blocks the norepinephrine transporter',
    );
    expect(within(question).getByRole('status')).toHaveTextContent(`Not quite: the answer is ${letter}.`);
    expect(within(question).getByRole('status')).toHaveTextContent('also blocks the norepinephrine transporter');
    expect(
      within(question).getByRole('button', { name: /It also blocks the norepinephrine transporter/ }),
    ).toBeDisabled();
  });

  it('runs a quiz with a shareable link and a score', async () => {
    const { tours } = renderPanel();
    tours.startQuiz('panel-test', 'synapse-signal');
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(quiz).toHaveTextContent('On the tour "How a signal crosses a synapse".');
    expect(quiz).toHaveTextContent('?tour=synapse-signal&quiz=panel-test');
    const total = tours.quiz?.questions.length ?? 0;
    for (let index = 0; index < total; index++) {
      const answer = tours.quiz?.current?.answer ?? 0;
      await fireEvent.click(within(quiz).getAllByRole('button', { pressed: false })[answer] as HTMLElement);
      await fireEvent.click(
        within(quiz).getByRole('button', { name: index === total - 1 ? 'See your score' : 'Next question' }),
      );
    }
    expect(within(quiz).getByRole('heading', { name: `You scored ${total} out of ${total}.` })).toBeVisible();
  });

  it('lists the problems of a tour file in plain words, with their lines', async () => {
    const { tours } = renderPanel();
    tours.loadFile(
      'lesson.yaml',
      'id: lesson\ntitle: L\nsummary: S\nsteps:\n  - title: T\n    narration: N\n    focus: [drug:prozac, drug:zoloft]\n',
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('"lesson.yaml" could not be used. 2 things need fixing:');
    expect(alert).toHaveTextContent('Line 7, step 1 (focus): no node with id "drug:prozac" in the graph');
    expect(alert).toHaveTextContent('no node with id "drug:zoloft"');
  });
});
