// A new reader's first minutes: the graph appears, a click explains a node, another shows the evidence.
import { expect, test } from '@playwright/test';
import { clickEdge, clickEmptyBackground, clickNode, collectErrors, openAtlas } from './helpers';

test('the app opens on an overview of its topics with a legend, the disclaimer and no console errors', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAtlas(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Synapse Atlas' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Neurotransmitter');
  await expect(page.getByText('Is this an emergency?')).toBeVisible();
  await expect(
    page.getByText('If you are experiencing serious medical symptoms, seek emergency treatment immediately.'),
  ).toBeVisible();

  const counts = await page.evaluate(() => ({
    nodes: window.atlas.graph.order,
    groups: window.atlas.cy.nodes('[decoration = "group"]').map((group) => String(group.data('label'))),
    landmarks: window.atlas.cy.nodes('[?landmark]').length,
    version: window.atlas.version,
  }));
  expect(counts.nodes).toBeGreaterThan(50);
  expect(counts.groups).toContain('Glutamate system');
  expect(counts.groups.length).toBeGreaterThanOrEqual(10);
  expect(counts.landmarks).toBeGreaterThanOrEqual(12);
  expect(counts.version).toMatch(/^\d+\.\d+\.\d+/);
  // Every topic is one click (or Enter) away, and so is the whole graph.
  const topics = page.getByRole('region', { name: 'Details' });
  await topics.getByRole('button', { name: /^Glutamate system/ }).click();
  await expect(page).toHaveURL(/group=glutamate/);
  await expect(page.getByRole('navigation', { name: 'Where you are' })).toContainText('Glutamate system');
  await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Overview' }).click();
  await expect(page).not.toHaveURL(/group=/);

  await page.screenshot({ path: test.info().outputPath('start.png') });
  expect(errors).toEqual([]);
});

test('window.atlas cannot be replaced or changed', async ({ page }) => {
  await openAtlas(page);
  const result = await page.evaluate(() => {
    const before = window.atlas;
    try {
      (window as unknown as { atlas: unknown }).atlas = null;
    } catch {
      // Assigning to a read-only property throws in strict code; either way nothing may change.
    }
    try {
      (window.atlas as unknown as { version: string }).version = 'changed';
    } catch {
      // A frozen object refuses the write; the check below is what matters.
    }
    return { same: window.atlas === before, changed: window.atlas.version === 'changed' };
  });
  expect(result).toEqual({ same: true, changed: false });
});

test('clicking fluoxetine on the canvas shows that it inhibits the serotonin transporter', async ({ page }) => {
  await openAtlas(page, '/?layout=force');
  await clickNode(page, 'drug:fluoxetine');

  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Fluoxetine inhibits the serotonin transporter' })).toBeVisible();
  await expect(page).toHaveURL(/focus=drug%3Afluoxetine/);
});

test('clicking the riluzole → glutamate uptake edge shows the 2004 American Journal of Psychiatry trial', async ({
  page,
}) => {
  await openAtlas(page, '/?focus=drug:riluzole');
  await clickEdge(page, 'drug:riluzole|increases|mechanism:glutamate-uptake');

  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText('Riluzole may increase glutamate uptake');
  await expect(evidence).toContainText('Animal or lab studies');
  await expect(evidence).toContainText(
    'An open-label trial of riluzole in patients with treatment-resistant major depression',
  );
  await expect(evidence).toContainText('American Journal of Psychiatry');
  await expect(evidence).toContainText('2004');
  await expect(evidence.getByRole('link', { name: /DOI/ })).toHaveAttribute('href', /^https:\/\/doi\.org\//);
  await expect(evidence.getByRole('button', { name: 'Copy citation' })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('evidence.png') });
});

test('a relationship sentence opens its evidence, and "Go to" moves along it', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:duloxetine');
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Duloxetine inhibits the norepinephrine transporter' }).click();
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Textbook');

  await details.getByRole('button', { name: /Go to Norepinephrine transporter/ }).click();
  await expect(details.getByRole('heading', { name: 'Norepinephrine transporter' })).toBeVisible();
  await expect(page).toHaveURL(/focus=transporter%3Anet/);
});

test('copying a citation puts the formatted reference on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page, '/?focus=drug:riluzole');
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Riluzole may help treat treatment-resistant depression' }).click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText('19');
  // The edge is contested and cites both trials; copy the open-label one.
  const zarate = evidence.getByRole('listitem').filter({ hasText: 'open-label trial of riluzole' });
  await zarate.getByRole('button', { name: 'Copy citation' }).click();
  await expect(evidence.getByText('Citation copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Zarate CA Jr');
  expect(copied).toContain('doi:10.1176/appi.ajp.161.1.171');
});

test('clicking the empty background clears the selection', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' }),
  ).toBeVisible();
  await clickEmptyBackground(page);
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Explore the atlas' }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(/focus=/);
});
