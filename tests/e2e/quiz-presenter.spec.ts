// The quiz projected for a class: P (or "Present quiz") shows it in presenter mode, large enough for the back of a
// room, answered by keyboard only, with the score at the end and no serious accessibility problem.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { generateQuiz } from '../../src/lib/graph/quiz';
import { authoredQuestions } from '../../src/lib/state/teaching.svelte';
import { axe, collectErrors, openAtlas, waitForCameraToSettle, seriousViolations } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bundle = readGraphData(resolve(ROOT, 'graph-data'), ROOT);
const SEED = 'projected-class';
const questions = generateQuiz(buildGraph(bundle.nodes, bundle.edges), bundle.vocab, {
  seed: SEED,
  authored: authoredQuestions(bundle.tours ?? []),
});
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe.configure({ timeout: 120_000 });

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await axe(page).withTags(TAGS).analyze();
  expect(seriousViolations(results), `serious or critical violations on the ${view}`).toEqual([]);
}

/** The computed font size of an element, in CSS pixels. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

test('a quiz is projected with P, answered by keyboard, and scored', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAtlas(page, `/?quiz=${SEED}`);
  await expect(page.getByRole('region', { name: 'Quiz' })).toBeVisible();
  await page.keyboard.press('p');

  const presenter = page.getByRole('region', { name: 'Presenter' });
  await expect(presenter).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quiz' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Tools' })).toBeHidden();
  const stem = presenter.getByRole('heading', { level: 2, name: questions[0]?.prompt });
  await expect(stem).toBeVisible();
  // Read from the back of a room: the stem as large as a tour step's title in presenter mode.
  expect(await fontSize(page, '.presenter .prompt')).toBeGreaterThanOrEqual(28);
  expect(await fontSize(page, '.presenter .choice')).toBeGreaterThanOrEqual(20);
  await expect(presenter.getByText(`1 / ${questions.length}`, { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'projected quiz');

  let expected = 0;
  for (const [index, question] of questions.entries()) {
    await expect(presenter.getByRole('heading', { level: 2, name: question.prompt })).toBeVisible();
    const status = presenter.getByRole('status');
    if (index % 3 === 0) {
      // A letter for the right answer.
      await page.keyboard.press(String.fromCharCode(97 + question.answer));
      await expect(status).toContainText('Right.');
      expected += 1;
    } else if (index % 3 === 1) {
      // A number for a wrong one.
      await page.keyboard.press(String(((question.answer + 1) % question.choices.length) + 1));
      await expect(status).toContainText('Not quite');
    } else {
      // The class discussed it: Enter reveals the answer without a choice.
      await page.keyboard.press('Enter');
      await expect(status).toContainText(`The answer is ${String.fromCharCode(65 + question.answer)}.`);
    }
    const right = presenter.getByRole('button', { name: /right answer/ });
    await expect(right).toContainText(question.choices[question.answer] ?? '');
    await expect(right).toBeDisabled();
    if (index === 0) {
      await waitForCameraToSettle(page);
      await page.screenshot({ path: test.info().outputPath('quiz-presenter-1440x900-revealed.png') });
      await expectNoSeriousViolations(page, 'projected quiz with the answer shown');
    }
    await page.keyboard.press(index % 2 === 0 ? 'n' : 'ArrowRight');
  }
  await expect(
    presenter.getByRole('heading', { name: `You scored ${expected} out of ${questions.length}.` }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'projected quiz score');

  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.getByRole('region', { name: 'Quiz' })).toBeVisible();
  expect(errors).toEqual([]);
});

for (const size of [
  { width: 1440, height: 900, minimum: 28 },
  { width: 1024, height: 768, minimum: 22 },
  { width: 768, height: 1024, minimum: 22 },
]) {
  test(`the projected quiz fits and reads at ${size.width}×${size.height}, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openAtlas(page, `/?quiz=${SEED}`);
    await page.getByRole('button', { name: 'Present quiz' }).click();
    const presenter = page.getByRole('region', { name: 'Presenter' });
    await expect(presenter).toBeVisible();
    expect(await fontSize(page, '.presenter .prompt')).toBeGreaterThanOrEqual(size.minimum);
    // Every choice is on screen, within the presenter panel.
    const panel = await presenter.boundingBox();
    for (const choice of await presenter
      .getByRole('button', { name: /./ })
      .filter({ has: page.locator('.letter') })
      .all()) {
      const box = await choice.boundingBox();
      expect(box && panel && box.x >= panel.x && box.x + box.width <= panel.x + panel.width + 1).toBe(true);
      expect(box && box.y + box.height).toBeLessThanOrEqual(size.height);
    }
    await page.screenshot({ path: test.info().outputPath(`quiz-presenter-${size.width}x${size.height}.png`) });
    await page.keyboard.press('t');
    await expect(presenter).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Space');
    await expect(presenter.getByRole('status')).toContainText('The answer is');
    await page.screenshot({ path: test.info().outputPath(`quiz-presenter-${size.width}x${size.height}-dark.png`) });
    await expectNoSeriousViolations(page, `dark projected quiz at ${size.width}×${size.height}`);
    await page.keyboard.press('p');
    await expect(presenter).toBeHidden();
  });
}
