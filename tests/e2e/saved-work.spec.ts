// Work survives a reload: the last view is offered again, pinned nodes stay put, broken storage resets with a notice.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, readStorage, waitForCameraToSettle } from './helpers';

async function dragNode(page: Page, id: string, by: { x: number; y: number }) {
  await waitForCameraToSettle(page);
  const box = await page.locator('[data-ready="true"]').boundingBox();
  const start = await page.evaluate((node) => window.atlas.cy.$id(node).renderedPosition(), id);
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + start.x, box.y + start.y);
  await page.mouse.down();
  await page.mouse.move(box.x + start.x + by.x, box.y + start.y + by.y, { steps: 8 });
  await page.mouse.up();
}

/** Writes `value` straight into the app's IndexedDB store, as a broken or tampered browser profile might. */
async function writeStorage(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ([storeKey, stored]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('synapse-atlas');
        request.onerror = () => reject(new Error('could not open the database'));
        request.onsuccess = () => {
          const transaction = request.result.transaction('saved-work', 'readwrite');
          transaction.objectStore('saved-work').put(stored, storeKey);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    [key, value] as const,
  );
}

test('after a reload the last view is offered again, and pinned nodes are where they were left', async ({ page }) => {
  // Two loads of the app and a drag: about 20 s on a quiet 2-core machine, over 30 s on a busy one.
  test.setTimeout(60_000);
  await openAtlas(page, '/?focus=drug:fluoxetine&evidence=clinical');
  await dragNode(page, 'drug:fluoxetine', { x: 60, y: 40 });
  await expect(page.getByRole('button', { name: /Release 1 pinned node/ })).toBeVisible();
  const pinned = await page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position());
  await page.waitForTimeout(1000);

  await openAtlas(page, '/');
  const offer = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(offer).toContainText('Last time you were looking at Fluoxetine.');
  await offer.getByRole('button', { name: 'Reopen last view' }).click();
  await expect(page).toHaveURL(/focus=drug%3Afluoxetine&evidence=clinical/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Release 1 pinned node/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position())).toEqual(pinned);
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0);
});

test('"Don\'t offer again" is remembered, and a link with a view never shows the offer', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:ketamine');
  await page.waitForTimeout(1000);
  await openAtlas(page, '/?focus=drug:riluzole');
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0);
  await page.waitForTimeout(1000);
  await openAtlas(page, '/');
  const offer = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(offer).toContainText('Riluzole');
  await offer.getByRole('button', { name: "Don't offer again" }).click();
  await expect(offer).toHaveCount(0);
  await page.waitForTimeout(500);
  await openAtlas(page, '/');
  await expect(page.getByRole('heading', { name: 'Explore the atlas' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0);
});

test('storage that cannot be read is reset with a notice, never a blank page', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await page.waitForTimeout(1000);
  await writeStorage(page, 'pins', { version: 1, data: { not: 'pins' } });
  await writeStorage(page, 'last-views', 'garbage');
  await writeStorage(page, 'preferences', { version: 7, data: { offerLastView: true } });
  await openAtlas(page, '/');
  const notices = page.getByRole('status');
  await expect(notices).toContainText('Your pinned nodes could not be read back from this browser');
  await expect(notices).toContainText('Your last view could not be read back from this browser');
  await expect(notices).toContainText('Your preferences could not be read back from this browser');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Explore the atlas' }),
  ).toBeVisible();
  // Not a blank page: the first screen: the topics as boxes, each with its landmarks (three notices take some of
  // the height, so a label may give way; the legibility checks measure the labels at full height).
  await waitForCameraToSettle(page);
  const drawn = await page.evaluate(() => ({
    groups: window.atlas.cy.nodes('[decoration = "group"]').length,
    landmarks: window.atlas.cy.nodes('[?landmark]').filter((node) => node.isChild()).length,
  }));
  expect(drawn.groups).toBeGreaterThanOrEqual(10);
  expect(drawn.landmarks).toBeGreaterThanOrEqual(drawn.groups);

  await openAtlas(page, '/');
  await expect(page.getByRole('status')).not.toContainText('could not be read back');
});

test('a new layout is kept for its dataset and is there again after a reload', async ({ page }) => {
  test.setTimeout(60_000);
  await openAtlas(page, '/?layout=force');
  // The whole graph arrives a slice per frame after the canvas is ready: its position is read once it is drawn.
  const position = async () => {
    await page.waitForFunction(() => window.atlas?.cy.$id('drug:fluoxetine').nonempty());
    return page.evaluate(() => window.atlas.cy.$id('drug:fluoxetine').position());
  };
  const original = await position();
  await page.getByRole('button', { name: 'Lay out again' }).click();
  const progress = page.getByRole('status', { name: 'Layout' });
  await expect(progress).toBeVisible();
  await expect(progress).toBeHidden({ timeout: 30_000 });
  await waitForCameraToSettle(page);
  const relaid = await position();
  expect(relaid).not.toEqual(original);
  // Saving waits a moment after the last change (longer on a busy machine): reload once the new layout is kept.
  await expect
    .poll(
      async () => {
        const kept = (await readStorage(page, 'layout:curated')) as { data?: [string, number, number][] } | undefined;
        const row = kept?.data?.find(([node]) => node === 'drug:fluoxetine');
        return row ? Math.hypot(row[1] - relaid.x, row[2] - relaid.y) : Number.POSITIVE_INFINITY;
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(1);

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect
    .poll(async () => {
      const now = await position();
      return Math.hypot(now.x - relaid.x, now.y - relaid.y);
    })
    .toBeLessThan(1);
});
