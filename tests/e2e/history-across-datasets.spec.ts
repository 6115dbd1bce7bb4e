// The address across datasets: a link or Back to a dataset not loaded yet opens its view as written, without notices
// about the graph that happened to be open; Cancel drawing takes back only what asked for the drawing.
import { expect, test, type Page } from '@playwright/test';
import { cancelDrawingAsItStarts, openAtlas, openDatasetId } from './helpers';

const SLC6A4 = 'Gene::6532';

/** Notices the page shows (ignored link parameters, missing nodes, failures). */
const notices = (page: Page) => page.getByRole('status').filter({ hasText: 'Dismiss' });

async function chooseDataset(page: Page, id: string, timeout = 60_000) {
  await page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').selectOption(id);
  await expect.poll(() => openDatasetId(page), { timeout }).toBe(id);
}

test('a link to a view in a dataset not loaded yet opens that view', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`/?dataset=hetionet-depression&focus=${encodeURIComponent(SLC6A4)}`);
  await expect.poll(() => openDatasetId(page), { timeout: 60_000 }).toBe('hetionet-depression');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'SLC6A4' })).toBeVisible();
  await expect(page).toHaveURL(/focus=Gene%3A%3A6532/);
  await expect(notices(page)).toHaveCount(0);
});

test('Back across datasets reopens each view as it was, even a dataset not loaded since a reload', async ({ page }) => {
  test.setTimeout(150_000);
  const details = page.getByRole('region', { name: 'Details' });
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeVisible();

  await chooseDataset(page, 'hetionet-depression');
  await expect(page).toHaveURL(/dataset=hetionet-depression/);
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('SLC6A4');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { name: 'SLC6A4' })).toBeVisible();
  await expect(page).toHaveURL(/dataset=hetionet-depression&focus=Gene%3A%3A6532/);

  await chooseDataset(page, 'curated');
  await expect(page).not.toHaveURL(/dataset=/);
  // After a reload only the curated graph is loaded: going back must load Hetionet for the view it had.
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  expect(await openDatasetId(page)).toBe('curated');

  await page.goBack();
  await expect.poll(() => openDatasetId(page), { timeout: 60_000 }).toBe('hetionet-depression');
  await expect(details.getByRole('heading', { name: 'SLC6A4' })).toBeVisible();
  await expect(page).toHaveURL(/dataset=hetionet-depression&focus=Gene%3A%3A6532/);
  await expect(notices(page)).toHaveCount(0);

  await page.goBack();
  await page.goBack();
  await expect.poll(() => openDatasetId(page), { timeout: 30_000 }).toBe('curated');
  await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeVisible();
  await expect(page).toHaveURL(/\?focus=drug%3Afluoxetine$/);
  await expect(notices(page)).toHaveCount(0);

  await page.goForward();
  await page.goForward();
  await expect.poll(() => openDatasetId(page)).toBe('hetionet-depression');
  await expect(details.getByRole('heading', { name: 'SLC6A4' })).toBeVisible();
});

test('Cancel drawing after "draw more" draws what was drawn before and keeps the view', async ({ page }) => {
  test.setTimeout(180_000);
  // Brain's neighbourhood: some 8,800 relationships, drawn 300 nodes at first, twice as many at each "draw more".
  await openAtlas(page, `/?dataset=hetionet-wide&focus=${encodeURIComponent('Anatomy::UBERON:0000955')}`);
  await expect.poll(() => openDatasetId(page), { timeout: 90_000 }).toBe('hetionet-wide');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'brain', level: 2 })).toBeVisible();
  const drawing = page.getByRole('status', { name: 'Drawing' });
  const drawnNodes = () => page.evaluate(() => window.atlas.cy.nodes().length);
  await expect.poll(drawnNodes, { timeout: 90_000 }).toBe(300);
  await page.getByRole('button', { name: 'draw more' }).click();
  await expect.poll(drawnNodes, { timeout: 60_000 }).toBe(600);
  await expect(drawing).toBeHidden({ timeout: 30_000 });
  const address = page.url();

  // "draw more" adds no undo step: Cancel must not undo the view, only the larger drawing (the next doubling is
  // large enough to arrive in slices).
  expect(await cancelDrawingAsItStarts(page, 'draw more')).toBe(true);
  await expect(drawing).toBeHidden();
  await expect.poll(drawnNodes).toBe(600);
  expect(page.url()).toBe(address);
  await expect(details.getByRole('heading', { name: 'brain', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('are not drawn');
});
