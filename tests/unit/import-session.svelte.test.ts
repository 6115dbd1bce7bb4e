// @vitest-environment jsdom
// Importing as the reader meets it: a clean file opens at once, a file with bad rows waits for "Import the rest", an
// unreadable one says why and changes nothing, and kept imports are listed again and read back when chosen.
import { describe, expect, it, vi } from 'vitest';
import type { AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { ImportedStore } from '../../src/lib/state/imported-store';
import { ImportSession } from '../../src/lib/state/import-session.svelte';
import { Workspace } from '../../src/lib/state/workspace.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { memoryStore } from '../fixtures/memory-store';

const { bundle } = loadCuratedBundle();

const CLEAN = JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] });
const BROKEN = JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'missing' }] });

function setUp(store = memoryStore()) {
  const workspace = new Workspace(bundle);
  const opened: AtlasDataset[] = [];
  const said: { message: string; tone: string }[] = [];
  const notify = (message: string, tone: 'info' | 'warning') => said.push({ message, tone });
  const session = new ImportSession({
    workspace,
    kept: new ImportedStore(store, notify),
    notify,
    open: (dataset) => opened.push(dataset),
    readFiles: (files) => Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))),
    pause: () => Promise.resolve(),
  });
  return { session, workspace, opened, said, store };
}

const file = (name: string, text: string) => new File([text], name);

describe('ImportSession', () => {
  it('opens a clean file at once as a new dataset, keeps its files and says what it brought in', async () => {
    const { session, workspace, opened, said, store } = setUp();
    const reading = session.importFiles([file('small.json', CLEAN)]);
    expect(session.reading).toBe('small.json');
    await reading;
    expect(session.reading).toBeNull();
    expect(opened.map((dataset) => dataset.id)).toEqual(['import-small']);
    expect(workspace.has('import-small')).toBe(true);
    expect(said.at(-1)?.message).toMatch(/^Imported “small.json” as a new dataset: 2 nodes and 1 relationship\./);
    await vi.waitFor(() => expect(store.data.has('imported-files:import-small')).toBe(true));
  });

  it('shows what a file with bad rows would leave out, and imports the rest only when asked', async () => {
    const { session, opened } = setUp();
    await session.importFiles([file('broken.json', BROKEN)]);
    expect(opened).toEqual([]);
    expect(session.preview?.read.problems.some((problem) => problem.severity === 'error')).toBe(true);
    await session.confirm();
    expect(session.preview).toBeNull();
    expect(opened.map((dataset) => dataset.graph.order)).toEqual([1]);
  });

  it('changes nothing when the reader cancels the preview', async () => {
    const { session, opened, workspace } = setUp();
    await session.importFiles([file('broken.json', BROKEN)]);
    session.dismiss();
    expect(session.preview).toBeNull();
    expect(opened).toEqual([]);
    expect(workspace.entries).toHaveLength(3);
  });

  it('shows why a file that is no graph cannot be imported, offering nothing to import', async () => {
    const { session, opened } = setUp();
    await session.importFiles([file('notes.txt', 'Dear class, see you on Monday.')]);
    expect(session.preview?.read.mapped).toBeNull();
    expect(session.preview?.read.problems[0]?.severity).toBe('error');
    expect(opened).toEqual([]);
  });

  it('says so when a file cannot be read at all, and leaves the open datasets as they were', async () => {
    const { session, said, workspace } = setUp();
    const unreadable = Object.assign(file('bad.json', 'x'), { text: () => Promise.reject(new Error('unreadable.')) });
    await session.importFiles([unreadable]);
    expect(said).toEqual([
      { message: 'Could not import bad.json: unreadable. The open datasets are unchanged.', tone: 'warning' },
    ]);
    expect(session.reading).toBeNull();
    expect(workspace.entries).toHaveLength(3);
  });

  it('lists imports kept from earlier visits, reads one back when chosen, and forgets one', async () => {
    const store = memoryStore();
    await setUp(store).session.importFiles([file('small.json', CLEAN)]);
    await vi.waitFor(() => expect(store.data.has('imported-index')).toBe(true));
    const later = setUp(store);
    await later.session.listKept();
    expect(later.workspace.entries.at(-1)).toMatchObject({ id: 'import-small', imported: true });
    const loaded = await later.workspace.load('import-small');
    expect('dataset' in loaded && loaded.dataset.graph.size).toBe(1);
    later.session.forget('import-small');
    expect(later.workspace.has('import-small')).toBe(false);
    await vi.waitFor(() => expect(store.data.has('imported-files:import-small')).toBe(false));
  });
});
