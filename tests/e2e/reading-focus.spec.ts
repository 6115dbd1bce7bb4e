// Focus and scroll follow the reader: skip links first, an opened panel or a node gone to takes focus and comes into
// view (on a tablet under the graph), a tour's first step takes focus, and nothing in the dataset panel is cut off.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAtlas } from './helpers';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Tab presses from where focus is until `target` has it. */
async function tabsTo(page: Page, target: Locator, limit = 120): Promise<number> {
  for (let presses = 0; presses < limit; presses++) {
    if (await hasFocus(target)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} within ${limit} presses`);
}

/** Whether `locator` is inside the viewport and not under the graph kept at the top of a tablet's screen. */
async function readable(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const stage = document.getElementById('atlas-graph')?.getBoundingClientRect();
    const sticky = stage && getComputedStyle(document.getElementById('atlas-graph')!).position === 'sticky';
    const top = sticky ? stage.bottom : 0;
    return box.top >= top - 1 && box.bottom <= window.innerHeight + 1;
  });
}

test('skip links are the first stops and take the reader to the graph and to Details', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:ketamine');
  await page.keyboard.press('Tab');
  const toGraph = page.getByRole('link', { name: 'Skip to the graph' });
  await expect(toGraph).toBeFocused();
  await expect(toGraph).toBeInViewport();
  await page.keyboard.press('Tab');
  const toDetails = page.getByRole('link', { name: 'Skip to Details' });
  await expect(toDetails).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { name: 'Ketamine', level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/focus=drug%3Aketamine$/);

  await openAtlas(page, '/?focus=drug:ketamine');
  await page.keyboard.press('Tab');
  await expect(toGraph).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Graph' })).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is one of the graph's own controls (zoom, Export).
  expect(await page.evaluate(() => document.activeElement?.closest('#atlas-graph') != null)).toBe(true);
});

test('opening Tours puts focus on its heading, and the fourth tour starts in a few presses', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Tours' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Guided tours' })).toBeFocused();
  const fourthStart = page.getByRole('button', { name: /^Start the tour/ }).nth(3);
  // Close, then Start, Quiz and PowerPoint for each tour before it.
  expect(await tabsTo(page, fourthStart)).toBeLessThanOrEqual(11);
  await expect(fourthStart).toBeInViewport();

  await page.keyboard.press('Enter');
  const tour = page.getByRole('region', { name: 'Tour' });
  const stepHeading = tour.getByRole('heading', { level: 3 }).first();
  await expect(stepHeading).toBeFocused();
  await expect(stepHeading).toBeInViewport();

  await tour.getByRole('button', { name: 'Leave tour' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
});

test('"Go to" in Details moves focus to the node gone to; closing Evidence gives it back to Details', async ({
  page,
}) => {
  await openAtlas(page, '/?focus=drug:duloxetine');
  await details(page).getByRole('button', { name: 'Duloxetine inhibits the norepinephrine transporter' }).click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByRole('heading', { name: 'Evidence' })).toBeFocused();
  await evidence.getByRole('button', { name: 'Close evidence' }).click();
  await expect(details(page).getByRole('heading', { name: 'Duloxetine', level: 2 })).toBeFocused();

  const goTo = details(page).getByRole('button', { name: /Go to Norepinephrine transporter/ });
  await goTo.scrollIntoViewIfNeeded();
  await goTo.press('Enter');
  const heading = details(page).getByRole('heading', { name: 'Norepinephrine transporter', level: 2 });
  await expect(heading).toBeFocused();
  await expect.poll(() => readable(page, heading)).toBe(true);
  await expect(page).toHaveURL(/focus=transporter%3Anet/);
});

test.describe('a 768 × 1024 tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('after "Go to" far down the page, the graph and the new heading are both in view', async ({ page }) => {
    await openAtlas(page, '/?focus=drug:ketamine');
    const goTo = details(page)
      .getByRole('button', { name: /^Go to / })
      .last();
    await goTo.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    const name =
      (await goTo.textContent())
        ?.replace(/^\s*Go to\s*/, '')
        .replace(/→/, '')
        .trim() ?? '';
    await goTo.tap();
    const heading = details(page).getByRole('heading', { name, level: 2, exact: true });
    await expect(heading).toBeFocused();
    await expect.poll(() => readable(page, heading)).toBe(true);
    await expect(page.getByRole('region', { name: 'Graph' })).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath('tablet-go-to.png') });
  });
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  test(`"About this dataset" fits its column at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openAtlas(page);
    const toggle = page.getByRole('button', { name: 'Filters and legend' });
    if (await toggle.isVisible()) await toggle.click();
    const panel = page.getByRole('region', { name: 'Dataset' });
    await panel.getByText('About this dataset').click();
    const cutOff = await panel.evaluate((section) => {
      const edge = section.getBoundingClientRect().right;
      return [...section.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > edge + 1)
        .map((element) => `${element.tagName.toLowerCase()} “${element.textContent?.slice(0, 30) ?? ''}”`);
    });
    expect(cutOff).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('about.png') });
  });
}
