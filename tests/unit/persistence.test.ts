// Saved work between visits: round trips through IndexedDB, bad storage reset with a notice, a full disk loses nothing.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  hasViewParameters,
  indexedDbStore,
  Persistence,
  pinsOf,
  type KeyValueStore,
} from '../../src/lib/state/persistence';

type Said = { message: string; tone: string }[];

function persistence(store: KeyValueStore | null = indexedDbStore()) {
  const said: Said = [];
  return { said, persistence: new Persistence(store, (message, tone) => said.push({ message, tone })) };
}

beforeEach(async () => {
  const store = indexedDbStore();
  for (const key of ['preferences', 'last-views', 'pins']) await store.del(key);
});

describe('Persistence', () => {
  it('starts with defaults and keeps preferences, last views and pins across visits', async () => {
    const first = persistence();
    expect(await first.persistence.load()).toEqual({ preferences: { offerLastView: true }, lastViews: [], pins: [] });
    expect(await first.persistence.savePreferences({ offerLastView: false })).toBe(true);
    expect(await first.persistence.saveLastView('curated', '?focus=drug:fluoxetine', 1000)).toBe(true);
    expect(await first.persistence.saveLastView('hetionet', '?focus=Gene::1', 2000)).toBe(true);
    expect(
      await first.persistence.savePins('curated', new Map(Object.entries({ 'drug:fluoxetine': { x: 1, y: 2 } }))),
    ).toBe(true);

    const second = persistence();
    const work = await second.persistence.load();
    expect(work.preferences).toEqual({ offerLastView: false });
    expect(work.lastViews.map((view) => [view.dataset, view.search])).toEqual([
      ['hetionet', '?focus=Gene::1'],
      ['curated', '?focus=drug:fluoxetine'],
    ]);
    expect(pinsOf(work.pins, 'curated')).toEqual(new Map([['drug:fluoxetine', { x: 1, y: 2 }]]));
    expect(second.said).toEqual([]);
  });

  it("replacing one dataset's pins keeps the others'", async () => {
    const { persistence: saved } = persistence();
    await saved.load();
    await saved.savePins('a', new Map(Object.entries({ n1: { x: 1, y: 1 } })));
    await saved.savePins('b', new Map(Object.entries({ n2: { x: 2, y: 2 } })));
    await saved.savePins('a', new Map());
    const work = await persistence().persistence.load();
    expect(work.pins).toEqual([['b', 'n2', 2, 2]]);
  });

  it('a part that cannot be read is reset with a notice; the other parts survive', async () => {
    const store = indexedDbStore();
    await store.set('preferences', { version: 1, data: { offerLastView: false } });
    await store.set('pins', { version: 1, data: 'not a list of pins' });
    await store.set('last-views', { version: 99, data: [] });
    const { persistence: saved, said } = persistence(store);
    const work = await saved.load();
    expect(work).toEqual({ preferences: { offerLastView: false }, lastViews: [], pins: [] });
    expect(said.map((entry) => entry.message).sort()).toEqual([
      'Your last view could not be read back from this browser, so it was forgotten.',
      'Your pinned nodes could not be read back from this browser, so they were released.',
    ]);
    expect(await store.get('pins')).toBeUndefined();
  });

  it('a full disk is reported and what was saved before is kept', async () => {
    const real = indexedDbStore();
    let full = false;
    const store: KeyValueStore = {
      get: (key) => real.get(key),
      del: (key) => real.del(key),
      set: async (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        await real.set(key, value);
      },
    };
    const { persistence: saved, said } = persistence(store);
    await saved.load();
    expect(await saved.savePins('curated', new Map(Object.entries({ 'drug:a': { x: 1, y: 1 } })))).toBe(true);
    full = true;
    expect(
      await saved.savePins('curated', new Map(Object.entries({ 'drug:a': { x: 1, y: 1 }, 'drug:b': { x: 5, y: 5 } }))),
    ).toBe(false);
    expect(said).toEqual([
      {
        message:
          "This browser's storage is full, so your pinned nodes could not be saved. Everything saved before is kept.",
        tone: 'warning',
      },
    ]);
    expect((await persistence().persistence.load()).pins).toEqual([['curated', 'drug:a', 1, 1]]);
  });

  it('no storage at all, or storage that refuses to open, says so once and carries on with defaults', async () => {
    const none = persistence(null);
    expect((await none.persistence.load()).lastViews).toEqual([]);
    expect(await none.persistence.savePreferences({ offerLastView: false })).toBe(false);
    expect(none.said).toEqual([
      {
        message: 'This browser is not keeping data for this page, so your work will not be here next time.',
        tone: 'info',
      },
    ]);

    const refusing: KeyValueStore = {
      get: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
      set: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
      del: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
    };
    const blocked = persistence(refusing);
    expect(await blocked.persistence.load()).toEqual({
      preferences: { offerLastView: true },
      lastViews: [],
      pins: [],
    });
    expect(blocked.said).toHaveLength(1);
    expect(await blocked.persistence.savePins('curated', new Map())).toBe(false);
    expect(blocked.said[1]?.message).toBe(
      'Could not save your pinned nodes in this browser. Everything saved before is kept.',
    );
  });

  it('hostile keys in storage pollute nothing', async () => {
    const store = indexedDbStore();
    await store.set(
      'preferences',
      JSON.parse(
        '{"version":1,"data":{"offerLastView":true,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}',
      ),
    );
    await store.set('pins', {
      version: 1,
      data: [
        ['curated', '__proto__', 1, 2],
        ['curated', 'constructor', 3, 4],
      ],
    });
    const work = await persistence(store).persistence.load();
    const pins = pinsOf(work.pins, 'curated');
    expect(pins.get('__proto__')).toEqual({ x: 1, y: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('whatever is found in storage, loading never throws and always gives well-formed work', async () => {
    const store = indexedDbStore();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ preferences: fc.anything(), 'last-views': fc.anything(), pins: fc.anything() }),
        fc.constantFrom(1, 2),
        async (parts, version) => {
          runs++;
          for (const [key, data] of Object.entries(parts)) await store.set(key, { version, data });
          const work = await persistence(store).persistence.load();
          expect(typeof work.preferences.offerLastView).toBe('boolean');
          expect(Array.isArray(work.lastViews)).toBe(true);
          expect(Array.isArray(work.pins)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});

describe('hasViewParameters', () => {
  it.each([
    ['', false],
    ['?dataset=hetionet', false],
    ['?focus=drug:fluoxetine', true],
    ['?dataset=curated&layout=lanes', true],
  ])('%s → %s', (search, expected) => {
    expect(hasViewParameters(search)).toBe(expected);
  });
});

describe('kept layouts', () => {
  it('keeps a layout per dataset, ids like __proto__ included, and drops an unreadable one with a notice', async () => {
    const store = indexedDbStore();
    const { persistence: first } = persistence(store);
    const positions = new Map([
      ['Gene::1', { x: 1, y: 2 }],
      ['__proto__', { x: 3, y: 4 }],
    ]);
    expect(await first.saveLayout('hetionet-wide', positions)).toBe(true);
    expect(await first.loadLayout('hetionet-wide')).toEqual(positions);
    expect(await first.loadLayout('curated')).toEqual(new Map());

    await store.set('layout:hetionet-wide', { version: 1, data: [['a', 'not a number', 0]] });
    const second = persistence(store);
    expect(await second.persistence.loadLayout('hetionet-wide')).toEqual(new Map());
    expect(second.said[0]?.message).toMatch(/layout saved for this dataset could not be read back/);
    expect(await store.get('layout:hetionet-wide')).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reports a full disk and keeps the layout saved before', async () => {
    const real = indexedDbStore();
    await real.set('layout:curated', { version: 1, data: [['a', 1, 1]] });
    const full: KeyValueStore = {
      get: (key) => real.get(key),
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      del: (key) => real.del(key),
    };
    const { persistence: kept, said } = persistence(full);
    expect(await kept.saveLayout('curated', new Map([['b', { x: 2, y: 2 }]]))).toBe(false);
    expect(said[0]?.message).toMatch(/storage is full/);
    expect(await kept.loadLayout('curated')).toEqual(new Map([['a', { x: 1, y: 1 }]]));
  });
});
