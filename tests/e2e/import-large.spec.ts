// Importing a large file (50,000 relationships of GraphML) keeps the page responsive: it is read in a worker and built
// in slices, with progress and Cancel; the longest gap between animation frames is measured and reported.
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  framesAround,
  LARGE_IMPORT,
  largeGraphml,
  waitForImportBuilt,
  watchFrames,
} from '../../bench/lib/large-import';
import { axe, collectErrors, openAtlas, REVIEW_SIZES, seriousViolations } from './helpers';

test.describe.configure({ timeout: 180_000 });

/**
 * The file is written to disk and chosen by its path, as a reader would: a buffer handed to the page would be turned
 * into a File by a script on the page, one long task of its own.
 */
function largeFile(): string {
  const path = test.info().outputPath('large.graphml');
  writeFileSync(path, largeGraphml());
  return path;
}

const datasetOptions = (page: Page) =>
  page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').locator('option').allTextContents();

test('a 50,000-relationship GraphML file imports without freezing the page', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  await watchFrames(page);
  const started = Date.now();
  await page.getByLabel('Graph file to import').setInputFiles(largeFile());
  const reading = page.getByRole('status', { name: 'Reading' });
  await expect(reading).toBeVisible();
  await expect(reading.getByRole('button', { name: 'Cancel import' })).toBeVisible();
  // Waiting asks the page only a cheap question twice a second, so the test itself adds no work to what is measured.
  await waitForImportBuilt(page);
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByRole('status').filter({ hasText: 'Imported “large.graphml”' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => ({ nodes: window.atlas.graph.order, edges: window.atlas.graph.size })))
    .toEqual({ nodes: LARGE_IMPORT.nodes, edges: LARGE_IMPORT.edges });
  await page.waitForTimeout(2000);
  const { importing, opening } = await framesAround(page);
  const measured =
    `chosen → built ${seconds.toFixed(1)} s; reading, parsing and building: longest frame gap ${importing.gap} ms, ` +
    `longest task ${importing.task} ms; opening the dataset (2 s): ${opening.gap} ms, ${opening.task} ms`;
  test.info().annotations.push({ type: 'measured', description: measured });
  console.log(measured);
  // The page never freezes: read on the page, this file was one task of seconds. The numbers against the 100 ms target
  // are the bench's (`npm run bench`, "Import"); here the whole test suite shares two cores, and a task of 60–130 ms
  // on a quiet machine was seen to last 234 ms while every test worker ran.
  expect(importing.task).toBeLessThan(1_000);
  expect(importing.gap).toBeLessThan(1_000);
  expect(errors).toEqual([]);
});

test('Cancel stops a large import and changes nothing', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const before = await datasetOptions(page);
  await page.getByLabel('Graph file to import').setInputFiles(largeFile());
  const reading = page.getByRole('status', { name: 'Reading' });
  await expect(reading).toContainText('Reading large.graphml…');
  // Pressed at once: the file is read in a few seconds, and the card goes when it is.
  await reading.getByRole('button', { name: 'Cancel import' }).click();
  await expect(reading).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped importing large.graphml' })).toBeVisible();
  expect(await page.evaluate(() => window.atlas.dataset)).toBe('curated');
  expect(await datasetOptions(page)).toEqual(before);
  // Nothing is left half-done: the next import works.
  await page.getByLabel('Graph file to import').setInputFiles({
    name: 'pair.graphml',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
    ),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported “pair.graphml”' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Reading card fits on a wide screen, a small laptop and a tablet, and has no serious accessibility problem', async ({
  page,
}) => {
  // The reading waits for its worker's script, held back here until the card has been looked at: on a quiet machine
  // the file is read in less time than the checks take.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let heldBack = 0;
  await page.route(/\/import\.worker[^/]*\.js$/, async (route) => {
    heldBack++;
    await held;
    await route.continue();
  });
  await openAtlas(page);
  await page.getByLabel('Graph file to import').setInputFiles(largeFile());
  const reading = page.getByRole('status', { name: 'Reading' });
  await expect(reading).toContainText('Reading large.graphml…');
  const scan = await axe(page).include('[aria-label="Reading"]').analyze();
  expect(seriousViolations(scan)).toEqual([]);
  for (const { width, height } of REVIEW_SIZES) {
    await page.setViewportSize({ width, height });
    await expect(reading.getByRole('button', { name: 'Cancel import' })).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath(`import-reading-${width}.png`) });
  }
  expect(heldBack).toBe(1);
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “large.graphml”' })).toBeVisible({
    timeout: 120_000,
  });
});
