// The datasets: loading one with progress (at once the second time), cancelling, saying why one cannot be opened,
// imports listed, removed and kept with their first layout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/lib/state/workspace.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();
const DEPRESSION = readFileSync(resolve(__dirname, '../../public/data/hetionet-depression.json.gz'));

function serve(body: BodyInit | null, status = 200) {
  const fetched = vi.fn((_url: string, init?: RequestInit) => {
    init?.signal?.throwIfAborted();
    return Promise.resolve(new Response(body, { status, headers: { 'content-length': String(DEPRESSION.length) } }));
  });
  vi.stubGlobal('fetch', fetched);
  return fetched;
}

afterEach(() => vi.unstubAllGlobals());

describe('Workspace', () => {
  it('lists the shipped datasets and holds the curated graph from the start', () => {
    const workspace = new Workspace(bundle);
    expect(workspace.entries.map((entry) => entry.id)).toEqual(['curated', 'hetionet-depression', 'hetionet-wide']);
    expect(workspace.curated.graph.order).toBe(bundle.nodes.length);
  });

  it('loads a dataset with progress, and at once the second time', async () => {
    const fetched = serve(DEPRESSION);
    const workspace = new Workspace(bundle);
    const phases: string[] = [];
    const loading = workspace.load('hetionet-depression');
    phases.push(workspace.loading?.phase ?? '');
    const result = await loading;
    expect('dataset' in result && result.dataset.graph.order).toBe(1597);
    expect(phases).toEqual(['Downloading']);
    expect(workspace.loading).toBeNull();
    await workspace.load('hetionet-depression');
    expect(fetched).toHaveBeenCalledOnce();
  }, 30_000);

  it('hands a large dataset over before its relationships are in, unless a link into it needs them all', async () => {
    serve(DEPRESSION);
    const early = await new Workspace(bundle).load('hetionet-depression');
    const dataset = 'dataset' in early ? early.dataset : null;
    expect(dataset?.graph.order).toBe(1597);
    expect(dataset?.building?.finished).toBe(false);
    expect(dataset?.growth?.revision).toBe(0);
    await dataset?.building?.done;
    // What was worked out from the nodes alone is worked out again once the graph is whole.
    await vi.waitFor(() => expect(dataset?.growth?.revision).toBe(1));
    expect(dataset?.graph.size).toBe(28706);
    serve(DEPRESSION);
    const whole = await new Workspace(bundle).load('hetionet-depression', { whole: true });
    expect('dataset' in whole && whole.dataset.graph.size).toBe(28706);
    expect('dataset' in whole && whole.dataset.building).toBeUndefined();
  }, 30_000);

  it('says why a dataset cannot be opened, and that an unknown one does not exist', async () => {
    serve('not found', 404);
    const workspace = new Workspace(bundle);
    expect(await workspace.load('hetionet-depression')).toEqual({
      problem: expect.stringContaining('could not be downloaded (404'),
    });
    expect(await workspace.load('nonsense')).toEqual({ problem: 'There is no dataset called "nonsense".' });
  });

  it('reports a cancelled load as cancelled, and forgets its progress', async () => {
    serve(DEPRESSION);
    const workspace = new Workspace(bundle);
    const loading = workspace.load('hetionet-depression');
    workspace.cancel();
    expect(await loading).toEqual({ cancelled: true });
    expect(workspace.loading).toBeNull();
  });

  it('adds an import next to the others, keeps its first layout, and removes it again', async () => {
    const workspace = new Workspace(bundle);
    const imported = tinyDataset(bundle.vocab, { id: 'import-tiny', needsLayout: true });
    workspace.addImported(imported);
    expect(workspace.entries.at(-1)).toMatchObject({ id: 'import-tiny', imported: true });
    expect(workspace.entries.at(-1)?.summary).toBe('7 nodes and 7 relationships, imported.');
    expect(() => workspace.addImported(imported)).toThrow('already open');
    workspace.keepFirstLayout('import-tiny', new Map([['drug:fluoxetine', { x: 9, y: 9 }]]));
    const again = await workspace.load('import-tiny');
    expect('dataset' in again && again.dataset.needsLayout).toBe(false);
    expect('dataset' in again && again.dataset.positions.get('drug:fluoxetine')).toEqual({ x: 9, y: 9 });
    expect(workspace.removeImported('import-tiny')).toBe(true);
    expect(workspace.has('import-tiny')).toBe(false);
    expect(workspace.removeImported('hetionet-wide')).toBe(false);
  });

  it('lists imports kept from earlier visits, and drops one whose files cannot be read back', async () => {
    const workspace = new Workspace(bundle);
    workspace.addEntries([
      { id: 'import-kept', name: 'Kept', summary: '', imported: true, restore: () => Promise.resolve(null) },
      { id: 'curated', name: 'Duplicate', summary: '' },
    ]);
    expect(workspace.entries.filter((entry) => entry.id === 'curated')).toHaveLength(1);
    expect(await workspace.load('import-kept')).toEqual({
      problem: expect.stringContaining('could not be opened again'),
    });
    expect(workspace.has('import-kept')).toBe(false);
  });
});
