// @vitest-environment jsdom
// A dataset's page: follows the address only when it is about this dataset, writes changes as history entries,
// copies its link, runs the undo keys, hands power users window.atlas, and finishes a graph still being built when the
// reader first acts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compactDataset } from '../../src/lib/data/datasets/atlas-dataset';
import type { CompactGraph } from '../../src/lib/data/datasets/compact-graph';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { memoryStore } from '../fixtures/memory-store';
import { testPage } from '../fixtures/test-page';

const { bundle } = loadCuratedBundle();
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function started(query: string) {
  const opened = testPage(bundle, { query, store: memoryStore() });
  stops.push(opened.page.start());
  flushSync();
  return opened;
}

describe('DatasetPage', () => {
  it('follows an address about its dataset, with the tour in it, and writes it back tidied', () => {
    const { page, browser } = started('?focus=drug%3Afluoxetine&tour=ssri-snri&step=2');
    expect(page.atlas.selectedNode).toBe(null);
    expect(page.teaching.step?.title).toBe('What they block');
    expect(browser.entries).toEqual(['?tour=ssri-snri&step=2']);
  });

  it('titles the picture after the tour step, or the quiz question while a quiz is open', () => {
    const { page } = started('?tour=ssri-snri&step=2');
    expect(page.sceneTitle).toBe('What they block');
    page.panels.startQuiz('title-check');
    flushSync();
    expect(page.sceneTitle).toMatch(/^Quiz: question 1 of \d+$/);
  });

  it('leaves an address about another dataset alone, and writes nothing while it is not its own', () => {
    const { page, browser } = started('?dataset=hetionet-depression&focus=Gene%3A%3A6532');
    expect(page.ownsAddress).toBe(false);
    expect(page.atlas.notices.items).toEqual([]);
    page.atlas.focus('drug:fluoxetine');
    flushSync();
    expect(browser.entries).toEqual(['?dataset=hetionet-depression&focus=Gene%3A%3A6532']);
  });

  it('writes each change as a history entry while the address is its own', () => {
    const { page, browser } = started('');
    page.atlas.focus('drug:fluoxetine');
    flushSync();
    page.runShortcut('undo');
    flushSync();
    page.runShortcut('redo');
    flushSync();
    expect(browser.entries).toEqual(['', '?focus=drug%3Afluoxetine', '', '?focus=drug%3Afluoxetine']);
  });

  it('copies the link to this view and offers the embed code, or says where to copy it from', async () => {
    const { page } = started('?focus=drug%3Afluoxetine');
    const clipboard = { writeText: vi.fn(() => Promise.resolve()) };
    await page.copyLink(clipboard);
    expect(clipboard.writeText).toHaveBeenCalledWith('https://atlas.test/?focus=drug%3Afluoxetine');
    const offer = page.atlas.notices.items[0]?.action;
    expect(offer?.label).toBe('Copy embed code');
    offer?.run();
    await vi.waitFor(() => expect(page.atlas.notices.items).toHaveLength(2));
    expect(clipboard.writeText).toHaveBeenLastCalledWith(expect.stringMatching(/^<iframe src="[^"]*embed=1"/));
    await page.copyLink({ writeText: () => Promise.reject(new Error('denied')) });
    expect(page.atlas.notices.items.map((notice) => notice.message)).toEqual([
      'Link copied: it reopens exactly this view. For a course page, copy the embed code.',
      'Embed code copied: paste it into your course page’s HTML to show this view there.',
      'Could not reach the clipboard. Copy this address: https://atlas.test/?focus=drug%3Afluoxetine',
    ]);
  });

  it('records the renderer the canvas chose and hands power users a read-only handle', () => {
    const { page } = started('');
    const target: { atlas?: { dataset: string; graph: unknown } } = {};
    const info = { chosen: 'canvas', preference: 'auto', webglRenderer: 'SwiftShader', software: true } as const;
    page.canvasReady({ cy: true }, info, target);
    expect(page.renderer.report).toEqual(info);
    expect(target.atlas?.dataset).toBe('curated');
    expect(target.atlas?.graph).toBe(page.data.graph);
  });

  it('adds the rest of a large graph still being built at the reader’s first click, or when the handle is read', async () => {
    const clicked = await openedEarly();
    stops.push(clicked.page.start());
    expect(clicked.page.data.graph.size).toBeLessThan(28706);
    document.dispatchEvent(new Event('pointerdown'));
    expect(clicked.page.data.graph.size).toBe(28706);
    const read = await openedEarly();
    const target: { atlas?: { graph: { size: number } } } = {};
    read.page.canvasReady({ cy: true }, CANVAS, target);
    expect(read.page.data.graph.size).toBeLessThan(28706);
    expect(target.atlas?.graph.size).toBe(28706);
  });
});

const CANVAS = { chosen: 'canvas', preference: 'auto', webglRenderer: 'SwiftShader', software: true } as const;

/** The depression extract as a shipped dataset opens: its nodes in, its relationships still arriving. */
async function openedEarly() {
  const file = JSON.parse(
    gunzipSync(readFileSync(resolve(__dirname, '../../public/data/hetionet-depression.json.gz'))).toString('utf8'),
  ) as CompactGraph;
  const dataset = await compactDataset(file, bundle.vocab, { openEarly: true });
  return testPage(bundle, { dataset, query: '?dataset=hetionet-depression', store: memoryStore() });
}
