// Finding, filtering, focusing and following: search by keyboard, filters, neighbourhoods, layouts and hover cards.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openAtlas, waitForCameraToSettle } from './helpers';

const visibleNodeIds = (page: Page) => page.evaluate(() => window.atlas.cy.nodes().map((node) => node.id()));

test.describe('search', () => {
  test('finds a drug by its brand name using only the keyboard', async ({ page }) => {
    const errors = collectErrors(page);
    await openAtlas(page);
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await expect(search).toBeFocused();
    await page.keyboard.type('prozac');
    const options = page.getByRole('listbox', { name: /Search the graph/ }).getByRole('option');
    await expect(options.first()).toContainText('Fluoxetine');
    await expect(options.first()).toContainText('Prozac');
    await expect(options.first()).toContainText('Drug');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/focus=drug%3Afluoxetine/);
    expect(errors).toEqual([]);
  });

  for (const [query, expected] of [
    ['cymbalta', 'Duloxetine'],
    ['SERT', 'Serotonin transporter'],
    ['fluoxetin', 'Fluoxetine'],
  ] as const) {
    test(`"${query}" puts ${expected} first`, async ({ page }) => {
      await openAtlas(page);
      await page.getByRole('combobox', { name: 'Search the graph' }).fill(query);
      await expect(page.getByRole('option').first()).toContainText(expected);
    });
  }

  test('arrows move through results and Escape closes them', async ({ page }) => {
    await openAtlas(page);
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.fill('glutamate');
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
  });

  test('says so helpfully when nothing matches', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('combobox', { name: 'Search the graph' }).fill('qqqzzzxx');
    await expect(page.getByText(/Nothing matches “qqqzzzxx”/)).toBeVisible();
  });
});

test.describe('filters and legend', () => {
  test('a legend kind toggles its nodes and says how many it hides', async ({ page }) => {
    await openAtlas(page, '/?layout=force');
    const legend = page.getByRole('region', { name: 'Legend' });
    const symptoms = legend.getByRole('button', { name: /Symptom/ });
    await expect(symptoms).toHaveAttribute('aria-pressed', 'true');
    const before = (await visibleNodeIds(page)).length;
    await symptoms.click();
    await expect(symptoms).toHaveAttribute('aria-pressed', 'false');
    await expect(symptoms).toContainText('hidden');
    const after = await visibleNodeIds(page);
    expect(after.some((id) => id.startsWith('symptom:'))).toBe(false);
    expect(after.length).toBeLessThan(before);
    await expect(page).toHaveURL(/kinds=/);
    await expect(page.getByRole('group', { name: 'Filters' })).toContainText(
      /Kinds switched off in the legend hide \d+ node/,
    );
  });

  test('a minimum evidence level hides weaker links and says how many nodes it leaves out', async ({ page }) => {
    await openAtlas(page);
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('Evidence at least').selectOption({ label: 'Established' });
    await expect(filters).toContainText(/Hides \d+ nodes? left with no firm enough link/);
    const weakEdgesShown = await page.evaluate(
      () =>
        window.atlas.cy.edges().filter((edge) => !['textbook', 'established'].includes(edge.data('evidence'))).length,
    );
    expect(weakEdgesShown).toBe(0);
    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page).not.toHaveURL(/evidence=/);
  });
});

test.describe('focus and expand', () => {
  test('shows a neighbourhood, expands a neighbour, collapses it, hides a node and shows everything again', async ({
    page,
  }) => {
    // Fluoxetine selected on the whole map.
    await openAtlas(page, '/?focus=drug:fluoxetine&layout=force');
    const details = page.getByRole('region', { name: 'Details' });
    // The whole map arrives in slices after the canvas is ready: counted once it is all there.
    await waitForCameraToSettle(page);
    const total = (await visibleNodeIds(page)).length;

    await details.getByLabel('Neighbourhood to show').selectOption({ label: '1 step around it' });
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeLessThan(total);
    const oneStep = await visibleNodeIds(page);
    expect(oneStep).toContain('transporter:sert');

    await details.getByRole('button', { name: /Go to Serotonin transporter/ }).click();
    await details.getByRole('button', { name: 'Expand its neighbours' }).click();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(oneStep.length);
    await details.getByRole('button', { name: 'Collapse its neighbours' }).click();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(oneStep.length);

    await details.getByRole('button', { name: 'Hide this node' }).click();
    await expect.poll(async () => (await visibleNodeIds(page)).includes('transporter:sert')).toBe(false);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(total);
  });
});

test.describe('layouts', () => {
  test('lanes put drugs left of their targets and conditions; concentric puts the focus in the middle', async ({
    page,
  }) => {
    await openAtlas(page, '/?focus=drug:fluoxetine');
    await page.getByLabel('Layout').selectOption('lanes');
    await expect(page).toHaveURL(/layout=lanes/);
    await waitForCameraToSettle(page);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const x = (id: string) => window.atlas.cy.$id(id).position().x;
          return (
            x('drug:fluoxetine') < x('transporter:sert') && x('transporter:sert') < x('condition:major-depression')
          );
        }),
      )
      .toBe(true);
    await page.screenshot({ path: test.info().outputPath('lanes.png') });

    await page.getByLabel('Layout').selectOption('concentric');
    await expect
      .poll(() => page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position()))
      .toEqual({ x: 0, y: 0 });
  });

  test('a dragged node stays where it was put until released', async ({ page }) => {
    await openAtlas(page, '/?focus=drug:fluoxetine');
    await waitForCameraToSettle(page);
    const box = await page.locator('[data-ready="true"]').boundingBox();
    const start = await page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').renderedPosition());
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    await page.mouse.move(box.x + start.x + 60, box.y + start.y + 40, { steps: 8 });
    await page.mouse.up();
    const release = page.getByRole('button', { name: /Release 1 pinned node/ });
    await expect(release).toBeVisible();
    const dropped = await page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position());
    await page.getByLabel('Layout').selectOption('lanes');
    await page.getByLabel('Layout').selectOption('force');
    await waitForCameraToSettle(page);
    await expect.poll(() => page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position())).toEqual(dropped);
    await release.click();
    await expect(release).toBeHidden();
  });
});

test('hovering a node shows its name, kind and first sentence', async ({ page }) => {
  await openAtlas(page, '/?layout=force');
  await waitForCameraToSettle(page);
  const box = await page.locator('[data-ready="true"]').boundingBox();
  const point = await page.evaluate(() => window.atlas.cy.$id('drug:riluzole').renderedPosition());
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + point.x, box.y + point.y);
  const card = page.locator('.hover-card');
  await expect(card).toContainText('Riluzole');
  await expect(card).toContainText('Drug');
});
