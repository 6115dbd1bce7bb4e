// Exporting pictures and data: the Export dialog by keyboard, each image format checked as a file, the presets.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { Parser } from 'n3';
import { collectErrors, openAtlas } from './helpers';

// Drawing and writing the whole graph several times takes longer than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const DISCLAIMER =
  'Is this an emergency? If you are experiencing serious medical symptoms, seek emergency treatment immediately. ' +
  'Call your local emergency number or a crisis line (United States: call or text 988).';

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function jpegSize(bytes: Buffer) {
  expect(bytes.readUInt16BE(0)).toBe(0xffd8);
  let offset = 2;
  while (offset < bytes.length) {
    const marker = bytes.readUInt16BE(offset);
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xffc0 && marker <= 0xffc3) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

/** All text a PDF draws: its streams inflated, then the strings shown with Tj / TJ. */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const body = Buffer.from(match[1] ?? '', 'latin1');
    let content: string;
    try {
      content = inflateSync(body).toString('latin1');
    } catch {
      content = body.toString('latin1');
    }
    for (const shown of content.matchAll(/\((.*?)(?<!\\)\)\s*Tj/g)) text += `${shown[1]} `;
  }
  return text.replace(/\\([()\\])/g, '$1');
}

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // The first preview draws the whole graph, which takes a few seconds on a slow machine.
  await expect(dialog.getByRole('img', { name: 'Preview of the export' })).toBeVisible({ timeout: 30_000 });
  return dialog;
}

async function download(page: Page, click: () => Promise<void>, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return { bytes: readFileSync(path), filename: file.suggestedFilename() };
}

async function pageSize(dialog: ReturnType<Page['getByRole']>) {
  const figure = dialog.locator('figure[data-page-width]');
  await expect(figure).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  return {
    width: Number(await figure.getAttribute('data-page-width')),
    height: Number(await figure.getAttribute('data-page-height')),
  };
}

test('the Export dialog opens and closes by keyboard, and focus returns to its button', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'Preview of the export' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  expect(errors).toEqual([]);
});

test('PNG at 2× is twice the page size; JPEG downloads too', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:fluoxetine');
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'The current view' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('2');
  const size = await pageSize(dialog);
  const png = await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click(), 'export.png');
  expect(png.filename).toMatch(/\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
  await expect(dialog.getByRole('status')).toContainText('Saved');

  await dialog.getByRole('radio', { name: 'JPEG' }).check();
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
  const jpegPage = await pageSize(dialog);
  const jpeg = await download(page, () => dialog.getByRole('button', { name: 'Download JPEG' }).click(), 'export.jpg');
  expect(jpegSize(jpeg.bytes)).toEqual({ width: Math.round(jpegPage.width), height: Math.round(jpegPage.height) });
});

test('SVG keeps the labels shown and the legend as text', async ({ page }) => {
  await openAtlas(page, '/?layout=force');
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('checkbox', { name: 'Legend' }).check();
  await dialog.getByRole('checkbox', { name: 'Emergency disclaimer' }).check();
  const svg = await download(page, () => dialog.getByRole('button', { name: 'Download SVG' }).click(), 'export.svg');
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level: string, message: unknown) => void errors.push(`${level}: ${String(message)}`),
  }).parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
  expect(errors).toEqual([]);
  const texts = Array.from(document.getElementsByTagName('text')).map((element) => element.textContent ?? '');
  const labels = await page.evaluate(() =>
    window.atlas.cy
      .nodes('.labelled')
      .not('.hidden')
      .map((node) => String(node.data('label'))),
  );
  expect(labels.length).toBeGreaterThan(10);
  // Long labels wrap onto several lines (at spaces, or after a hyphen), each its own <text>, written twice (outline,
  // then fill): read as one run of characters without the breaks and the repeats, every label must be there.
  const bare = (text: string) => text.replace(/[\s\u200b]+/g, '');
  const written = texts
    .map(bare)
    .filter((text, index, all) => text !== all[index - 1])
    .join('');
  for (const label of labels) expect(written, label).toContain(bare(label));
  const legend = document.getElementById('legend')?.textContent ?? '';
  expect(legend).toContain('Drug');
  expect(legend).toContain('Neurotransmitter');
  expect(document.getElementById('title')?.textContent).toContain('Glutamate, monoamines and depression');
  expect(document.getElementById('disclaimer')?.textContent?.replace(/\s+/g, ' ')).toBe(DISCLAIMER);
});

test('the Handout A4 preset makes a one-page A4 PDF with the title, sources and disclaimer', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:riluzole');
  const dialog = await openExport(page);
  const pdf = await download(page, () => dialog.getByRole('button', { name: /Handout A4/ }).click(), 'handout.pdf');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const raw = pdf.bytes.toString('latin1');
  expect(raw.match(/\/Type \/Page\b/g)?.length).toBe(1);
  expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  expect(raw).toContain('/Title (Riluzole: relationships and evidence)');
  const text = pdfText(pdf.bytes);
  expect(text).toContain('Riluzole: relationships and evidence');
  expect(text).toContain('Is this an emergency?');
  expect(text).toMatch(/1\. /);
});

test('the Slide 16:9 preset downloads a 1920 × 1080 PNG in two clicks', async ({ page }) => {
  await openAtlas(page, '/?focus=drug:ketamine');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const slide = await download(page, () => dialog.getByRole('button', { name: /Slide 16:9/ }).click(), 'slide.png');
  expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
});

test('the Data section downloads the graph as GEXF and CSV', async ({ page }) => {
  await openAtlas(page);
  const dialog = await openExport(page);
  const counts = await page.evaluate(() => ({ nodes: window.atlas.graph.order, edges: window.atlas.graph.size }));
  const gexf = await download(page, () => dialog.getByRole('button', { name: 'Download GEXF' }).click(), 'graph.gexf');
  const document = new DOMParser().parseFromString(gexf.bytes.toString('utf8'), 'application/xml');
  expect(document.getElementsByTagName('node')).toHaveLength(counts.nodes);
  expect(document.getElementsByTagName('edge')).toHaveLength(counts.edges);
  const csv = await download(
    page,
    () => dialog.getByRole('button', { name: 'Download CSV edge list' }).click(),
    'edges.csv',
  );
  expect(csv.bytes.toString('utf8').trim().split('\n')[0]).toMatch(/^id,source,target,/);
});

test('the Data section downloads the graph as RDF that parses, and the build publishes the release as RDF', async ({
  page,
}) => {
  await openAtlas(page);
  const dialog = await openExport(page);
  const counts = await page.evaluate(() => ({ nodes: window.atlas.graph.order, edges: window.atlas.graph.size }));
  const formats = dialog.getByRole('list', { name: 'Data formats' });
  await expect(formats.getByRole('button', { name: 'Download Turtle' })).toBeVisible();
  const turtle = await download(page, () => formats.getByRole('button', { name: 'Download Turtle' }).click(), 'g.ttl');
  expect(turtle.filename).toBe('synapse-atlas.ttl');
  const statement = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement';
  const triples = new Parser({ format: 'Turtle' }).parse(turtle.bytes.toString('utf8'));
  expect(triples.filter((quad) => quad.object.value === statement)).toHaveLength(counts.edges);
  expect(triples.filter((quad) => quad.object.value === 'urn:synapse-atlas:vocab:Drug').length).toBeGreaterThan(0);
  const nTriples = await download(
    page,
    () => formats.getByRole('button', { name: 'Download N-Triples' }).click(),
    'g.nt',
  );
  expect(new Parser({ format: 'N-Triples' }).parse(nTriples.bytes.toString('utf8'))).toHaveLength(triples.length);

  const version = /^version: (\S+)$/m.exec(readFileSync('graph-data/dataset.yaml', 'utf8'))?.[1];
  const published = await page.request.get(`data/synapse-atlas-${version}.ttl`);
  expect(published.ok()).toBe(true);
  const release = new Parser({ format: 'Turtle' }).parse(await published.text());
  expect(release.filter((quad) => quad.object.value === statement)).toHaveLength(counts.edges);
  expect((await page.request.get(`data/synapse-atlas-${version}.nt`)).ok()).toBe(true);
  await page.screenshot({ path: test.info().outputPath('export-data-rdf.png') });
});

/** What the canvas shows now: drawn node ids, and the labels and relation words it draws. */
async function onScreen(page: Page) {
  await expect(page.locator('[data-settled="true"]')).toBeVisible();
  return page.evaluate(() => {
    const cy = window.atlas.cy;
    const own = cy.elements().not('[decoration]');
    return {
      nodeIds: own.nodes().map((node) => node.id()),
      labels: own
        .nodes('.labelled')
        .map((node) => String(node.data('label')))
        .filter(Boolean),
      relations: own
        .edges('.labelled')
        .map((edge) => String(edge.data('relationLabel')))
        .filter(Boolean),
    };
  });
}

for (const view of [
  {
    name: 'a path',
    path: '/?from=drug:fluoxetine&to=mechanism:neurogenesis',
    title: 'Path: Fluoxetine → Birth of new nerve cells in the hippocampus',
    caption: /1\. Fluoxetine is an example of/,
  },
  {
    name: 'a tour step',
    path: '/?tour=ketamine-fast-acting&step=4',
    title: undefined,
    caption: undefined,
  },
]) {
  test(`the paper figure of ${view.name} shows the nodes, labels and relations on screen, with a title and sources`, async ({
    page,
  }) => {
    await openAtlas(page, view.path);
    const screen = await onScreen(page);
    expect(screen.labels.length).toBeGreaterThan(1);
    const dialog = await openExport(page);
    const svg = await download(page, () => dialog.getByRole('button', { name: /Paper figure/ }).click(), 'paper.svg');
    const document = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    const shown = JSON.parse(document.getElementById('shown')?.textContent ?? '{}') as {
      nodes: { id: string; label: string }[];
    };
    expect(shown.nodes.map((node) => node.id).sort()).toEqual([...screen.nodeIds].sort());

    const drawing = document.getElementById('graph');
    const words = new Set(
      Array.from(drawing?.getElementsByTagName('text') ?? []).flatMap((text) => (text.textContent ?? '').split(/\s+/)),
    );
    for (const label of [...screen.labels, ...screen.relations])
      for (const word of label.split(/\s+/)) expect(words, `"${label}" is drawn on screen`).toContain(word);

    const title = document.getElementById('title')?.textContent?.replace(/\s+/g, ' ').trim();
    const heading = await page
      .getByRole('navigation', { name: 'Where you are' })
      .locator('[aria-current]')
      .textContent();
    expect(title).toBe(view.title ?? heading?.trim());
    if (view.caption)
      expect(document.getElementById('caption')?.textContent?.replace(/\s+/g, ' ')).toMatch(view.caption);
    else expect(document.getElementById('caption')?.textContent ?? '').not.toBe('');
    expect(document.getElementById('footnotes')?.textContent ?? '').toMatch(/^1\. /);
  });
}
