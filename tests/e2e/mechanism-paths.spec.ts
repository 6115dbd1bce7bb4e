// "Why is ketamine fast?" from the graph, by keyboard: the mechanism path to synaptogenesis read as sentences, what
// follows NMDA receptors (downstream), and the ketamine tour started from "In tours" in Details; axe on each view.
import { expect, test, type Page } from '@playwright/test';
import { axe, collectErrors, openAtlas, REVIEW_SIZES, waitForCameraToSettle, seriousViolations } from './helpers';

test.describe.configure({ timeout: 180_000 });

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await axe(page)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(seriousViolations(results), `serious or critical violations on the ${view} view`).toEqual([]);
}

/** Types in the main search box and takes the first match with Enter. */
async function goTo(page: Page, query: string, expected: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.focus();
  await search.fill('');
  await page.keyboard.type(query);
  await expect(
    page
      .getByRole('listbox', { name: /Search the graph/ })
      .getByRole('option')
      .first(),
  ).toContainText(expected);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(expected);
}

test('ketamine to synaptogenesis as a mechanism, what NMDA receptors lead to, and the ketamine tour from Details', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const details = page.getByRole('region', { name: 'Details' });

  // 1. Find ketamine, open Find path from it to synaptogenesis, switch to Mechanism.
  await goTo(page, 'ketamine', 'Ketamine');
  await details.getByRole('button', { name: 'Find a path from here' }).focus();
  await page.keyboard.press('Enter');
  const finder = page.getByRole('region', { name: 'Path finder' });
  await finder.getByRole('combobox', { name: 'To' }).focus();
  await page.keyboard.type('synaptogenesis');
  await expect(finder.getByRole('option').first()).toContainText('Synaptogenesis');
  await page.keyboard.press('Enter');
  const steps = finder.getByRole('list', { name: 'Path explained step by step' }).getByRole('listitem');
  await expect(steps).toHaveCount(1);

  const kinds = finder.getByRole('group', { name: 'Kind of path' });
  await expect(kinds.getByRole('radio', { name: 'Shortest' })).toBeChecked();
  await kinds.getByRole('radio', { name: 'Shortest' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(kinds.getByRole('radio', { name: 'Mechanism' })).toBeChecked();
  await expect(page).toHaveURL(/paths=mechanism/);

  // The alternatives follow the relationships' direction; the NMDA chain, through the most mechanisms, comes first
  // and is read step by step.
  const choices = finder.getByRole('radiogroup', { name: 'Paths found' }).getByRole('radio');
  await expect(choices.first()).toBeChecked();
  await expect(steps).toHaveCount(8);
  const sentences = (await steps.getByRole('button').allTextContents()).map((text) => text.trim());
  expect(sentences[0]).toMatch(/^Ketamine (may )?blocks? the NMDA receptor on GABA interneurons/i);
  expect(sentences.join(' | ')).toMatch(
    /disinhibition.*\|.*glutamate release.*\|.*AMPA.*\|.*BDNF.*\|.*TrkB.*\|.*mTORC1.*\|.*new synapses/i,
  );
  for (const path of await choices.allTextContents()) expect(path).not.toMatch(/major depression/i);
  await waitForCameraToSettle(page);
  await page.screenshot({ path: test.info().outputPath('mechanism-path.png') });
  await expectNoSeriousViolations(page, 'mechanism path');

  // 2. What follows NMDA receptors, two steps downstream.
  await goTo(page, 'NMDA receptor', 'NMDA receptor');
  await details.getByRole('combobox', { name: 'Steps' }).focus();
  await details.getByRole('combobox', { name: 'Steps' }).selectOption('2');
  await details.getByRole('button', { name: 'Show downstream' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/flow=downstream&flow-node=receptor%3Anmda&steps=2/);
  await expect(details.getByRole('heading', { name: 'Downstream of NMDA receptor' })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Show downstream' })).toHaveAttribute('aria-pressed', 'true');
  await expect(details.getByRole('list', { name: 'Step 1' })).toContainText('NMDA receptor on GABA interneurons');
  await expect(details.getByRole('list', { name: 'Step 2' })).toContainText(/disinhibition/i);
  await expect(page.getByText('Downstream of NMDA receptor, 2 steps')).toBeVisible();
  const highlighted = await page.evaluate(() => window.atlas.cy.$('.on-path').length);
  expect(highlighted).toBeGreaterThan(5);
  await waitForCameraToSettle(page);
  await page.screenshot({ path: test.info().outputPath('downstream.png') });
  await expectNoSeriousViolations(page, 'downstream');

  // 3. The ketamine tour, started from "In tours" in ketamine's Details.
  await goTo(page, 'ketamine', 'Ketamine');
  await expect(details.getByRole('heading', { name: 'In tours' })).toBeVisible();
  const start = details.getByRole('button', { name: /^Start the tour “Fast-acting antidepressants.*” at step 1:/ });
  await start.focus();
  await expectNoSeriousViolations(page, 'in tours');
  await page.keyboard.press('Enter');
  const tour = page.getByRole('region', { name: 'Tour' });
  await expect(tour).toBeVisible();
  await expect(tour).toContainText('Fast-acting antidepressants');
  await expect(page).toHaveURL(/tour=ketamine-fast-acting/);
  await expect(tour.getByRole('heading', { level: 3 }).first()).toBeFocused();

  // 4. Present it to the class: P projects the step, → moves on, Esc comes back.
  await page.keyboard.press('p');
  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(tour).toBeVisible();

  // 5. Project the tour's quiz and answer its first question by keyboard.
  await tour.getByRole('button', { name: 'Quiz on this tour' }).focus();
  await page.keyboard.press('Enter');
  const quiz = page.getByRole('region', { name: 'Quiz' });
  await expect(quiz.getByRole('heading', { name: 'Quiz' })).toBeFocused();
  await page.keyboard.press('p');
  await expect(presenter).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 2 })).toBeVisible();
  await page.keyboard.press('a');
  await expect(presenter.getByRole('status')).toContainText(/Right\.|Not quite/);
  await expect(presenter.getByRole('button', { name: /right answer/ })).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText(/^2 \/ \d+$/)).toBeVisible();
  expect(errors).toEqual([]);
});

for (const size of REVIEW_SIZES) {
  test(`the mechanism path and the downstream list are readable at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page, '/?from=drug:ketamine&to=mechanism:synaptogenesis&paths=mechanism');
    const finder = page.getByRole('region', { name: 'Path finder' });
    const steps = finder.getByRole('list', { name: 'Path explained step by step' }).getByRole('listitem');
    await expect(steps).toHaveCount(8);
    await waitForCameraToSettle(page);
    await page.screenshot({ path: test.info().outputPath('mechanism.png') });
    await openAtlas(page, '/?focus=receptor:nmda&flow=downstream&flow-node=receptor:nmda&steps=2');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('list', { name: 'Step 2' })).toBeVisible();
    await waitForCameraToSettle(page);
    await page.screenshot({ path: test.info().outputPath('downstream.png') });
  });
}
