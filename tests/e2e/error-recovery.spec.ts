// A runtime error never leaves a blank screen: a failed view offers to reload it; a background error is a notice.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers';

/** Breaks a node in the live model (through the power-user handle), so the Details panel fails when it shows it. */
async function breakNode(page: Page, id: string): Promise<void> {
  await page.evaluate((node) => {
    (window.atlas.graph as unknown as { setNodeAttribute(n: string, k: string, v: unknown): void }).setNodeAttribute(
      node,
      'synonyms',
      null,
    );
  }, id);
}

test('a view that fails to draw shows a recoverable panel; "Reload this view" brings the view back', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openAtlas(page, '/?layout=lanes');
  await breakNode(page, 'condition:major-depression');
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('button', { name: 'Major depression', exact: true })
    .click();

  const panel = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
  await expect(page.getByText('Is this an emergency?')).toBeVisible();
  await expect(page).toHaveURL(/layout=lanes/);
  await page.screenshot({ path: test.info().outputPath('error-panel.png') });
  expect(pageErrors).toEqual([]);

  const address = page.url();
  await panel.getByRole('button', { name: 'Reload this view' }).click();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  expect(page.url()).toBe(address);
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  expect(await page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position().x)).toBeDefined();
});

test('"Start fresh" opens the whole graph with nothing selected', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine&kinds=drug,transporter');
  await breakNode(page, 'transporter:sert');
  await page
    .getByRole('region', { name: 'Details' })
    .getByRole('button', { name: /Go to Serotonin transporter/ })
    .click();
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Explore the atlas' }),
  ).toBeVisible();
});

test('an error in the background or a failed promise shows a notice and the page keeps working', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:ketamine');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('a test failure in a timer');
    });
  });
  const notice = page.getByRole('alert').filter({ hasText: 'Something went wrong in the background' });
  await expect(notice).toContainText('a test failure in a timer');
  await notice.getByRole('button', { name: 'Dismiss error notice' }).click();
  await expect(notice).toHaveCount(0);

  await page.evaluate(() => void Promise.reject(new Error('a test failure in a promise')));
  await expect(notice).toContainText('a test failure in a promise');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ketamine' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('riluzole');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Riluzole' })).toBeVisible();
});

test('when the curated graph cannot be downloaded, the start-up panel says so and "Reload this view" recovers', async ({
  page,
}) => {
  let refuse = true;
  await page.route('**/assets/curated-graph-*.json', (route) =>
    refuse ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
  );
  await page.goto('/?focus=drug:ketamine');
  const panel = page.getByRole('alert').filter({ hasText: 'Synapse Atlas could not start' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('The curated graph could not be downloaded (503');
  await expect(panel).toContainText('Is this an emergency?');
  await page.screenshot({ path: test.info().outputPath('startup-failure.png') });

  refuse = false;
  await panel.getByRole('button', { name: 'Reload this view' }).click();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page).toHaveURL(/focus=drug(:|%3A)ketamine/);
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ketamine' })).toBeVisible();
});
