// Keyboard alone: the Graph outline (a text twin of the canvas), the announcements, and a walk from search to a path.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openAtlas } from './helpers';

const outline = (page: Page) => page.getByRole('tree', { name: 'Graph outline' });
const focusedItem = (page: Page) => outline(page).locator('[role="treeitem"]:focus');
/** The polite live region that announces selections (it has no role, so it is found by its live setting). */
const announcer = (page: Page) => page.locator('[aria-live="polite"][aria-atomic="true"]');

/** Presses `key` until the focused tree item's accessible name matches, like a reader scanning with the arrows. */
async function arrowTo(page: Page, name: RegExp, key = 'ArrowDown', limit = 300): Promise<void> {
  for (let step = 0; step < limit; step++) {
    const label = await focusedItem(page).evaluate((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const copy = (labelledBy ? document.getElementById(labelledBy) : element)?.cloneNode(true);
      if (!(copy instanceof Element)) return '';
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"], [role="group"]')) hidden.remove();
      return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    });
    if (name.test(label)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`No tree item matching ${name} within ${limit} presses of ${key}`);
}

/** Presses Tab until `target` has focus, checking on the way that every stop shows where focus is. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return { visible: true, what: 'the page' };
      const shown = element.getAttribute('role') === 'treeitem' ? element.querySelector(':scope > .row') : element;
      const style = getComputedStyle(shown ?? element);
      const visible =
        element.matches(':focus-visible') && style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      return { visible, what: element.outerHTML.slice(0, 120) };
    });
    expect(state.visible, `focus is visible on ${state.what}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()} within ${limit} presses`);
}

test('the outline lists shown nodes by kind; arrows open them, follow relationships, and Enter shows them', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const tree = outline(page);
  await expect(tree).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: /^Drugs \(\d+\)$/ })).toHaveAttribute('aria-expanded', 'false');

  await tree.getByRole('treeitem').first().focus();
  await arrowTo(page, /^Drugs/);
  await page.keyboard.press('ArrowRight');
  await expect(focusedItem(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await arrowTo(page, /^Fluoxetine$/);

  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeVisible();
  await expect(page).toHaveURL(/focus=drug%3Afluoxetine/);
  const degree = await page.evaluate(() => window.atlas.graph.degree('drug:fluoxetine'));
  await expect(announcer(page)).toHaveText(`Fluoxetine, drug, ${degree} relationships`);
  await expect(focusedItem(page)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await arrowTo(page, /^Fluoxetine inhibits the serotonin transporter/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(
    'Fluoxetine inhibits the serotonin transporter',
  );
  await expect(announcer(page)).toHaveText(/^Fluoxetine inhibits the serotonin transporter\. Evidence: \w+/);

  await page.keyboard.press('ArrowRight');
  await expect(focusedItem(page)).toHaveAccessibleName('Serotonin transporter');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { name: 'Serotonin transporter' })).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await expect(focusedItem(page)).toHaveAccessibleName(/^Transporters \(\d+\)$/);
  await page.keyboard.press('Home');
  await expect(focusedItem(page)).toHaveAccessibleName(/^Neurotransmitters/);
  await page.keyboard.press('End');
  await expect(focusedItem(page)).not.toHaveAccessibleName(/^Neurotransmitters/);
  expect(errors).toEqual([]);
});

test('the outline follows the filters and the selection made on the canvas', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:ketamine');
  const tree = outline(page);
  await expect(tree.getByRole('treeitem', { name: 'Ketamine', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(tree.getByRole('treeitem', { name: 'Ketamine', exact: true })).toHaveAttribute('tabindex', '0');
  await page
    .getByRole('region', { name: 'Legend' })
    .getByRole('button', { name: /Symptom/ })
    .click();
  await expect(tree.getByRole('treeitem', { name: /^Symptoms/ })).toHaveCount(0);
});

test('keyboard only: from search to a path explained step by step, with focus always visible', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search the graph' })).toBeFocused();
  await page.keyboard.type('prozac');
  await expect(page.getByRole('option').first()).toContainText('Fluoxetine');
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText(/^Fluoxetine, drug, \d+ relationships$/);

  await tabTo(page, page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Find path' }));
  await page.keyboard.press('Enter');
  const finder = page.getByRole('region', { name: 'Path finder' });
  await expect(finder.getByRole('combobox', { name: 'From' })).toHaveValue('Fluoxetine');
  await tabTo(page, finder.getByRole('combobox', { name: 'To' }));
  await page.keyboard.type('major depression');
  await expect(finder.getByRole('option').first()).toContainText('Major depression');
  await page.keyboard.press('Enter');

  const steps = finder.getByRole('list', { name: 'Path explained step by step' });
  await expect(steps.getByRole('listitem').last()).toContainText('treats major depression');
  await expect(finder).toContainText(/Net effect:/);
  const firstStep = steps.getByRole('button').first();
  await tabTo(page, firstStep);
  const sentence = ((await firstStep.textContent()) ?? '').trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(sentence);
  await expect(announcer(page)).toHaveText(
    new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. Evidence:`),
  );
  expect(errors).toEqual([]);
});

test('with reduced motion the camera jumps instead of gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAtlas(page);
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('riluzole');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Riluzole' })).toBeVisible();
  expect(await page.evaluate(() => window.atlas.cy.animated())).toBe(false);
});
