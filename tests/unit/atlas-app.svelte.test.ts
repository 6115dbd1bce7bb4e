// @vitest-environment jsdom
// The app and the page address: each dataset's view in its own history entries, back and forward across datasets
// (even to one not loaded yet), links to datasets that are missing or fail, importing and forgetting datasets.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { AtlasApp } from '../../src/lib/state/atlas-app.svelte';
import { PageAddress } from '../../src/lib/state/page-address.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { fakeBrowser, type FakeBrowser } from '../fixtures/fake-browser';
import { memoryStore } from '../fixtures/memory-store';
import { tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Loading the tiny dataset waits until `arrive` is called (a slow download). */
function slowTiny() {
  let arrive: () => void = () => {};
  const restore = vi.fn(
    () =>
      new Promise<AtlasDataset>((resolve) => {
        arrive = () => resolve(tinyDataset(bundle.vocab, { id: 'import-tiny' }));
      }),
  );
  return { restore, arrive: () => arrive() };
}

function startApp(
  browser: FakeBrowser,
  restore = () => Promise.resolve(tinyDataset(bundle.vocab, { id: 'import-tiny' })),
) {
  const app = new AtlasApp(bundle, { address: new PageAddress(browser), store: memoryStore() });
  app.workspace.addEntries([{ id: 'import-tiny', name: 'Tiny', summary: '', imported: true, restore }]);
  stops.push(app.start());
  flushSync();
  return app;
}

const messages = (app: AtlasApp) => app.page.atlas.notices.items.map((notice) => notice.message);
const settled = () => new Promise((resolve) => setTimeout(resolve, 0)).then(() => flushSync());

describe('AtlasApp and the address', () => {
  it('opens the view in the address, and tidies what it could not use in place', () => {
    const browser = fakeBrowser('?focus=drug%3Afluoxetine&zoom=3');
    const app = startApp(browser);
    expect(app.page.atlas.selectedNode).toBe('drug:fluoxetine');
    expect(browser.entries).toEqual(['?focus=drug%3Afluoxetine']);
    expect(messages(app)).toEqual([expect.stringContaining('"zoom"')]);
  });

  it('writes each change to the view as a new history entry, and back and forward walk them', () => {
    const browser = fakeBrowser('');
    const app = startApp(browser);
    app.page.atlas.focus('drug:fluoxetine');
    flushSync();
    app.page.atlas.setLayout('lanes');
    flushSync();
    expect(browser.entries).toEqual(['', '?focus=drug%3Afluoxetine', '?focus=drug%3Afluoxetine&layout=lanes']);
    browser.back();
    flushSync();
    expect(app.page.atlas.view.layout).toBe('auto');
    expect(browser.entries).toHaveLength(3);
    browser.forward();
    expect(app.page.atlas.view.layout).toBe('lanes');
  });

  it('opens a chosen dataset as a new entry on its own first view, and Back returns to the view before', async () => {
    const browser = fakeBrowser('?focus=drug%3Afluoxetine');
    const app = startApp(browser);
    await app.choose('import-tiny');
    flushSync();
    expect(app.page.data.id).toBe('import-tiny');
    expect(browser.entries).toEqual(['?focus=drug%3Afluoxetine', '?dataset=import-tiny']);
    app.page.atlas.focus('drug:riluzole');
    flushSync();
    browser.back();
    browser.back();
    await settled();
    expect(app.page.data.id).toBe('curated');
    expect(app.page.atlas.selectedNode).toBe('drug:fluoxetine');
    expect(browser.entries[0]).toBe('?focus=drug%3Afluoxetine');
    expect(messages(app)).toEqual([]);
  });

  it('goes back to a view in a dataset not loaded yet: loads it and opens that view, with no notices', async () => {
    const browser = fakeBrowser('?focus=drug%3Afluoxetine');
    browser.history.pushState(null, '', '/?dataset=import-tiny&focus=drug%3Ariluzole');
    browser.back();
    const tiny = slowTiny();
    const app = startApp(browser, tiny.restore);
    browser.forward();
    await settled();
    // While it loads, the open graph leaves the address (and its own view) alone.
    expect(app.page.data.id).toBe('curated');
    expect(messages(app)).toEqual([]);
    expect(browser.entries[1]).toBe('?dataset=import-tiny&focus=drug%3Ariluzole');
    tiny.arrive();
    await vi.waitFor(() => expect(app.page.data.id).toBe('import-tiny'));
    flushSync();
    expect(app.page.atlas.selectedNode).toBe('drug:riluzole');
    expect(messages(app)).toEqual([]);
    expect(browser.entries).toEqual(['?focus=drug%3Afluoxetine', '?dataset=import-tiny&focus=drug%3Ariluzole']);
  });

  it('stops loading a dataset when Back returns to the one open', async () => {
    const browser = fakeBrowser('');
    browser.history.pushState(null, '', '/?dataset=import-tiny');
    const tiny = slowTiny();
    const app = startApp(browser, tiny.restore);
    await settled();
    expect(app.workspace.loading?.id).toBe('import-tiny');
    browser.back();
    await settled();
    expect(app.workspace.loading).toBeNull();
    tiny.arrive();
    await settled();
    expect(app.page.data.id).toBe('curated');
  });

  it('says so when a link asks for a dataset the app does not have, and shows the open one’s address', async () => {
    const browser = fakeBrowser('?dataset=nonsense&focus=x');
    const app = startApp(browser);
    await settled();
    expect(messages(app)).toEqual(['The link asked for a dataset "nonsense" that this app does not have.']);
    expect(browser.entries).toEqual(['']);
    expect(app.page.ownsAddress).toBe(true);
  });

  it('says why a dataset could not be opened from a link, and keeps the one open', async () => {
    const browser = fakeBrowser('?dataset=import-tiny');
    const app = startApp(browser, () => Promise.reject(new Error('the file is damaged')));
    await vi.waitFor(() => expect(messages(app)).toEqual(['“Tiny” could not be opened: the file is damaged.']));
    expect(app.page.data.id).toBe('curated');
    expect(browser.entries).toEqual(['']);
  });

  it('opens an imported file as a new entry, and forgetting it brings back the curated graph', async () => {
    const browser = fakeBrowser('');
    const app = new AtlasApp(bundle, {
      address: new PageAddress(browser),
      store: null,
      readFiles: () => Promise.resolve([{ name: 'pair.json', text: '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[]}' }]),
    });
    stops.push(app.start());
    await app.importing.importFiles([new File([''], 'pair.json')]);
    flushSync();
    expect(app.page.data.id).toBe('import-pair');
    expect(browser.entries).toEqual(['', '?dataset=import-pair']);
    app.forget('import-pair');
    flushSync();
    expect(app.page.data.id).toBe('curated');
    expect(browser.entries).toEqual(['', '?dataset=import-pair', '']);
    expect(app.workspace.has('import-pair')).toBe(false);
  });
});
