// @vitest-environment jsdom
// The printed handout and the tour on screen put a question's choices in the same order, with the same answer letter.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TeachingPanel from '../../src/components/sections/TeachingPanel.svelte';
import HandoutSheet from '../../src/components/tours/HandoutSheet.svelte';
import { pageContextEntries } from '../../src/lib/state/page-context';
import { testPage } from '../fixtures/test-page';
import { loadCuratedBundle } from './load-curated-bundle';

const { bundle, context } = loadCuratedBundle();

describe('a tour question on paper and on screen', { timeout: 30_000 }, () => {
  it('lists the choices in the same order and gives the same answer letter', async () => {
    const tour = (bundle.tours ?? []).find((candidate) => candidate.id === 'ssri-snri');
    const index = tour?.steps.findIndex((step) => step.question) ?? -1;
    const question = tour?.steps[index]?.question;
    if (!tour || !question) throw new Error('no question in the ssri-snri tour');
    const letter = String.fromCharCode(65 + question.answer);

    const sheet = render(HandoutSheet, { props: { tour, pictures: [], references: (step) => step.sources }, context });
    const step = within(sheet.container).getByRole('heading', { name: new RegExp(`^Step ${index + 1} of`) });
    const printed = within(step.parentElement as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(printed).toEqual(question.choices);
    expect(sheet.container).toHaveTextContent(`Step ${index + 1}: ${letter}.`);
    sheet.unmount();

    const { page } = testPage(bundle);
    render(TeachingPanel, { context: pageContextEntries(page) });
    page.teaching.start(tour.id, index + 1);
    const onScreen = await screen.findByRole('group', { name: 'Question' });
    expect(
      within(onScreen)
        .getAllByRole('button')
        .map((button) => button.textContent?.slice(1).trim()),
    ).toEqual(question.choices);
    await fireEvent.click(within(onScreen).getByRole('button', { name: question.choices[question.answer] }));
    expect(within(onScreen).getByRole('status')).toHaveTextContent('Right.');
    expect(within(onScreen).getAllByRole('button')[question.answer]).toHaveTextContent(letter);
  });
});
