// axe-core on every view a reader reaches: no serious or critical accessibility violation anywhere.
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axe, openAtlas, openDatasetId, waitForCameraToSettle, seriousViolations } from './helpers';

test.describe.configure({ timeout: 60_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Scans the page as it is now; lesser findings are attached to the report, serious and critical ones fail. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await axe(page).withTags(TAGS).analyze();
  const report = test.info().outputPath(`axe-${view.replaceAll(' ', '-')}.json`);
  writeFileSync(report, JSON.stringify(results.violations, null, 2));
  await test.info().attach(`axe-${view}`, { path: report, contentType: 'application/json' });
  expect(seriousViolations(results), `serious or critical violations on the ${view} view`).toEqual([]);
}

test('start view', async ({ page }) => {
  await openAtlas(page);
  await expectNoSeriousViolations(page, 'start');
});

test('details of a node', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'details');
});

test('evidence for a relationship', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:riluzole&edge=drug:riluzole|increases|mechanism:glutamate-uptake');
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Riluzole may increase glutamate uptake');
  await expectNoSeriousViolations(page, 'evidence');
});

test('search with its list of results open', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('glutamate');
  await expect(
    page
      .getByRole('listbox', { name: /Search the graph/ })
      .getByRole('option')
      .first(),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'search');
});

test('filters in use', async ({ page }) => {
  await openAtlas(page, '/?evidence=clinical&status=approved,investigational&kinds=drug,transporter,condition');
  await expect(page.getByRole('group', { name: 'Filters' })).toContainText(/Hides \d+ node/);
  await expectNoSeriousViolations(page, 'filters');
});

test('path finder with a path explained', async ({ page }) => {
  await openAtlas(page, '/?from=drug:riluzole&to=mechanism:raised-brain-glutamate');
  await expect(page.getByRole('list', { name: 'Path explained step by step' })).toBeVisible();
  await expectNoSeriousViolations(page, 'path finder');
});

test('comparison of drugs', async ({ page }) => {
  await openAtlas(page, '/?compare=drug:fluoxetine,drug:duloxetine,drug:ketamine');
  await expect(page.getByRole('region', { name: 'Compare drugs' }).getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, 'compare');
});

test('graph outline opened to a node and its relationships', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  const item = page
    .getByRole('tree', { name: 'Graph outline' })
    .getByRole('treeitem', { name: 'Fluoxetine', exact: true });
  await item.focus();
  await page.keyboard.press('ArrowRight');
  await expect(item).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousViolations(page, 'graph outline');
});

test('hover card and neighbourhood view', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:ketamine&depth=1&around=drug:ketamine');
  await waitForCameraToSettle(page);
  const box = await page.locator('[data-ready="true"]').boundingBox();
  const point = await page.evaluate(() => window.atlas.cy.$id('drug:ketamine').renderedPosition());
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await expect(page.locator('.hover-card')).toBeVisible();
  await expectNoSeriousViolations(page, 'neighbourhood');
});

test('export dialog', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  test.skip((await exportButton.count()) === 0, 'the Export dialog is not built yet');
  await exportButton.click();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('img').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'export');
});

test('tour list, a tour step and presenter mode', async ({ page }) => {
  await openAtlas(page);
  const toursButton = page.getByRole('button', { name: 'Tours', exact: true });
  test.skip((await toursButton.count()) === 0, 'guided tours are not built yet');
  await toursButton.click();
  const list = page.getByRole('region', { name: 'Tours' });
  await expect(list).toBeVisible();
  await expectNoSeriousViolations(page, 'tour list');

  await list
    .getByRole('button', { name: /^Start/ })
    .first()
    .click();
  const tour = page.getByRole('region', { name: 'Tour' });
  await expect(tour).toBeVisible();
  await tour.getByRole('button', { name: /Next/ }).click();
  await expectNoSeriousViolations(page, 'tour step');

  const present = tour.getByRole('button', { name: 'Present' });
  test.skip((await present.count()) === 0, 'presenter mode is not built yet');
  await present.click();
  await expect(page.getByRole('region', { name: 'Presenter' })).toBeVisible();
  await expectNoSeriousViolations(page, 'presenter');
});

test('a quiz', async ({ page }) => {
  await openAtlas(page);
  const toursButton = page.getByRole('button', { name: 'Tours', exact: true });
  test.skip((await toursButton.count()) === 0, 'quizzes are not built yet');
  await toursButton.click();
  await page.getByRole('button', { name: 'New quiz' }).click();
  await expect(page.getByRole('region', { name: 'Quiz' })).toBeVisible();
  await expectNoSeriousViolations(page, 'quiz');
});

test('the offer to reopen the last view', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:riluzole');
  await page.waitForTimeout(1000);
  await openAtlas(page, '/');
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toBeVisible();
  await expectNoSeriousViolations(page, 'last view offer');
});

test('the error panel that replaces a view that failed', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() =>
    (window.atlas.graph as unknown as { setNodeAttribute(n: string, k: string, v: unknown): void }).setNodeAttribute(
      'condition:major-depression',
      'synonyms',
      null,
    ),
  );
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('button', { name: 'Major depression', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expectNoSeriousViolations(page, 'error panel');
});

test('the import dialog listing problems, and an imported dataset with kinds of its own', async ({ page }) => {
  await openAtlas(page);
  await page
    .getByLabel('Graph file to import')
    .setInputFiles('tests/fixtures/bad/graphml/edges-to-missing-nodes.graphml');
  await expect(page.getByRole('dialog', { name: /Import/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'import dialog');
  await page.getByRole('button', { name: 'Import the rest' }).click();
  await expect(page.getByRole('dialog', { name: /Import/ })).toBeHidden();
  await expect.poll(() => openDatasetId(page)).toMatch(/^import-/);
  await expectNoSeriousViolations(page, 'imported dataset');
});
