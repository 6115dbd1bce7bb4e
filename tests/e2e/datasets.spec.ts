// Switching datasets: the large Hetionet extracts open with progress, draw a readable part, and can be cancelled.
import { expect, test } from '@playwright/test';
import { cancelDrawingAsItStarts, openAtlas, openDatasetId } from './helpers';

test('switching to the wide dataset shows progress, opens on its summary, and a layout can be cancelled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAtlas(page);
  await page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').selectOption('hetionet-wide');
  await expect(page.getByRole('status', { name: 'Loading' })).toBeVisible();
  await expect.poll(() => openDatasetId(page), { timeout: 90_000 }).toBe('hetionet-wide');
  await expect(page).toHaveURL(/dataset=hetionet-wide/);

  // The summary: a box per kind with its best-connected nodes, never the whole graph in Cytoscape.
  const drawn = await page.evaluate(() => ({ nodes: window.atlas.cy.nodes().length, order: window.atlas.graph.order }));
  expect(drawn.order).toBeGreaterThan(10_000);
  expect(drawn.nodes).toBeLessThanOrEqual(60);
  await expect(page.getByRole('navigation', { name: 'Where you are' })).toContainText('Summary');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Kinds' })).toBeVisible();

  const before = await page.evaluate(() => window.atlas.cy.nodes()[0]?.position());
  await page.getByRole('button', { name: 'Lay out again' }).click();
  const progress = page.getByRole('status', { name: 'Layout' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel layout' }).click();
  await expect(progress).toBeHidden();
  expect(await page.evaluate(() => window.atlas.cy.nodes()[0]?.position())).toEqual(before);

  // Still interactive: search works on the large graph.
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('SLC6A4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'SLC6A4' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('wide.png') });
});

test('cancelling a slow dataset keeps the current one', async ({ page }) => {
  await page.route('**/data/hetionet-depression.json.gz', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.continue().catch(() => {});
  });
  await openAtlas(page);
  await page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').selectOption('hetionet-depression');
  const loading = page.getByRole('status', { name: 'Loading' });
  await expect(loading).toBeVisible();
  await loading.getByRole('button', { name: 'Cancel' }).click();
  await expect(loading).toBeHidden();
  expect(await openDatasetId(page)).toBe('curated');
  await expect(page.getByRole('heading', { level: 1, name: 'Synapse Atlas' })).toBeVisible();
});

test('a damaged dataset file is reported and nothing is lost', async ({ page }) => {
  await page.route('**/data/hetionet-depression.json.gz', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: '{"format": "something else"' }),
  );
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').selectOption('hetionet-depression');
  await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
  expect(await openDatasetId(page)).toBe('curated');
});

test('a link to an unknown dataset opens the curated graph with a notice', async ({ page }) => {
  await openAtlas(page, '/?dataset=nonsense');
  await expect(page.getByRole('status').filter({ hasText: 'dataset "nonsense"' })).toBeVisible();
  expect(await openDatasetId(page)).toBe('curated');
});

test('the middle-sized dataset opens from a link with its licence shown', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?dataset=hetionet-depression');
  await expect.poll(() => openDatasetId(page), { timeout: 45_000 }).toBe('hetionet-depression');
  const about = page.getByRole('region', { name: 'Dataset' });
  await about.getByText('About this dataset').click();
  await expect(about).toContainText('CC0');
  await expect(about).toContainText('Hetionet');
  expect(await page.evaluate(() => (window.atlas as { renderer?: { chosen: string } }).renderer?.chosen)).toMatch(
    /canvas|webgl/,
  );
});

test('drawing a large part of the wide dataset shows progress, and Cancel goes back to the view before', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Brain, a neighbour of SLC6A4 with some 8,800 relationships, selected in SLC6A4's neighbourhood.
  const brain = encodeURIComponent('Anatomy::UBERON:0000955');
  const slc6a4 = encodeURIComponent('Gene::6532');
  await openAtlas(page, `/?dataset=hetionet-wide&focus=${brain}&depth=1&around=${slc6a4}`);
  await expect.poll(() => openDatasetId(page), { timeout: 90_000 }).toBe('hetionet-wide');
  const drawnNodes = () => page.evaluate(() => window.atlas.cy.nodes().length);
  const dataset = page.getByRole('region', { name: 'Dataset' });
  // Expanding the brain draws a neighbourhood a reader can follow: the first 300 of its thousands of nodes.
  await page.getByRole('button', { name: 'Expand its neighbours' }).click();
  await expect.poll(drawnNodes, { timeout: 60_000 }).toBe(300);
  await expect(dataset).toContainText('are not drawn');

  const drawing = page.getByRole('status', { name: 'Drawing' });
  await page.getByRole('button', { name: 'draw more' }).click();
  await expect.poll(drawnNodes, { timeout: 60_000 }).toBe(600);
  // Its nodes arrive before its relationships: the drawing is over when its progress card goes.
  await expect(drawing).toBeHidden({ timeout: 30_000 });

  // Twice as much again is enough to arrive in slices; cancelled as it starts, the drawing goes back to what it was.
  expect(await cancelDrawingAsItStarts(page, 'draw more')).toBe(true);
  await expect(drawing).toBeHidden();
  await expect.poll(drawnNodes).toBe(600);

  // Asked for again and left to finish, it draws twice as much and says how much is still left out.
  await page.getByRole('button', { name: 'draw more' }).click();
  await expect.poll(drawnNodes, { timeout: 60_000 }).toBe(1200);
  await expect(drawing).toBeHidden();
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('are not drawn');
});
