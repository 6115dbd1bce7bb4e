// Files that carry script in their labels and text run nothing: a teacher's tour file, a dataset file, an export.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { watchCsp } from './csp-watch';
import { openAtlas, openDatasetId } from './helpers';

const SCRIPT = '<script>window.__pwned = true</script>';
const IMAGE = '<img src=x onerror="window.__pwned = true">';

/** Fails the test on any alert or prompt, and reads the flag a successful injection would set. */
function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  };
}

test('a tour file with script in its title and narration plays as plain text', async ({ page }) => {
  const csp = await watchCsp(page);
  const nothingRan = guard(page);
  await openAtlas(page);
  const toursButton = page.getByRole('button', { name: 'Tours', exact: true });
  test.skip((await toursButton.count()) === 0, 'guided tours are not built yet');
  await toursButton.click();
  await page.getByLabel('Load a tour file').setInputFiles('tests/fixtures/bad/tours/html-and-script.yaml');
  const tour = page.getByRole('region', { name: 'Tour' });
  await expect(tour).toContainText('<b onmouseover=alert(1)>bold</b>');
  await expect(tour).toContainText(
    '<script>window.__pwned = true</script> and <img src=x onerror="window.__pwned=true">',
  );
  await nothingRan();
  expect(await csp.violations()).toEqual([]);
});

test('a tour file that expands to millions of values is refused with a reason, and the page keeps working', async ({
  page,
}) => {
  await openAtlas(page);
  const toursButton = page.getByRole('button', { name: 'Tours', exact: true });
  test.skip((await toursButton.count()) === 0, 'guided tours are not built yet');
  await toursButton.click();
  await page.getByLabel('Load a tour file').setInputFiles('tests/fixtures/bad/tours/alias-bomb.yaml');
  await expect(page.getByRole('alert')).toContainText('"alias-bomb.yaml" could not be used');
  await expect(page.getByRole('alert')).toContainText('Excessive alias count');
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('ketamine');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ketamine' })).toBeVisible();
});

test('a dataset file with script in its labels and description shows them as text, on screen and in an SVG export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const csp = await watchCsp(page);
  const nothingRan = guard(page);
  const dataset = JSON.parse(gunzipSync(readFileSync('public/data/hetionet-depression.json.gz')).toString('utf8')) as {
    meta: { description: string; anchor: string };
    nodes: { ids: string[]; labels: string[] };
  };
  const anchor = dataset.nodes.ids.indexOf(dataset.meta.anchor);
  dataset.nodes.labels[anchor] = `Hostile ${SCRIPT}`;
  dataset.nodes.labels[(anchor + 1) % dataset.nodes.labels.length] = `Sneaky ${IMAGE}`;
  dataset.meta.description = `${IMAGE} A description.`;
  await page.route('**/data/hetionet-depression.json.gz', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: JSON.stringify(dataset) }),
  );
  await page.goto('/?dataset=hetionet-depression');
  await expect.poll(() => openDatasetId(page), { timeout: 60_000 }).toBe('hetionet-depression');

  await page.getByRole('combobox', { name: 'Search the graph' }).fill('Hostile');
  await expect(page.getByRole('option').first()).toContainText(`Hostile ${SCRIPT}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    `Hostile ${SCRIPT}`,
  );
  const about = page.getByRole('region', { name: 'Dataset' });
  await about.getByText('About this dataset').click();
  await expect(about).toContainText(`${IMAGE} A description.`);
  await nothingRan();

  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  if ((await exportButton.count()) > 0) {
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    writeFileSync(test.info().outputPath('export.svg'), svg);
    // Labels are <text> content: no element or event-handler attribute can come from them.
    expect(svg).not.toMatch(/<(script|img|iframe|foreignObject)\b/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(svg).toContain('Hostile &lt;script&gt;');
  }
  await nothingRan();
  expect(await csp.violations()).toEqual([]);
});
