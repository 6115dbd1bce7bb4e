// From "prozac" to a path explained in sentences, shared as a link, walked back with undo and the back button.
import { expect, test } from '@playwright/test';
import { collectErrors, openAtlas } from './helpers';

test('keyboard only: a path from fluoxetine to major depression, explained with sources and a net effect', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  await page.getByRole('button', { name: 'Find path' }).focus();
  await page.keyboard.press('Enter');
  const finder = page.getByRole('region', { name: 'Path finder' });
  await expect(finder).toBeVisible();

  await finder.getByRole('combobox', { name: 'From' }).focus();
  await page.keyboard.type('prozac');
  await expect(finder.getByRole('option').first()).toContainText('Fluoxetine');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(finder.getByRole('combobox', { name: 'To' })).toBeFocused();
  await page.keyboard.type('major depression');
  await expect(finder.getByRole('option').first()).toContainText('Major depression');
  await page.keyboard.press('Enter');

  const steps = finder.getByRole('list', { name: 'Path explained step by step' }).getByRole('listitem');
  await expect(steps.first()).toContainText('Fluoxetine treats major depression');
  await expect(steps.last()).toContainText('treats major depression');
  await expect(finder).toContainText(/Net effect:.*less of major depression/);
  await expect(steps.last()).toContainText(/Cipriani et al\., 2018/);
  await expect(page).toHaveURL(/from=drug%3Afluoxetine&to=condition%3Amajor-depression/);

  const onPath = await page.evaluate(() => window.atlas.cy.$('.on-path').length);
  expect(onPath).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: test.info().outputPath('path.png') });
  expect(errors).toEqual([]);
});

test('a path step opens its evidence, and alternatives can be chosen', async ({ page }) => {
  await openAtlas(page, '/?from=drug:riluzole&to=mechanism:raised-brain-glutamate');
  const finder = page.getByRole('region', { name: 'Path finder' });
  const firstStep = finder.getByRole('list', { name: 'Path explained step by step' }).getByRole('button').first();
  const sentence = (await firstStep.textContent())?.trim() ?? '';
  await firstStep.click();
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(sentence);
  await expect(finder).toContainText(/Net effect:.*less of a raised level of glutamate/);

  const choices = finder.getByRole('radiogroup', { name: 'Paths found' }).getByRole('radio');
  expect(await choices.count()).toBeGreaterThan(1);
  await choices.nth(1).check();
  await expect(page).toHaveURL(/path-choice=1/);
  await expect(finder.getByRole('list', { name: 'Path explained step by step' })).not.toContainText(sentence);
});

test('a shared link reopens the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await page.getByLabel('Layout').selectOption('lanes');
  await page
    .getByRole('region', { name: 'Legend' })
    .getByRole('button', { name: /Symptom/ })
    .click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('layout=lanes');

  const other = await context.newPage();
  await openAtlas(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(
    other.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
  ).toBeVisible();
  await expect(other.getByLabel('Layout')).toHaveValue('lanes');
  await expect(other.getByRole('region', { name: 'Legend' }).getByRole('button', { name: /Symptom/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('undo walks back the last three changes and redo replays them; back and forward walk views', async ({ page }) => {
  await openAtlas(page);
  const details = page.getByRole('region', { name: 'Details' });
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('riluzole');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { name: 'Riluzole' })).toBeVisible();
  await page.getByLabel('Layout').selectOption('concentric');
  await page
    .getByRole('group', { name: 'Filters' })
    .getByLabel('Evidence at least')
    .selectOption({ label: 'Clinical studies' });
  await details.getByLabel('Neighbourhood to show').selectOption({ label: '2 steps around it' });
  await expect(page).toHaveURL(/depth=2/);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page).not.toHaveURL(/depth=/);
  await page.keyboard.press('Control+z');
  await expect(page).not.toHaveURL(/evidence=/);
  await page.keyboard.press('Control+z');
  await expect(page).not.toHaveURL(/layout=/);
  await expect(page).toHaveURL(/focus=drug%3Ariluzole/);
  await page.keyboard.press('Control+Shift+z');
  await expect(page).toHaveURL(/layout=concentric/);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();

  await page.goBack();
  await expect(page).not.toHaveURL(/layout=concentric/);
  await page.goForward();
  await expect(page).toHaveURL(/layout=concentric/);
  await expect(page.getByLabel('Layout')).toHaveValue('concentric');
});

test('compare fluoxetine, duloxetine and a third drug side by side, with their shared target marked', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('region', { name: 'Compare drugs' });
  for (const name of ['prozac', 'cymbalta', 'riluzole']) {
    await compare.getByRole('combobox', { name: 'Add a drug' }).fill(name);
    await page.keyboard.press('Enter');
  }
  const table = compare.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Fluoxetine', 'Duloxetine', 'Riluzole']);
  await expect(table.getByRole('row', { name: /Targets/ })).toContainText('Serotonin transporter ★ shared');
  await expect(table.getByRole('row', { name: /Status/ })).toContainText('Approved (1987)');
  await expect(table.getByRole('row', { name: /Key evidence/ })).toContainText('treats major depression');
  await expect(page).toHaveURL(/compare=drug%3Afluoxetine%2Cdrug%3Aduloxetine%2Cdrug%3Ariluzole/);
  expect(await page.evaluate(() => window.atlas.cy.$('.shared-target').map((node) => node.id()))).toContain(
    'transporter:sert',
  );
  await page.screenshot({ path: test.info().outputPath('compare.png') });
});
