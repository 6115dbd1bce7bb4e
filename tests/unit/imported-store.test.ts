// Imported files kept in the browser: back after a reload, unreadable records dropped with a notice, a full disk
// reported without losing what was kept before.
import { describe, expect, it } from 'vitest';
import { ImportedStore, type StoredImport } from '../../src/lib/state/imported-store';
import type { KeyValueStore } from '../../src/lib/state/persistence';
import { memoryStore } from '../fixtures/memory-store';

const entry = (id: string): StoredImport => ({ id, name: id, fileName: `${id}.json`, nodes: 1, edges: 0, savedAt: 1 });
const files = [{ name: 'g.json', text: '{"nodes":[{"key":"a"}],"edges":[]}' }];

function kept(store: KeyValueStore | null) {
  const said: string[] = [];
  return { said, kept: new ImportedStore(store, (message) => said.push(message)) };
}

describe('ImportedStore', () => {
  it('keeps files across visits, newest first, and forgets removed ones', async () => {
    const store = memoryStore();
    const first = kept(store).kept;
    await first.list();
    expect(await first.save(entry('import-a'), files)).toBe(true);
    expect(await first.save(entry('import-b'), files)).toBe(true);

    const second = kept(store).kept;
    expect((await second.list()).map((stored) => stored.id)).toEqual(['import-b', 'import-a']);
    expect(await second.load('import-a')).toEqual(files);
    await second.remove('import-a');
    expect((await kept(store).kept.list()).map((stored) => stored.id)).toEqual(['import-b']);
    expect(store.data.has('imported-files:import-a')).toBe(false);
  });

  it('clears an unreadable list and drops a record whose files are damaged, saying so', async () => {
    const store = memoryStore();
    store.data.set('imported-index', { version: 1, data: [{ id: '__proto__' }] });
    const first = kept(store);
    expect(await first.kept.list()).toEqual([]);
    expect(first.said[0]).toMatch(/could not be read back .* cleared/);
    expect(store.data.has('imported-index')).toBe(false);

    await first.kept.save(entry('import-a'), files);
    store.data.set('imported-files:import-a', { version: 1, data: 'not files' });
    const second = kept(store);
    await second.kept.list();
    expect(await second.kept.load('import-a')).toBeNull();
    expect(second.said[0]).toMatch(/removed from the list/);
    expect(await kept(store).kept.list()).toEqual([]);
  });

  it('reports a full disk and keeps everything saved before', async () => {
    const store = memoryStore();
    const { kept: imports, said } = kept(store);
    await imports.save(entry('import-a'), files);
    store.full = true;
    expect(await imports.save(entry('import-b'), files)).toBe(false);
    expect(said[0]).toMatch(/storage is full/);
    store.full = false;
    expect((await kept(store).kept.list()).map((stored) => stored.id)).toEqual(['import-a']);
    expect(await kept(store).kept.load('import-a')).toEqual(files);
  });

  it('keeps nothing, quietly, where the browser offers no storage', async () => {
    const { kept: imports, said } = kept(null);
    expect(await imports.list()).toEqual([]);
    expect(await imports.save(entry('import-a'), files)).toBe(false);
    expect(said).toEqual([]);
  });
});
