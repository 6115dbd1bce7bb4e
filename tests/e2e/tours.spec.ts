// Teaching with the atlas: every tour played by keyboard, presenter mode on projector sizes, a quiz, a printed handout.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { generateQuiz } from '../../src/lib/graph/quiz';
import { authoredQuestions } from '../../src/lib/state/teaching.svelte';
import { collectErrors, openAtlas, waitForCameraToSettle } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bundle = readGraphData(resolve(ROOT, 'graph-data'), ROOT);
const tours = bundle.tours ?? [];
/** poppler-utils, to read the printed handout back (Debian: apt-get install poppler-utils). */
const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';

/** Whether every node the current step highlights is drawn inside the canvas. */
async function highlightedNodesInView(page: Page): Promise<string[]> {
  // Settled means no fit is on its way either, so the camera is where the step puts it.
  await waitForCameraToSettle(page);
  return page.evaluate(() => {
    const cy = window.atlas.cy;
    return cy
      .nodes('.on-path')
      .filter((node) => {
        const { x, y } = node.renderedPosition();
        return x < 0 || y < 0 || x > cy.width() || y > cy.height();
      })
      .map((node) => node.id());
  });
}

test.describe('guided tours', () => {
  // One test per shipped tour, so the tours play side by side on the test workers. The first plays with the camera
  // and the nodes gliding from step to step; the others as for a reader who asked for reduced motion, where each
  // step's picture arrives at once (the steps, their framing and the keys are the same, and the drawing of every
  // frame of every glide would cost the suite about a minute).
  for (const [order, tour] of tours.entries()) {
    test(`the tour "${tour.id}" plays from start to end by keyboard alone`, async ({ page }) => {
      test.setTimeout(120_000);
      if (order > 0) await page.emulateMedia({ reducedMotion: 'reduce' });
      const errors = collectErrors(page);
      await openAtlas(page);
      // Reach the list and the tour as a keyboard user does: focus, then Enter.
      await page.getByRole('button', { name: 'Tours' }).focus();
      await page.keyboard.press('Enter');
      const list = page.getByRole('region', { name: 'Tours' });
      await expect(list).toBeVisible();
      await list.getByRole('button', { name: `Start the tour "${tour.title}"` }).focus();
      await page.keyboard.press('Enter');

      const player = page.getByRole('region', { name: 'Tour' });
      for (const [index, step] of tour.steps.entries()) {
        await expect(player.getByText(`${index + 1} / ${tour.steps.length}`, { exact: true })).toBeVisible();
        await expect(player.getByRole('heading', { level: 3, name: step.title })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`tour=${tour.id}&step=${index + 1}(&|$)`));
        // Every highlighted node ends up in view (a busy machine may still be moving the camera at first look).
        await expect
          .poll(() => highlightedNodesInView(page), { message: `${tour.id} step ${index + 1}`, timeout: 15_000 })
          .toEqual([]);
        if (step.question) {
          // Predict, then reveal: the first key press shows the answer.
          await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'Space');
          await expect(player.getByRole('status')).toContainText(
            `The answer is ${String.fromCharCode(65 + step.question.answer)}.`,
          );
        }
        if (index < tour.steps.length - 1) await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'Space');
      }
      // Back one step and forward again, then leave.
      await page.keyboard.press('ArrowLeft');
      await expect(player.getByText(`${tour.steps.length - 1} / ${tour.steps.length}`)).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await expect(player).toBeHidden();
      await expect(page).not.toHaveURL(/tour=/);
      expect(errors).toEqual([]);
    });
  }

  test('each step has a deep link, and back and forward move through the steps', async ({ page }) => {
    await openAtlas(page, '/?tour=ssri-snri&step=2');
    const player = page.getByRole('region', { name: 'Tour' });
    await expect(player.getByRole('heading', { level: 3, name: 'What they block' })).toBeVisible();
    await page.keyboard.press('ArrowRight'); // reveals step 2's answer
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/tour=ssri-snri&step=4/);
    await page.goBack();
    await expect(player.getByText('3 / 8', { exact: true })).toBeVisible();
    await page.goBack();
    await expect(player.getByText('2 / 8', { exact: true })).toBeVisible();
    await page.goForward();
    await expect(player.getByText('3 / 8', { exact: true })).toBeVisible();
  });

  test('Space moves on even when a button has the focus, instead of pressing it', async ({ page }) => {
    await openAtlas(page, '/?tour=synapse-signal&step=1');
    const player = page.getByRole('region', { name: 'Tour' });
    await player.getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Space');
    await expect(player.getByText('2 / 8', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Presenter' })).toBeHidden();
  });

  test('a link to a tour that does not exist says so and shows the graph', async ({ page }) => {
    await openAtlas(page, '/?tour=no-such-tour&step=2');
    await expect(page.getByRole('status').filter({ hasText: 'There is no tour "no-such-tour"' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tour' })).toBeHidden();
  });
});

test.describe('presenter mode', () => {
  for (const size of [
    { width: 1920, height: 1080, minimum: 28 },
    { width: 1280, height: 720, minimum: 18 },
  ]) {
    test(`is readable at ${size.width}×${size.height}, light and dark, by keyboard only`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openAtlas(page, '/?tour=ketamine-fast-acting&step=4');
      await page.keyboard.press('p');
      const presenter = page.getByRole('region', { name: 'Presenter' });
      await expect(presenter).toBeVisible();
      // Chrome is hidden: no toolbar, header or side panels; the graph and the presenter share the screen.
      await expect(page.getByRole('toolbar', { name: 'Tools' })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Tour' })).toBeHidden();
      const narration = presenter.locator('.narration');
      const fontSize = await narration.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(size.minimum);
      const box = await narration.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box && box.y + box.height).toBeLessThanOrEqual(size.height);
      expect(await highlightedNodesInView(page)).toEqual([]);

      // A pointer ring follows the mouse for pointing at the graph.
      await page.mouse.move(size.width * 0.3, size.height * 0.5);
      await expect(page.locator('.pointer-ring')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`presenter-light-${size.width}x${size.height}.png`) });

      await page.keyboard.press('ArrowRight');
      await expect(presenter.getByText('5 / 10', { exact: true })).toBeVisible();
      await page.keyboard.press('t');
      await expect(presenter).toHaveAttribute('data-theme', 'dark');
      const colours = await presenter.evaluate((element) => {
        const style = getComputedStyle(element);
        return { text: style.color, background: style.backgroundColor };
      });
      expect(colours).toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
      await page.screenshot({ path: test.info().outputPath(`presenter-dark-${size.width}x${size.height}.png`) });

      await page.keyboard.press('Escape');
      await expect(presenter).toBeHidden();
      await expect(page.getByRole('region', { name: 'Tour' }).getByText('5 / 10', { exact: true })).toBeVisible();
      await expect(page.getByRole('toolbar', { name: 'Tools' })).toBeVisible();
    });
  }
});

test.describe('quiz', () => {
  test('answered right and wrong, with the explanation and source, then a score; the link gives the same quiz', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const seed = 'e2e-class';
    const questions = generateQuiz(buildGraph(bundle.nodes, bundle.edges), bundle.vocab, {
      seed,
      authored: authoredQuestions(tours),
    });
    await openAtlas(page, `/?quiz=${seed}`);
    const quiz = page.getByRole('region', { name: 'Quiz' });
    await expect(quiz).toBeVisible();
    await expect(quiz.getByRole('heading', { level: 3, name: questions[0]?.prompt })).toBeVisible();
    await expect(quiz.locator('code')).toContainText(`?quiz=${seed}`);

    let expectedScore = 0;
    for (const [index, question] of questions.entries()) {
      await expect(quiz.getByText(`Question ${index + 1} of ${questions.length}`)).toBeVisible();
      // The first question is answered right, the second wrong, then alternately.
      const right = index % 2 === 0;
      const choice = right ? question.answer : (question.answer + 1) % question.choices.length;
      if (right) expectedScore += 1;
      if (index < 2) await quiz.getByRole('button', { name: question.choices[choice], exact: true }).click();
      else await page.keyboard.press(String(choice + 1));
      const status = quiz.getByRole('status').last();
      await expect(status).toContainText(right ? 'Right.' : 'Not quite');
      if (question.evidence) await expect(quiz.getByText('Evidence:')).toBeVisible();
      if (question.sources.length > 0)
        await expect(quiz.getByRole('list', { name: 'Sources for this step' })).toBeVisible();
      const edge = question.edge;
      if (index === 0 && edge) {
        // The relationship asked about is revealed on the graph too.
        await expect.poll(() => page.evaluate((id) => window.atlas.cy.$id(id).hasClass('on-path'), edge)).toBe(true);
      }
      await page.keyboard.press('ArrowRight');
    }
    await expect(
      quiz.getByRole('heading', { name: `You scored ${expectedScore} out of ${questions.length}.` }),
    ).toBeVisible();

    // The same link, opened again, asks the same first question.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Quiz' }).getByRole('heading', { level: 3 }).first()).toHaveText(
      questions[0]?.prompt ?? '',
    );
  });
});

test.describe('handout', () => {
  test('prints a tour with a picture per step, the narration, numbered references and the emergency notice', async ({
    page,
  }) => {
    test.skip(!existsSync(PDFTOTEXT) || !existsSync(PDFINFO), 'needs poppler-utils (apt-get install poppler-utils)');
    test.setTimeout(180_000);
    const tour = tours.find((candidate) => candidate.id === 'glutamate-hypothesis');
    if (!tour) throw new Error('no glutamate-hypothesis tour');
    await page.addInitScript(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed += 1;
      };
    });
    await openAtlas(page, `/?tour=${tour.id}&step=1`);
    await page.getByRole('button', { name: 'Print handout' }).focus();
    await page.keyboard.press('Enter');
    const handout = page.getByRole('dialog', { name: 'Handout' });
    await expect(handout.getByRole('status')).toContainText('Ready to print', { timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(handout.getByRole('img')).toHaveCount(tour.steps.length);

    const pdf = await page.pdf({ format: 'A4' });
    const file = test.info().outputPath('handout.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(PDFINFO, [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(tour.steps.length / 2));
    expect(pages).toBeLessThanOrEqual(tour.steps.length + 3);

    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const firstPage = execFileSync(PDFTOTEXT, ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(firstPage).toContain('Is this an emergency?');
    expect(firstPage).toContain(tour.title);
    for (let index = 0; index < tour.steps.length; index++) {
      expect(text).toContain(`Step ${index + 1} of ${tour.steps.length}`);
    }
    expect(text).toContain('References: [1]');
    // Every source the tour cites is in the numbered list, with its DOI where it has one.
    expect(text).toContain('Hashimoto K, Sawa A, Iyo M. Increased levels of glutamate in brains');
    expect(text).toContain('doi:10.1038/npp.2017.106');
    expect(text).toMatch(/Answers .*Step 2: A\./);

    await page.keyboard.press('Escape');
    await expect(handout).toBeHidden();
  });
});

test.describe('a teacher’s own tour', () => {
  test('a file naming missing nodes is refused with the ids and their lines; a good one plays', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Tours' }).click();
    const list = page.getByRole('region', { name: 'Tours' });
    const broken = [
      'id: my-lesson',
      'title: My lesson',
      'summary: Two steps about fluoxetine.',
      'steps:',
      '  - title: Prozac',
      '    narration: Fluoxetine blocks the serotonin transporter.',
      '    focus: [drug:prozac, transporter:sert]',
      '    highlight: [drug:fluoxetine activates transporter:sert]',
      '  - title: Depression',
      '    narration: It treats depression.',
      '    focus: [condition:major-depression]',
      '',
    ].join('\n');
    await list.getByLabel('Load a tour file').setInputFiles({
      name: 'my-lesson.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(broken),
    });
    const alert = list.getByRole('alert');
    await expect(alert).toContainText('"my-lesson.yaml" could not be used. 2 things need fixing:');
    await expect(alert).toContainText('Line 7, step 1 (focus): no node with id "drug:prozac" in the graph');
    await expect(alert).toContainText(
      'Line 8, step 1 (highlight): no relationship "drug:fluoxetine activates transporter:sert"',
    );
    await expect(alert).toContainText('"drug:fluoxetine inhibits transporter:sert"');

    const fixed = broken
      .replace('drug:prozac', 'drug:fluoxetine')
      .replace('drug:fluoxetine activates', 'drug:fluoxetine inhibits');
    await list.getByLabel('Load a tour file').setInputFiles({
      name: 'my-lesson.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(fixed),
    });
    const player = page.getByRole('region', { name: 'Tour' });
    await expect(player.getByRole('heading', { level: 2, name: 'My lesson' })).toBeVisible();
    await expect(player.getByText('1 / 2', { exact: true })).toBeVisible();
    await expect(player.getByRole('button', { name: 'Fluoxetine inhibits the serotonin transporter' })).toBeVisible();
  });
});
