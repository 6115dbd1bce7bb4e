// A 768 px tablet and 200% browser zoom (a 1280 px window seen as 640 CSS px): everything reachable, nothing cut off.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers';

/** Elements wider than the page, which would force sideways scrolling. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (element.closest('[data-ready], .table-wrap')) continue; // the canvas and scrollable tables manage their own
      if (box.right > width + 1 || box.left < -1)
        wide.push(
          `${element.tagName.toLowerCase()}.${element.className} (${Math.round(box.left)}–${Math.round(box.right)})`,
        );
    }
    return wide.slice(0, 10);
  });
}

for (const { name, viewport, scale } of [
  { name: 'a 768 × 1024 tablet', viewport: { width: 768, height: 1024 }, scale: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 360 }, scale: 2 },
]) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor: scale });

    test('the tools, the graph, the panels and the outline fit the width and can be reached', async ({ page }) => {
      await openAtlas(page, '/?focus=drug:fluoxetine');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('top.png') });

      const search = page.getByRole('combobox', { name: 'Search the graph' });
      await expect(search).toBeInViewport();
      await search.fill('ketamine');
      await expect(page.getByRole('option').first()).toBeInViewport();
      await page.keyboard.press('Escape');

      const details = page.getByRole('region', { name: 'Details' });
      await details.getByRole('heading', { name: 'Fluoxetine' }).scrollIntoViewIfNeeded();
      await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeInViewport();
      await page.screenshot({ path: test.info().outputPath('details.png') });

      const tree = page.getByRole('tree', { name: 'Graph outline' });
      await tree.scrollIntoViewIfNeeded();
      await expect(tree.getByRole('treeitem', { name: 'Fluoxetine', exact: true })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('outline.png') });
      expect(await overflowing(page)).toEqual([]);
    });

    test('the path finder and the comparison fit the width', async ({ page }) => {
      await openAtlas(page, '/?from=drug:fluoxetine&to=condition:major-depression');
      const steps = page.getByRole('list', { name: 'Path explained step by step' });
      await steps.scrollIntoViewIfNeeded();
      await expect(steps).toBeInViewport();
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('path.png') });

      await openAtlas(page, '/?compare=drug:fluoxetine,drug:ketamine');
      const compare = page.getByRole('region', { name: 'Compare drugs' });
      await compare.scrollIntoViewIfNeeded();
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('compare.png') });
    });
  });
}
