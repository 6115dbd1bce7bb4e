// The live dataset against a real Virtuoso holding the curated graph as this app exports it: connect, search, open,
// expand, read evidence, export what is loaded, reload the address (what was opened opens again), load more of a
// neighbourhood read a few relationships at a time, and lose the server mid-way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Parser } from 'n3';
import { curatedDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { datasetTurtle } from '../../src/lib/data/rdf/write-rdf';
import { findVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/virtuoso';
import { axe, clickNode, collectErrors, REVIEW_SIZES, waitForCameraToSettle, seriousViolations } from './helpers';

const GRAPH = 'urn:synapse-atlas:curated';

const found = findVirtuoso();
// In CI the server must be there (`npm run test:e2e` installs it as root): fail instead of skipping.
if ('missing' in found && process.env.CI) throw new Error(found.missing);

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.skip('missing' in found, `No Virtuoso graph server: ${'missing' in found ? found.missing : ''}`);

let server: VirtuosoServer;
let folder: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  folder = mkdtempSync(join(tmpdir(), 'atlas-live-e2e-'));
  // The curated graph's RDF, written by the exporter from graph-data/ as a data release is.
  const file = join(folder, 'curated.ttl');
  writeFileSync(file, datasetTurtle(curatedDataset(readGraphData('graph-data'))).join(''));
  server = await startVirtuoso();
  await server.load(file, GRAPH);
});

test.afterAll(async () => {
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const loaded = (page: Page) =>
  page.evaluate(() => ({ nodes: window.atlas.graph.order, edges: window.atlas.graph.size }));

async function screenshots(page: Page, name: string, settle: boolean) {
  for (const size of REVIEW_SIZES) {
    await page.setViewportSize(size);
    if (settle) await waitForCameraToSettle(page);
    await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(REVIEW_SIZES[0]);
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

// Runs first: the next test stops the server.
test('loads more of a neighbourhood read a few relationships at a time', async ({ page }) => {
  await page.setViewportSize(REVIEW_SIZES[0]);
  const errors = collectErrors(page);
  const address = new URLSearchParams({
    dataset: 'live',
    endpoint: server.endpoint,
    mapping: 'synapse-atlas',
    graph: GRAPH,
    'page-size': '5',
  });
  await page.goto(`/?${address}`);
  const status = page.getByRole('region', { name: 'Graph server' });
  await expect(status).toContainText('0 nodes and 0 relationships loaded', { timeout: 30_000 });
  // Our own RDF reads each relationship's sources, so the page says they are cited one by one.
  await expect(page.getByRole('banner')).toContainText('its relationships are cited one by one');
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('fluoxetine');
  await page.getByRole('option', { name: /^Fluoxetine/ }).click();
  await expect(status).toContainText(/Showing 5 of (\d+) relationships of “Fluoxetine”\./, { timeout: 20_000 });
  const total = Number(/Showing 5 of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  expect((await loaded(page)).edges).toBe(5);
  const scan = await axe(page).include('[aria-label="Graph server"]').analyze();
  expect(seriousViolations(scan)).toEqual([]);
  await screenshots(page, 'load-more', true);
  for (const size of REVIEW_SIZES) {
    await page.setViewportSize(size);
    await status.screenshot({ path: `/tmp/live-more-status-${size.width}x${size.height}.png` });
    await page.screenshot({ path: `/tmp/live-more-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(REVIEW_SIZES[0]);
  await status.getByRole('button', { name: 'Load more' }).click();
  await expect.poll(async () => (await loaded(page)).edges, { timeout: 20_000 }).toBe(Math.min(10, total));
  if (total > 10) await expect(status).toContainText(`Showing 10 of ${total} relationships of “Fluoxetine”.`);
  else await expect(status.getByRole('button', { name: 'Load more' })).toBeHidden();
  await expect(page).toHaveURL(/page-size=5&open=drug%3Afluoxetine/);
  expect(errors).toEqual([]);
});

test('explores the curated graph on a graph server, a neighbourhood at a time', async ({ page }) => {
  await page.setViewportSize(REVIEW_SIZES[0]);
  const errors = collectErrors(page);
  const response = await page.goto('/');
  // The preview server allows this computer's graph servers by default, in its header and in the page's own policy.
  expect(response?.headers()['content-security-policy']).toMatch(/connect-src 'self'[^;]* http:\/\/127\.0\.0\.1:\*/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();

  // The dialog: plain validation first, then a real connection.
  await page.getByRole('button', { name: 'Connect to a graph server…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to a graph server' });
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Type the address of the SPARQL endpoint');
  await dialog.getByLabel('SPARQL endpoint address').fill('ftp://example.org/sparql');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('must start with https:// or http://');
  await dialog.getByLabel('SPARQL endpoint address').fill(server.endpoint);
  await dialog.getByLabel('Named graph (optional)').fill(GRAPH);
  await expect(dialog.getByLabel('Mapping')).toHaveValue('synapse-atlas');
  const scan = await axe(page).include('dialog').analyze();
  expect(seriousViolations(scan)).toEqual([]);
  await screenshots(page, 'connect-dialog', false);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByRole('region', { name: 'Graph server' });
  await expect(status).toContainText('0 nodes and 0 relationships loaded');
  await expect(page).toHaveURL(/dataset=live&endpoint=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Fsparql&mapping=synapse-atlas/);

  // Search on the server, open fluoxetine's neighbourhood.
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.fill('fluoxetine');
  await page.getByRole('option', { name: /^Fluoxetine/ }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeVisible();
  await expect(page).toHaveURL(/focus=drug%3Afluoxetine/);
  const opened = await loaded(page);
  expect(opened.nodes).toBeGreaterThan(5);

  // Expand twice: clicking a node not expanded yet fetches its neighbours and adds them.
  await clickNode(page, 'transporter:sert');
  await expect.poll(async () => (await loaded(page)).nodes, { timeout: 20_000 }).toBeGreaterThan(opened.nodes);
  // Details follows the relationships that arrived after the node was selected.
  await expect(details.getByRole('heading', { name: 'Serotonin transporter' })).toBeVisible();
  await expect
    .poll(async () => {
      const degree = await page.evaluate(() => window.atlas.graph.degree('transporter:sert'));
      return details.getByRole('heading', { name: `Relationships (${degree})` }).count();
    })
    .toBe(1);
  const once = await loaded(page);
  await clickNode(page, 'drug-class:ssri');
  await expect.poll(async () => (await loaded(page)).edges, { timeout: 20_000 }).toBeGreaterThan(once.edges);
  await expect(status).not.toContainText('…');
  await screenshots(page, 'live-view', true);

  // An edge's evidence: the level and a source, read from the server.
  await page.getByRole('button', { name: 'Go to Fluoxetine' }).first().click();
  await details
    .getByRole('button', { name: /^Fluoxetine .*major depression$/i, pressed: false })
    .first()
    .click();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence).toContainText(/Textbook|Established|Clinical|Preclinical|Hypothesis|Contested/);
  await expect(evidence.getByRole('heading', { name: /Sources \([1-9]/ })).toBeVisible();

  // Export a picture and the RDF of what is loaded.
  const counts = await loaded(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog.getByRole('img', { name: 'Preview of the export' })).toBeVisible({ timeout: 30_000 });
  const png = await download(page, () => exportDialog.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const formats = exportDialog.getByRole('list', { name: 'Data formats' });
  const turtle = await download(page, () => formats.getByRole('button', { name: 'Download Turtle' }).click());
  const triples = new Parser({ format: 'Turtle' }).parse(turtle.bytes.toString('utf8'));
  const statement = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement';
  expect(triples.filter((quad) => quad.object.value === statement)).toHaveLength(counts.edges);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  // The address is the view: reloading reconnects and opens again, in order, every neighbourhood the reader opened.
  const opens = ['drug:fluoxetine', 'transporter:sert', 'drug-class:ssri'];
  await expect(page).toHaveURL(new RegExp(`open=${opens.map(encodeURIComponent).join('%2C')}`));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Graph server' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Fluoxetine' })).toBeVisible({
    timeout: 30_000,
  });
  const reopened = await loaded(page);
  expect(reopened).toEqual(counts);
  await expect(page).toHaveURL(new RegExp(`open=${opens.map(encodeURIComponent).join('%2C')}`));

  // The server goes away: the next expansion says so plainly, and what was loaded stays drawn.
  await server.stop();
  const unopened = await page.evaluate(
    (known) =>
      window.atlas.cy
        .nodes()
        .map((node) => node.id())
        .find((id) => !known.includes(id)) ?? '',
    opens,
  );
  await clickNode(page, unopened);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not reach the graph server' });
  await expect(alert).toBeVisible({ timeout: 40_000 });
  await expect(alert).toContainText(/What (is|was) loaded (stays|is still shown)/);
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('button', { name: 'Expand', exact: true }),
  ).toBeVisible();
  expect(await loaded(page)).toEqual(reopened);
  expect(await page.evaluate(() => window.atlas.cy.nodes().length)).toBe(reopened.nodes);
  await page.screenshot({ path: test.info().outputPath('server-gone.png') });
  // The browser reports the refused connection itself; nothing else went wrong.
  expect(errors.filter((error) => !error.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
});
