// Keeps the reader's work between visits (preferences, last view, pinned nodes) in IndexedDB, each part versioned
// and checked on load: a part that cannot be read is reset with a notice, and a failed save never loses earlier ones.
import type { Position } from '../util/position';
import { createStore, del, get, set } from 'idb-keyval';
import { RENDERER_PREFERENCES } from '../util/renderer-preference';
import { DATASET_PARAMETER } from './address-parameters';
import { z } from 'zod';

/** The few operations persistence needs, so tests can hand in a fake. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** Our own IndexedDB database ("synapse-atlas", object store "saved-work") through idb-keyval. */
export function indexedDbStore(): KeyValueStore {
  const store = createStore('synapse-atlas', 'saved-work');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
}

/** The browser's IndexedDB store, or null when this browser keeps nothing for the page (private modes, policies). */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDbStore();
  } catch {
    return null;
  }
}

/** A store that lasts as long as the page: nothing reaches the browser's storage, and nothing is missed either. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(structuredClone(values.get(key))),
    set: (key, value) => Promise.resolve(void values.set(key, structuredClone(value))),
    del: (key) => Promise.resolve(void values.delete(key)),
  };
}

const MAX_SEARCH_LENGTH = 4000;
const MAX_LAST_VIEWS = 10;
const MAX_PINS = 5000;

const finite = z.number().finite();
const preferencesSchema = z.object({
  /** Offer to reopen the last view when the app opens on an address without one. */
  offerLastView: z.boolean(),
  /** How the graph is drawn: chosen for this computer, or the reader's choice of renderer. */
  renderer: z.enum(RENDERER_PREFERENCES).optional(),
});
const lastViewSchema = z.object({
  dataset: z.string().max(200),
  /** The address query ("?focus=…") that reopens the view. */
  search: z.string().max(MAX_SEARCH_LENGTH),
  savedAt: finite,
});
/** Pins as [dataset, node, x, y] rows: lists, not objects keyed by node id, so no id can reach a prototype. */
const pinSchema = z.tuple([z.string().max(200), z.string().max(2000), finite, finite]);

/** A dataset's own layout (from "Lay out again"), as [node, x, y] rows; one key per dataset, read when it opens. */
const MAX_LAYOUT_NODES = 50000;
const LAYOUT_VERSION = 1;
const layoutSchema = z.object({
  version: z.literal(LAYOUT_VERSION),
  data: z.array(z.tuple([z.string().max(2000), finite, finite])).max(MAX_LAYOUT_NODES),
});
const layoutKey = (dataset: string) => `layout:${dataset}`;

/** Each part lives under its own key with its own schema version, so one bad part never costs the others. */
const PARTS = {
  preferences: { key: 'preferences', version: 1, schema: preferencesSchema },
  lastViews: { key: 'last-views', version: 1, schema: z.array(lastViewSchema).max(MAX_LAST_VIEWS) },
  pins: { key: 'pins', version: 1, schema: z.array(pinSchema).max(MAX_PINS) },
} as const;

type Part = keyof typeof PARTS;
type PartData<P extends Part> = z.infer<(typeof PARTS)[P]['schema']>;

export type Preferences = z.infer<typeof preferencesSchema>;
type LastView = z.infer<typeof lastViewSchema>;
export type PinRow = z.infer<typeof pinSchema>;

export interface SavedWork {
  preferences: Preferences;
  lastViews: LastView[];
  pins: PinRow[];
}

const DEFAULTS: SavedWork = { preferences: { offerLastView: true }, lastViews: [], pins: [] };

const PART_NAMES: Record<Part, { name: string; reset: string }> = {
  preferences: { name: 'your preferences', reset: 'they were reset' },
  lastViews: { name: 'your last view', reset: 'it was forgotten' },
  pins: { name: 'your pinned nodes', reset: 'they were released' },
};

export type Notify = (message: string, tone: 'info' | 'warning') => void;

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** Reads and writes the saved work; every problem becomes a plain notice, never an exception. */
export class Persistence {
  readonly #store: KeyValueStore | null;
  readonly #notify: Notify;
  #unavailableSaid = false;
  /** What is in storage now (after load, and after each save that worked). */
  #saved: SavedWork = structuredClone(DEFAULTS);

  /** `store` is null when the browser offers no storage at all (then nothing is kept, and the reader is told). */
  constructor(store: KeyValueStore | null, notify: Notify) {
    this.#store = store;
    this.#notify = notify;
  }

  async load(): Promise<SavedWork> {
    if (!this.#store) {
      this.#sayUnavailable();
      return structuredClone(DEFAULTS);
    }
    const [preferences, lastViews, pins] = await Promise.all([
      this.#loadPart('preferences'),
      this.#loadPart('lastViews'),
      this.#loadPart('pins'),
    ]);
    this.#saved = { preferences, lastViews, pins };
    return structuredClone(this.#saved);
  }

  savePreferences(preferences: Preferences): Promise<boolean> {
    return this.#savePart('preferences', preferences);
  }

  /** Changes some preferences, keeping the others as last loaded or saved. */
  updatePreferences(change: Partial<Preferences>): Promise<boolean> {
    return this.savePreferences({ ...this.#saved.preferences, ...change });
  }

  /** Remembers the address `query` as the last view of `dataset` (most recent first, a few datasets kept). */
  saveLastView(dataset: string, query: string, now = Date.now()): Promise<boolean> {
    return this.#savePart('lastViews', withLastView(this.#saved.lastViews, dataset, query, now));
  }

  /** Replaces the pins of `dataset`, keeping other datasets' pins. */
  savePins(dataset: string, pins: ReadonlyMap<string, Position>): Promise<boolean> {
    return this.#savePart('pins', withPins(this.#saved.pins, dataset, pins));
  }

  async #loadPart<P extends Part>(part: P): Promise<PartData<P>> {
    const { key, version, schema } = PARTS[part];
    let stored: unknown;
    try {
      stored = await this.#store?.get(key);
    } catch {
      this.#sayUnavailable();
      return structuredClone(DEFAULTS[part]) as PartData<P>;
    }
    if (stored === undefined) return structuredClone(DEFAULTS[part]) as PartData<P>;
    const envelope = z.object({ version: z.literal(version), data: schema }).safeParse(stored);
    if (envelope.success) return envelope.data.data as PartData<P>;
    const { name, reset } = PART_NAMES[part];
    this.#notify(`${capitalise(name)} could not be read back from this browser, so ${reset}.`, 'warning');
    try {
      await this.#store?.del(key);
    } catch {
      // Reset failed too: the defaults are used for this visit either way.
    }
    return structuredClone(DEFAULTS[part]) as PartData<P>;
  }

  async #savePart<P extends Part>(part: P, data: PartData<P>): Promise<boolean> {
    if (!this.#store) return false;
    const { key, version } = PARTS[part];
    try {
      await this.#store.set(key, { version, data });
      this.#saved = { ...this.#saved, [part]: data };
      return true;
    } catch (error) {
      if (isQuotaError(error))
        this.#notify(
          `This browser's storage is full, so ${PART_NAMES[part].name} could not be saved. Everything saved before is kept.`,
          'warning',
        );
      else
        this.#notify(
          `Could not save ${PART_NAMES[part].name} in this browser. Everything saved before is kept.`,
          'warning',
        );
      return false;
    }
  }

  /** The layout kept for `dataset`, or an empty map; an unreadable one is dropped with a notice. */
  async loadLayout(dataset: string): Promise<Map<string, Position>> {
    let stored: unknown;
    try {
      stored = await this.#store?.get(layoutKey(dataset));
    } catch {
      return new Map();
    }
    if (stored === undefined) return new Map();
    const parsed = layoutSchema.safeParse(stored);
    if (parsed.success) return new Map(parsed.data.data.map(([node, x, y]) => [node, { x, y }]));
    this.#notify('The layout saved for this dataset could not be read back, so the original one is used.', 'warning');
    try {
      await this.#store?.del(layoutKey(dataset));
    } catch {
      // The defaults are used for this visit either way.
    }
    return new Map();
  }

  /** Keeps a dataset's layout so it opens that way next time; a refused write keeps the earlier one. */
  async saveLayout(dataset: string, positions: ReadonlyMap<string, Position>): Promise<boolean> {
    if (!this.#store) return false;
    const rows = [...positions]
      .filter(([, { x, y }]) => Number.isFinite(x) && Number.isFinite(y))
      .slice(0, MAX_LAYOUT_NODES)
      .map(([node, { x, y }]): [string, number, number] => [node, x, y]);
    try {
      await this.#store.set(layoutKey(dataset), { version: LAYOUT_VERSION, data: rows });
      return true;
    } catch (error) {
      this.#notify(
        isQuotaError(error)
          ? "This browser's storage is full, so the new layout could not be kept. Everything saved before is kept."
          : 'Could not keep the new layout in this browser. Everything saved before is kept.',
        'warning',
      );
      return false;
    }
  }

  #sayUnavailable(): void {
    if (this.#unavailableSaid) return;
    this.#unavailableSaid = true;
    this.#notify('This browser is not keeping data for this page, so your work will not be here next time.', 'info');
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function withLastView(views: readonly LastView[], dataset: string, query: string, now: number): LastView[] {
  const entry = { dataset, search: query.slice(0, MAX_SEARCH_LENGTH), savedAt: now };
  return [entry, ...views.filter((view) => view.dataset !== dataset)].slice(0, MAX_LAST_VIEWS);
}

function withPins(rows: readonly PinRow[], dataset: string, pins: ReadonlyMap<string, Position>): PinRow[] {
  const kept = rows.filter(([owner]) => owner !== dataset);
  const mine = [...pins]
    .filter(([, { x, y }]) => Number.isFinite(x) && Number.isFinite(y))
    .map(([node, { x, y }]): PinRow => [dataset, node, x, y]);
  return [...kept, ...mine].slice(-MAX_PINS);
}

/** The pins saved for `dataset`, as node → position (a map, so ids such as "__proto__" stay plain keys). */
export function pinsOf(rows: readonly PinRow[], dataset: string): Map<string, Position> {
  return new Map(rows.filter(([owner]) => owner === dataset).map(([, node, x, y]) => [node, { x, y }]));
}

/** Whether an address query opens a particular view (anything beyond which dataset to show). */
export function hasViewParameters(query: string): boolean {
  for (const key of new URLSearchParams(query).keys()) if (key !== DATASET_PARAMETER) return true;
  return false;
}
