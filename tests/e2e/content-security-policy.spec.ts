// The Content-Security-Policy is sent and kept: no inline or eval'd script, and every view runs without a violation.
import { expect, test } from '@playwright/test';
import { watchCsp } from './csp-watch';
import { openAtlas, waitForCameraToSettle } from './helpers';

test('the server sends a strict policy and the page carries it too, with no inline script', async ({ request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  const scriptSources = /(?:^|;\s*)script-src ([^;]*)/.exec(header)?.[1] ?? '';
  expect(scriptSources).toBe("'self'");
  expect(header).toContain("object-src 'none'");
  // Course pages may embed a view (tests/e2e/embed.spec.ts); only https pages and this computer's own.
  expect(header).toContain("frame-ancestors 'self' https: http://localhost:* http://127.0.0.1:*");
  expect(response.headers()['x-frame-options']).toBeUndefined();
  expect(header).not.toMatch(/unsafe-eval/);

  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self';/);
  const inlineScripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [];
  expect(inlineScripts).toEqual([]);
});

test.describe('no violation', () => {
  let csp: Awaited<ReturnType<typeof watchCsp>>;
  test.beforeEach(async ({ page }) => {
    csp = await watchCsp(page);
  });
  test.afterEach(async () => {
    expect(await csp.violations()).toEqual([]);
  });

  test('start view, hover card, search and details', async ({ page }) => {
    await openAtlas(page);
    await waitForCameraToSettle(page);
    const box = await page.locator('[data-ready="true"]').boundingBox();
    // The first screen names a few landmarks of each topic: hover one of them.
    const landmark = await page.evaluate(() => {
      const node = window.atlas.cy.nodes('[?landmark]').first();
      return { point: node.renderedPosition(), label: String(node.data('label')) };
    });
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + landmark.point.x, box.y + landmark.point.y);
    await expect(page.locator('.hover-card')).toContainText(landmark.label);

    await page.getByRole('combobox', { name: 'Search the graph' }).fill('prozac');
    await expect(page.getByRole('option').first()).toContainText('Fluoxetine');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
    ).toBeVisible();
  });

  test('evidence, neighbourhood, filters, legend and layouts', async ({ page }) => {
    await openAtlas(page, '/?focus=drug:fluoxetine');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Fluoxetine inhibits the serotonin transporter' }).click();
    await expect(page.getByRole('region', { name: 'Evidence' })).toBeVisible();
    await details.getByLabel('Neighbourhood to show').selectOption({ label: '1 step around it' });
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Evidence at least').selectOption('established');
    await page
      .getByRole('region', { name: 'Legend' })
      .getByRole('button', { name: /Symptom/ })
      .click();
    await page.getByLabel('Layout').selectOption('lanes');
    await page.getByLabel('Layout').selectOption('concentric');
    await waitForCameraToSettle(page);
  });

  test('path finder with a path', async ({ page }) => {
    await openAtlas(page, '/?from=drug:fluoxetine&to=condition:major-depression');
    await expect(page.getByRole('list', { name: 'Path explained step by step' })).toBeVisible();
  });

  test('comparison', async ({ page }) => {
    await openAtlas(page, '/?compare=drug:fluoxetine,drug:ketamine');
    await expect(page.getByRole('region', { name: 'Compare drugs' }).getByRole('table')).toBeVisible();
  });

  test('the export dialog: preview, PNG, SVG and PDF', async ({ page }) => {
    test.setTimeout(90_000);
    await openAtlas(page, '/?focus=drug:fluoxetine');
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    test.skip((await exportButton.count()) === 0, 'the Export button is not on the page yet');
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('img', { name: 'Preview of the export' })).toBeVisible({ timeout: 15_000 });
    for (const format of ['PNG', 'SVG', 'PDF']) {
      await dialog.getByRole('radio', { name: format, exact: true }).check();
      const button = dialog.getByRole('button', { name: `Download ${format}` });
      await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    }
  });
});
