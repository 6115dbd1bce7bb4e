// Classrooms have poor networks: after one visit the app opens, explores and finds paths with no network at all.
import { expect, test } from '@playwright/test';
import { openAtlas, openDatasetId } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app works offline: reload, search, details, a path and the export dialog', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await openAtlas(page, '/');
  // The service worker installs, precaches the app and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('prozac');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
  ).toBeVisible();

  await page.goto('/?from=drug:fluoxetine&to=condition:major-depression');
  await expect(page.getByRole('list', { name: 'Path explained step by step' })).toBeVisible();

  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  if ((await exportButton.count()) > 0) {
    await exportButton.click();
    await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('img').first()).toBeVisible({
      timeout: 20_000,
    });
  }
  await context.setOffline(false);
});

test('a dataset opened once is kept for offline use', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openAtlas(page, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
  await page.goto('/?dataset=hetionet-depression');
  await expect.poll(() => openDatasetId(page), { timeout: 45_000 }).toBe('hetionet-depression');

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await page.goto('/?dataset=hetionet-depression');
  await expect.poll(() => openDatasetId(page), { timeout: 45_000 }).toBe('hetionet-depression');
  await context.setOffline(false);
});

test('the built page links a web app manifest, and the app registers the service worker once its graph is drawn', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  // No inline script: every script is a file (the content security policy allows no other).
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { name: string; display: string };
  expect(manifest).toMatchObject({ name: 'Synapse Atlas', display: 'standalone' });
  expect((await request.get('/sw.js')).ok()).toBe(true);

  await openAtlas(page, '/');
  const registered = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const drawn = performance.getEntriesByName('atlas:dataset-ready').length > 0;
    return { script: registration.active?.scriptURL ?? '', drawn };
  });
  expect(registered.script).toMatch(/\/sw\.js$/);
  expect(registered.drawn).toBe(true);
});
