// Importing graph files: by file picker or drag-and-drop, into a new dataset next to the curated one; problems
// reported by row with "Import the rest"; a file that cannot be read changes nothing; hostile text stays text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openAtlas, openDatasetId, readStorage } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BAD = resolve(ROOT, 'tests/fixtures/bad');
const SAMPLES = resolve(ROOT, '../shared/data/samples');

const graphSize = (page: Page) =>
  page.evaluate(() => ({ nodes: window.atlas.graph.order, edges: window.atlas.graph.size }));
const datasetOptions = (page: Page) =>
  page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').locator('option').allTextContents();

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

test('a file with edges to missing nodes lists them by line and imports the rest as a new dataset', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const curated = await graphSize(page);
  await page.getByLabel('Graph file to import').setInputFiles(resolve(BAD, 'graphml/edges-to-missing-nodes.graphml'));

  const dialog = page.getByRole('dialog', { name: /Import “edges-to-missing-nodes.graphml”/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    'GraphML with 3 nodes and 2 relationships that can be imported; 2 relationships cannot',
  );
  const problems = dialog.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText('line 9 (edge "e3"): the edge points to "ghost"');
  await page.screenshot({ path: test.info().outputPath('import-problems.png') });
  // Nothing changes until the reader agrees.
  expect(await openDatasetId(page)).toBe('curated');

  await dialog.getByRole('button', { name: 'Import the rest' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => openDatasetId(page)).toBe('import-edges-to-missing-nodes');
  await expect(page).toHaveURL(/dataset=import-edges-to-missing-nodes/);
  expect(await graphSize(page)).toEqual({ nodes: 3, edges: 2 });
  await expect(page.getByRole('status').filter({ hasText: 'Imported “edges-to-missing-nodes.graphml”' })).toBeVisible();
  expect(await datasetOptions(page)).toContain('Imported: edges-to-missing-nodes');

  // The curated graph is still there, untouched.
  await page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').selectOption('curated');
  await expect.poll(() => openDatasetId(page)).toBe('curated');
  expect(await graphSize(page)).toEqual(curated);
  expect(errors).toEqual([]);
});

test('a file that cannot be read is explained and leaves every open dataset as it was', async ({ page }) => {
  await openAtlas(page);
  const before = await datasetOptions(page);
  await page.getByLabel('Graph file to import').setInputFiles(resolve(BAD, 'gexf/truncated.gexf'));
  const dialog = page.getByRole('dialog', { name: /Import “truncated.gexf”/ });
  await expect(dialog.getByRole('alert')).toContainText('Nothing could be imported from this file');
  await expect(dialog.getByRole('list', { name: 'Problems in the file' })).toContainText(
    /line \d+, column \d+: this is not well-formed XML/,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await openDatasetId(page)).toBe('curated');
  expect(await datasetOptions(page)).toEqual(before);

  await dropFile(page, 'notes.docx', 'PK\u0003\u0004 not a graph');
  await expect(page.getByRole('dialog', { name: /Import “notes.docx”/ })).toContainText('not a graph file we can read');
});

test('a dropped file opens as a dataset whose own kinds get their own shapes and colours', async ({ page }) => {
  await openAtlas(page);
  const nodes = [
    'id,label,kind',
    'p1,Serotonin signalling,Biological process',
    'p2,Glutamate signalling,Biological process',
    's1,Nausea,Side effect',
    'd1,Fluoxetine,Compound',
  ].join('\n');
  const edges = ['source,target,relation', 'd1,p1,activates', 'd1,s1,causes', 'p2,p1,regulates'].join('\n');
  await page.evaluate(
    ({ nodes, edges }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([nodes], 'pathways-nodes.csv'));
      transfer.items.add(new File([edges], 'pathways-edges.csv'));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { nodes, edges },
  );
  // A table's column types are guessed, so the preview shows them before anything is imported.
  const preview = page.getByRole('dialog', { name: /Import “pathways-(nodes|edges).csv/ });
  await expect(preview.getByRole('combobox', { name: 'Read kind as' })).toHaveValue('string');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => openDatasetId(page)).toBe('import-pathways');
  expect(await graphSize(page)).toEqual({ nodes: 4, edges: 3 });
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.getByRole('button', { name: /Biological process/ })).toBeVisible();
  await expect(legend.getByRole('button', { name: /Side effect/ })).toBeVisible();
  await expect(legend.getByRole('button', { name: /^Drug \d/ })).toBeVisible();
  const styles = await page.evaluate(() =>
    ['p1', 's1', 'd1'].map((id) => {
      const node = window.atlas.cy.getElementById(id);
      return `${String(node.style('shape'))} ${String(node.style('background-color'))}`;
    }),
  );
  expect(new Set(styles).size).toBe(3);
  await page.getByRole('region', { name: 'Dataset' }).getByText('About this dataset').click();
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('read as "is associated with"');
  await page.screenshot({ path: test.info().outputPath('import-kinds.png') });
  // An export of the imported graph is titled after it, not after the curated graph.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByLabel('Title text')).toHaveValue('Imported: pathways');
});

test('an imported label with script and markup is shown as text and runs nothing', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  await dropFile(page, 'hostile.json', readFileSync(resolve(BAD, 'json/html-and-script.json'), 'utf8'));
  await expect.poll(() => openDatasetId(page)).toBe('import-hostile');
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('script');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: '<script>window.__pwned = true</script>' })).toBeVisible();
  await expect(details).toContainText('<img src=x onerror="window.__pwned=true">');
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  expect(errors).toEqual([]);
});

test('a public sample without positions is laid out in a worker with progress that can be cancelled', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAtlas(page);
  await page.getByLabel('Graph file to import').setInputFiles(resolve(SAMPLES, 'genemania.cyjs'));
  // Read, checked and laid out in workers: a busy machine can take longer than the usual 5 s over.
  await expect.poll(() => openDatasetId(page), { timeout: 30_000 }).toBe('import-genemania');
  expect(await graphSize(page)).toEqual({ nodes: 31, edges: 255 });

  await page.getByLabel('Graph file to import').setInputFiles(resolve(SAMPLES, '../hetionet/depression-2k.json'));
  await expect.poll(() => openDatasetId(page), { timeout: 60_000 }).toBe('import-depression-2k');
  const progress = page.getByRole('status', { name: 'Layout' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel layout' }).click();
  await expect(progress).toBeHidden();
  expect((await graphSize(page)).nodes).toBe(1597);
  // Hetionet's own kinds and relations are read as the atlas's.
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend.getByRole('button', { name: /^Drug \d/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('Duloxetine');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Duloxetine' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-hetionet.png') });
});

test('an imported dataset is still there after a reload, until it is removed', async ({ page }) => {
  await openAtlas(page);
  await page.getByLabel('Graph file to import').setInputFiles(resolve(SAMPLES, 'miserables.graphml'));
  await expect.poll(() => openDatasetId(page)).toBe('import-miserables');
  expect(await graphSize(page)).toEqual({ nodes: 77, edges: 254 });
  // It is kept in this browser just after it opens (its files, then the list of imports): reloaded before that, it
  // would not be there. On a busy machine the writing can outlast the step to the next line.
  await expect
    .poll(async () => JSON.stringify(await readStorage(page, 'imported-index')), { timeout: 15_000 })
    .toContain('import-miserables');

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  // The kept file is read and built again on the page, which a busy machine takes longer than the usual 5 s over.
  await expect.poll(() => openDatasetId(page), { timeout: 30_000 }).toBe('import-miserables');
  expect(await graphSize(page)).toEqual({ nodes: 77, edges: 254 });
  expect(await datasetOptions(page)).toContain('Imported: miserables');

  const region = page.getByRole('region', { name: 'Dataset' });
  await region.getByText('About this dataset').click();
  await region.getByRole('button', { name: 'Remove this imported dataset' }).click();
  await expect.poll(() => openDatasetId(page)).toBe('curated');
  expect(await datasetOptions(page)).not.toContain('Imported: miserables');
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  expect(await datasetOptions(page)).not.toContain('Imported: miserables');
});
