// @vitest-environment jsdom
// Saved work for one dataset: pins and a kept layout put back, the last view offered on a bare address (and never
// again if asked), and changes saved a moment after they stop.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { memoryStore } from '../fixtures/memory-store';
import { testPage } from '../fixtures/test-page';
import { tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function keptWork() {
  const store = memoryStore();
  store.data.set('pins', { version: 1, data: [['tiny', 'drug:fluoxetine', 11, 22]] });
  store.data.set('last-views', {
    version: 1,
    data: [{ dataset: 'tiny', search: '?focus=drug%3Ariluzole', savedAt: 1 }],
  });
  store.data.set('layout:tiny', { version: 1, data: [['transporter:sert', 5, 6]] });
  return store;
}

function open(store = keptWork(), query = '?dataset=tiny') {
  const opened = testPage(bundle, { dataset: tinyDataset(bundle.vocab), query, store });
  stops.push(opened.page.savedWork.start());
  return { ...opened, savedWork: opened.page.savedWork, store };
}

describe('SavedWork', () => {
  it('puts back pins and the kept layout, and offers the last view on an address without one', async () => {
    const { page, savedWork } = open();
    await expect
      .poll(() => savedWork.offer)
      .toEqual({
        query: '?focus=drug%3Ariluzole',
        what: 'Last time you were looking at Riluzole.',
      });
    expect(page.layout.positions.get('drug:fluoxetine')).toEqual({ x: 11, y: 22 });
    expect(page.layout.relaid.get('transporter:sert')).toEqual({ x: 5, y: 6 });
  });

  it('offers nothing when the address already opens a view', async () => {
    const { page, savedWork } = open(keptWork(), '?dataset=tiny&focus=drug%3Afluoxetine');
    await expect.poll(() => page.layout.pinnedCount).toBe(1);
    expect(savedWork.offer).toBeNull();
  });

  it('reopens the offered view by loading the page at its address', async () => {
    const { savedWork, browser } = open();
    await expect.poll(() => savedWork.offer).not.toBeNull();
    savedWork.reopen();
    expect(browser.loads).toEqual(['?focus=drug%3Ariluzole']);
  });

  it('keeps the preference never to offer again', async () => {
    const { savedWork, store } = open();
    await expect.poll(() => savedWork.offer).not.toBeNull();
    savedWork.neverOffer();
    expect(savedWork.offer).toBeNull();
    await expect.poll(() => store.data.get('preferences')).toEqual({ version: 1, data: { offerLastView: false } });
  });

  it('saves pins and the last view a moment after they change', async () => {
    const { page, savedWork, store } = open();
    await expect.poll(() => savedWork.offer).not.toBeNull();
    savedWork.dismiss();
    page.layout.pin('drug:riluzole', { x: 1, y: 2 });
    page.atlas.focus('transporter:net');
    flushSync();
    await expect
      .poll(() => store.data.get('pins'))
      .toEqual({
        version: 1,
        data: [
          ['tiny', 'drug:fluoxetine', 11, 22],
          ['tiny', 'drug:riluzole', 1, 2],
        ],
      });
    await expect
      .poll(() => (store.data.get('last-views') as { data: { search: string }[] }).data[0]?.search)
      .toBe('?dataset=tiny&focus=transporter%3Anet');
  });
});
