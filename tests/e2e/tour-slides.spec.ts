// A tour saved as PowerPoint slides from the tours panel, the file read back: a slide per step with its picture, the
// narration in the speaker notes, the title and sources slides; and Cancel stops the work and leaves the page usable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { EMERGENCY_NOTICE } from '../../src/lib/util/emergency-notice';
import { collectErrors, openAtlas } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tours = readGraphData(resolve(ROOT, 'graph-data'), ROOT).tours ?? [];
const tour = tours.find((each) => each.id.includes('ketamine')) ?? tours[0];

const unescape = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
/** The text runs of a slide's XML, joined. */
const runs = (xml: string) => unescape([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' '));

async function openTours(page: Page) {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Tours' }).click();
  return page.getByRole('region', { name: 'Tours' });
}

test.describe('a tour as PowerPoint slides', () => {
  test('downloads a deck with a slide per step, pictures, speaker notes and sources', async ({ page }) => {
    test.setTimeout(120_000);
    if (!tour) throw new Error('no shipped tour');
    const errors = collectErrors(page);
    const list = await openTours(page);
    const download = page.waitForEvent('download');
    await list.getByRole('button', { name: `Export "${tour.title}" as PowerPoint slides` }).click();
    await expect(page.getByRole('status', { name: 'PowerPoint slides' })).toBeVisible();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${tour.id}.pptx`);
    await expect(page.getByText(`Slides for "${tour.title}" saved as ${tour.id}.pptx`)).toBeVisible();

    const zip = await JSZip.loadAsync(readFileSync((await file.path()) ?? ''));
    const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
    const count = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
    // The title, a slide per step, then the numbered sources (on more than one slide when there are many).
    expect(count).toBeGreaterThanOrEqual(tour.steps.length + 2);

    const title = runs(await text('ppt/slides/slide1.xml'));
    expect(title).toContain(tour.title);
    expect(title).toContain(EMERGENCY_NOTICE.heading);
    for (const [index, step] of tour.steps.entries()) {
      const number = index + 2;
      const xml = await text(`ppt/slides/slide${number}.xml`);
      expect(runs(xml)).toContain(step.title);
      expect(runs(xml)).toMatch(/Sources: \[\d+\] /);
      expect(xml).toContain('<p:pic>');
      const rels = await text(`ppt/slides/_rels/slide${number}.xml.rels`);
      const image = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      // A real picture of the graph, not a placeholder: tens of kilobytes of PNG.
      const bytes = await zip.file(`ppt/media/${image ?? '?'}`)?.async('uint8array');
      expect(bytes?.length ?? 0, `picture of step ${index + 1}`).toBeGreaterThan(10_000);
      const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      expect(runs(await text(`ppt/notesSlides/${notes ?? '?'}`))).toContain(step.narration.slice(0, 80));
    }
    for (let number = tour.steps.length + 2; number <= count; number += 1) {
      const sources = runs(await text(`ppt/slides/slide${number}.xml`));
      expect(sources).toMatch(/^Sources/);
      expect(sources).toMatch(/\[\d+\] /);
    }
    expect(runs(await text(`ppt/slides/slide${tour.steps.length + 2}.xml`))).toContain('[1] ');
    expect(errors).toEqual([]);
  });

  test('Cancel stops the slides and the page goes on working', async ({ page }) => {
    if (!tour) throw new Error('no shipped tour');
    const errors = collectErrors(page);
    const list = await openTours(page);
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await list.getByRole('button', { name: `Export "${tour.title}" as PowerPoint slides` }).click();
    const progress = page.getByRole('status', { name: 'PowerPoint slides' });
    await progress.getByRole('button', { name: 'Cancel slides' }).click();
    await expect(page.getByText('Making the slides was cancelled.')).toBeVisible();
    await expect(progress).toBeHidden();
    expect(downloaded).toBe(false);
    await list.getByRole('button', { name: `Start the tour "${tour.title}"` }).click();
    await expect(page.getByRole('region', { name: 'Tour' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
