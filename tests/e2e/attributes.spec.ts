// A GraphML file with typed attributes: its attributes in Details and in the data table, nodes coloured by one of them
// (with a legend), undirected edges without arrow heads, then exported and imported again with nothing lost.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { collectErrors, openAtlas, openDatasetId } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPED = resolve(ROOT, 'tests/fixtures/graphs/typed-attributes.graphml');

test('typed attributes are read, shown, used for colour, and survive an export and a new import', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openAtlas(page);
  await page.getByLabel('Graph file to import').setInputFiles(TYPED);
  await expect.poll(() => openDatasetId(page)).toBe('import-typed-attributes');
  expect(await page.evaluate(() => [window.atlas.graph.order, window.atlas.graph.size])).toEqual([6, 6]);

  // The honest header: an imported file's links are not cited.
  await expect(page.getByRole('banner')).toContainText('not cited one by one');

  // Details: the node's own attributes with their types, and no invented description.
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('Alpha');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Alpha' })).toBeVisible();
  await expect(details).toContainText('There is no description of this node');
  const attributes = details.getByRole('table', { name: 'Attributes' });
  await expect(attributes.getByRole('row', { name: /community 3 whole number/ })).toBeVisible();
  await expect(attributes.getByRole('row', { name: /approved true yes or no/ })).toBeVisible();
  await expect(attributes.getByRole('row', { name: /code 007 text/ })).toBeVisible();

  // Undirected edges have no arrow head; the one directed edge keeps its own.
  const arrows = await page.evaluate(() =>
    ['e1', 'e3'].map((id) => String(window.atlas.cy.getElementById(id).style('target-arrow-shape'))),
  );
  expect(arrows[0]).toBe('none');
  expect(arrows[1]).not.toBe('none');

  // The data table: every node with its attributes, sorted by one, and a row selects the node.
  await page.getByRole('button', { name: 'Data table' }).click();
  const table = page.getByRole('region', { name: 'Data table' });
  const grid = table.getByRole('grid', { name: 'Nodes' });
  await expect(grid.getByRole('columnheader', { name: /community/ })).toBeVisible();
  await grid
    .getByRole('columnheader', { name: /community/ })
    .getByRole('button')
    .click();
  await grid
    .getByRole('columnheader', { name: /community/ })
    .getByRole('button')
    .click();
  await expect(grid.getByRole('columnheader', { name: /community/ })).toHaveAttribute('aria-sort', 'descending');
  const firstRow = grid.getByRole('row').nth(1);
  await expect(firstRow).toContainText('Alpha');
  await table.getByRole('searchbox', { name: 'Search the table' }).fill('Proto');
  await expect(table.getByRole('status')).toHaveText('1 of 6 rows');
  await grid.getByRole('row', { name: /Proto/ }).click();
  await expect(details.getByRole('heading', { name: 'Proto' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('data-table.png') });

  // Colour by an attribute: a colour-blind-safe colour and a shape per value, and a legend that says which.
  await page
    .getByRole('group', { name: 'Appearance' })
    .getByLabel('Colour nodes by')
    .selectOption({ label: 'community' });
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Colour and shape: community');
  const looks = await page.evaluate(() =>
    ['n1', 'toString', 'constructor'].map((id) => {
      const node = window.atlas.cy.getElementById(id);
      return `${String(node.style('background-color'))} ${String(node.style('shape'))}`;
    }),
  );
  expect(new Set(looks).size).toBe(3);

  // Export GraphML, import it again: the same nodes, edges, directions and typed values.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('list', { name: 'Data formats' })).toContainText('Cytoscape JSON keeps everything');
  await expect(dialog.getByRole('list', { name: 'Data formats' })).toContainText('Lossy: leaves out');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download GraphML' }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('attr.name="community" attr.type="int"');
  expect(text).toContain('<key id="n');
  await page.keyboard.press('Escape');

  await page
    .getByLabel('Graph file to import')
    .setInputFiles({ name: 'round-trip.graphml', mimeType: 'application/xml', buffer: Buffer.from(text) });
  await expect.poll(() => openDatasetId(page)).toBe('import-round-trip');
  const again = await page.evaluate(() => {
    const graph = window.atlas.graph;
    return {
      nodes: graph.nodes().sort(),
      undirected: graph.filterEdges((edge) => graph.isUndirected(edge)).sort(),
      community: graph.getNodeAttribute('n1', 'data')?.community,
      approved: graph.getNodeAttribute('n2', 'data')?.approved,
      code: graph.getNodeAttribute('n1', 'data')?.code,
      weight: graph.getEdgeAttribute('e1', 'data')?.weight,
    };
  });
  expect(again).toEqual({
    nodes: ['__proto__', 'constructor', 'hasOwnProperty', 'n1', 'n2', 'toString'],
    undirected: ['e1', 'e2', 'e4', 'e5', 'e6'],
    community: 3,
    approved: false,
    code: '007',
    weight: 2.5,
  });
  expect(errors).toEqual([]);
});
