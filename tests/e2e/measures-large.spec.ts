// The network measures on the wide Hetionet dataset: each arrives as it is done, so nodes can be coloured by community
// while betweenness is still being computed; betweenness is then named as an estimate, and Cancel keeps what is done.
import { expect, test } from '@playwright/test';
import { axe, collectErrors, openAtlas, openDatasetId, REVIEW_SIZES, seriousViolations } from './helpers';

test('measures on the wide dataset arrive one by one, communities first, with an estimated betweenness', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await openAtlas(page, '/?dataset=hetionet-wide');
  await expect.poll(() => openDatasetId(page), { timeout: 90_000 }).toBe('hetionet-wide');

  const appearance = page.getByRole('group', { name: 'Appearance' });
  const colour = appearance.getByLabel('Colour nodes by');
  await appearance.getByRole('button', { name: 'Compute measures' }).click();
  const measuring = appearance.getByRole('status', { name: 'Measuring' });
  await expect(measuring).toContainText('Computing');

  // Communities are a colour choice while the rest is still being computed.
  await expect(colour.locator('option', { hasText: 'Community' })).toBeAttached({ timeout: 60_000 });
  await expect(measuring).toBeVisible();
  await expect(measuring).toContainText(/Ready: .*Community/);
  await colour.selectOption({ label: 'Community' });
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Community');

  for (const { width, height } of REVIEW_SIZES) {
    await page.setViewportSize({ width, height });
    // Scrolled to by its heading, which stays while the status under it may go as measuring finishes (a narrow
    // screen keeps the panel in a drawer, out of view).
    const heading = appearance.getByRole('heading', { name: 'Measures' });
    if (await heading.isVisible()) await heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`measuring-${width}.png`) });
  }
  const scan = await axe(page)
    .include('[role="group"][aria-label="Appearance"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(seriousViolations(scan)).toEqual([]);

  // Betweenness comes last, estimated from a sample of nodes, and says so.
  await expect(measuring).toBeHidden({ timeout: 180_000 });
  await expect(appearance).toContainText('Betweenness (estimated from 500 nodes)');
  await expect(colour.locator('option', { hasText: 'Betweenness (estimated from 500 nodes)' })).toBeAttached();

  // Measuring again and cancelling keeps the measures already there.
  await appearance.getByRole('button', { name: 'Measure again' }).click();
  await appearance.getByRole('button', { name: 'Cancel measuring' }).click();
  await expect(measuring).toBeHidden();
  await expect(colour.locator('option', { hasText: 'Community' })).toBeAttached();
  await expect(colour).toHaveValue('measure:community');
  expect(errors).toEqual([]);
});
