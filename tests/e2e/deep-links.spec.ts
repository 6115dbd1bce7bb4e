// Links that open a view: ?focus= selects and centres a node; bad links give a notice, never a blank page.
import { expect, test } from '@playwright/test';
import { collectErrors, openAtlas, waitForCameraToSettle } from './helpers';

test('?focus=drug:fluoxetine opens with fluoxetine selected and centred', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
  ).toBeVisible();
  await waitForCameraToSettle(page);

  const offset = await page.evaluate(() => {
    const cy = window.atlas.cy;
    const position = cy.$id('drug:fluoxetine').renderedPosition();
    return { dx: Math.abs(position.x - cy.width() / 2), dy: Math.abs(position.y - cy.height() / 2) };
  });
  expect(offset.dx).toBeLessThan(5);
  expect(offset.dy).toBeLessThan(5);
  await page.screenshot({ path: test.info().outputPath('focus-fluoxetine.png') });
});

test('an unknown focus id shows a notice and the graph, not a blank page', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page, '/?focus=drug:not-a-real-drug');
  await expect(page.getByRole('status').filter({ hasText: 'drug:not-a-real-drug' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Explore the atlas' }),
  ).toBeVisible();
  // Not a blank page: the first screen: the topics as boxes, each naming its landmarks.
  await waitForCameraToSettle(page);
  const drawn = await page.evaluate(() => ({
    groups: window.atlas.cy.nodes('[decoration = "group"]').length,
    landmarks: window.atlas.cy.nodes('[?landmark].labelled').length,
  }));
  expect(drawn.groups).toBeGreaterThanOrEqual(10);
  // Notices take some of the height, so the overview may name fewer landmarks, but every topic names one.
  expect(drawn.landmarks).toBeGreaterThanOrEqual(drawn.groups);
  expect(errors).toEqual([]);
});

test('odd parameters are ignored with a notice that can be dismissed', async ({ page }) => {
  await openAtlas(page, '/?focus=&zoom=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  const notices = page.getByRole('status');
  await expect(notices).toContainText('gave no valid node id');
  await expect(notices).toContainText('"zoom" is not one this app understands');
  await notices.getByRole('button', { name: 'Dismiss notice' }).first().click();
  await expect(notices).not.toContainText('gave no valid node id');
});

test('a link to a graph server with a malformed endpoint or an unknown mapping says so and offers to connect', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAtlas(page, '/?dataset=live&endpoint=javascript:alert(1)&mapping=synapse-atlas&focus=drug:fluoxetine');
  await expect(page.getByRole('status').filter({ hasText: 'names no usable graph server' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Connect to a graph server' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // The curated graph stays open, and the address shows it again.
  await expect(page).not.toHaveURL(/dataset=live/);
  await openAtlas(page, '/?dataset=live&endpoint=https://example.org/sparql&mapping=__proto__');
  await expect(page.getByRole('status').filter({ hasText: 'is not one this app ships' })).toBeVisible();
  expect(errors).toEqual([]);
});
