// Importing a large file (50,000 relationships of GraphML) keeps the page responsive: it is read in a worker and built
// in slices, with progress and Cancel; the longest gap between animation frames is measured and reported.
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openAtlas } from './helpers';

test.describe.configure({ timeout: 180_000 });

const NODES = 10_000;
const EDGES = 50_000;
const KINDS = ['gene', 'drug', 'symptom', 'pathway'];

/** A GraphML file of NODES nodes of a few kinds and EDGES relationships, without positions. */
function largeGraphml(): Buffer {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '<graph edgedefault="directed">',
  ];
  for (let index = 0; index < NODES; index++)
    lines.push(
      `<node id="n${index}"><data key="label">Node ${index}</data><data key="kind">${KINDS[index % KINDS.length]}</data></node>`,
    );
  for (let index = 0; index < EDGES; index++) {
    const source = index % NODES;
    const target = (index * 7919 + 13) % NODES;
    lines.push(`<edge source="n${source}" target="n${target}"><data key="weight">${(index % 100) / 10}</data></edge>`);
  }
  lines.push('</graph>', '</graphml>');
  return Buffer.from(lines.join('\n'));
}

/**
 * The file is written to disk and chosen by its path, as a reader would: a buffer handed to the page would be turned
 * into a File by a script on the page, one long task of its own.
 */
function largeFile(): string {
  const path = test.info().outputPath('large.graphml');
  writeFileSync(path, largeGraphml());
  return path;
}

/** Starts recording every animation frame and long task, to find the longest gaps before and after a moment. */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = { frames: [performance.now()], tasks: [] as [number, number][] };
    Object.assign(window, { frameWatch: watch });
    const tick = (time: number) => {
      watch.frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
  });
}

/** The longest gap between frames and the longest task before the graph was built, and after it until now. */
const framesAround = (page: Page) =>
  page.evaluate(() => {
    const watch = (window as unknown as { frameWatch: { frames: number[]; tasks: [number, number][] } }).frameWatch;
    const built = performance.getEntriesByName('atlas:import-built')[0]?.startTime ?? Infinity;
    // A frame gap or task counts for the part of it before the moment the graph was built, and for the rest after.
    const longest = (from: number, to: number) => {
      let gap = 0;
      watch.frames.forEach((time, index) => {
        const previous = watch.frames[index - 1];
        if (previous !== undefined) gap = Math.max(gap, Math.min(time, to) - Math.max(previous, from));
      });
      const task = Math.max(
        0,
        ...watch.tasks.map(([start, length]) => Math.min(start + length, to) - Math.max(start, from)),
      );
      return { gap: Math.round(gap), task: Math.round(task) };
    };
    return { importing: longest(0, built), opening: longest(built, Infinity) };
  });

const datasetOptions = (page: Page) =>
  page.getByRole('region', { name: 'Dataset' }).getByRole('combobox').locator('option').allTextContents();

test('a 50,000-relationship GraphML file imports without freezing the page', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  await watchFrames(page);
  const started = Date.now();
  await page.getByLabel('Graph file to import').setInputFiles(largeFile());
  const reading = page.getByRole('status', { name: 'Reading' });
  await expect(reading).toBeVisible();
  await expect(reading.getByRole('button', { name: 'Cancel import' })).toBeVisible();
  // Waiting asks the page only a cheap question twice a second, so the test itself adds no work to what is measured.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:import-built').length > 0, undefined, {
    polling: 500,
    timeout: 150_000,
  });
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByRole('status').filter({ hasText: 'Imported “large.graphml”' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => ({ nodes: window.atlas.graph.order, edges: window.atlas.graph.size })))
    .toEqual({ nodes: NODES, edges: EDGES });
  await page.waitForTimeout(2000);
  const { importing, opening } = await framesAround(page);
  const measured =
    `chosen → built ${seconds.toFixed(1)} s; reading, parsing and building: longest frame gap ${importing.gap} ms, ` +
    `longest task ${importing.task} ms; opening the dataset (2 s): ${opening.gap} ms, ${opening.task} ms`;
  test.info().annotations.push({ type: 'measured', description: measured });
  console.log(measured);
  // No task of the page's own comes near 200 ms; a frame can still wait longer when other work holds both cores of
  // the machine (gaps of 130–230 ms were seen with tasks of 60–130 ms), so frames get some room.
  expect(importing.task).toBeLessThan(200);
  expect(importing.gap).toBeLessThan(300);
  expect(errors).toEqual([]);
});

test('Cancel stops a large import and changes nothing', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const before = await datasetOptions(page);
  await page.getByLabel('Graph file to import').setInputFiles(largeFile());
  const reading = page.getByRole('status', { name: 'Reading' });
  await expect(reading).toContainText('Reading large.graphml…');
  const axe = await new AxeBuilder({ page }).include('[aria-label="Reading"]').analyze();
  expect(axe.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
  await reading.getByRole('button', { name: 'Cancel import' }).click();
  await expect(reading).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped importing large.graphml' })).toBeVisible();
  expect(await page.evaluate(() => window.atlas.dataset)).toBe('curated');
  expect(await datasetOptions(page)).toEqual(before);
  // Nothing is left half-done: the next import works.
  await page.getByLabel('Graph file to import').setInputFiles({
    name: 'pair.graphml',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
    ),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported “pair.graphml”' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Reading card fits on a wide screen, a small laptop and a tablet', async ({ page }) => {
  await openAtlas(page);
  await page.getByLabel('Graph file to import').setInputFiles(largeFile());
  const reading = page.getByRole('status', { name: 'Reading' });
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(reading.getByRole('button', { name: 'Cancel import' })).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath(`import-reading-${width}.png`) });
  }
});
