// Keeps imported files in this browser, so an imported dataset is still there after a reload: the files themselves
// (read again the same way when opened), and a short list of what is kept. A record that cannot be read is dropped
// with a notice; a full disk keeps everything saved before.
import { z } from 'zod';
import { ATTRIBUTE_TYPES } from '../graph/attribute-schema';
import type { ImportFile } from '../data/formats/read-files';
import { isQuotaError, type KeyValueStore, type Notify } from './persistence';

const INDEX_KEY = 'imported-index';
const VERSION = 1;
const MAX_KEPT = 20;

const entrySchema = z.object({
  id: z.string().regex(/^import-[a-z0-9-]{1,60}$/),
  name: z.string().max(400),
  fileName: z.string().max(2000),
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
  savedAt: z.number().finite(),
  /** Types the reader chose for CSV columns, as [table, column, type] rows, so the file reads the same again. */
  columnTypes: z
    .array(z.tuple([z.enum(['nodes', 'edges']), z.string().max(2000), z.enum(ATTRIBUTE_TYPES)]))
    .max(500)
    .optional(),
});
export type StoredImport = z.infer<typeof entrySchema>;

const indexSchema = z.object({ version: z.literal(VERSION), data: z.array(entrySchema).max(MAX_KEPT) });
const filesSchema = z.object({
  version: z.literal(VERSION),
  data: z
    .array(z.object({ name: z.string(), text: z.string() }))
    .min(1)
    .max(2),
});

const filesKey = (id: string) => `imported-files:${id}`;

export class ImportedStore {
  readonly #store: KeyValueStore | null;
  readonly #notify: Notify;
  #index: StoredImport[] = [];

  constructor(store: KeyValueStore | null, notify: Notify) {
    this.#store = store;
    this.#notify = notify;
  }

  /** What is kept, newest first; an unreadable list is reset with a notice. */
  async list(): Promise<StoredImport[]> {
    if (!this.#store) return [];
    let stored: unknown;
    try {
      stored = await this.#store.get(INDEX_KEY);
    } catch {
      return [];
    }
    if (stored === undefined) return [];
    const parsed = indexSchema.safeParse(stored);
    if (parsed.success) {
      this.#index = parsed.data.data;
      return [...this.#index];
    }
    this.#notify(
      'The list of files you imported could not be read back from this browser, so it was cleared.',
      'warning',
    );
    await this.#forget(INDEX_KEY);
    return [];
  }

  /** Keeps the files of an imported dataset; says so plainly when the browser will not. */
  async save(entry: StoredImport, files: readonly ImportFile[]): Promise<boolean> {
    if (!this.#store) return false;
    const kept = [entry, ...this.#index.filter((other) => other.id !== entry.id)];
    const dropped = kept.slice(MAX_KEPT);
    try {
      await this.#store.set(filesKey(entry.id), {
        version: VERSION,
        data: files.map(({ name, text }) => ({ name, text })),
      });
      await this.#store.set(INDEX_KEY, { version: VERSION, data: kept.slice(0, MAX_KEPT) });
    } catch (error) {
      await this.#forget(filesKey(entry.id));
      this.#notify(
        isQuotaError(error)
          ? `This browser's storage is full, so “${entry.fileName}” is open now but will not be here after a reload. Everything saved before is kept.`
          : `“${entry.fileName}” could not be kept in this browser; it is open now but will not be here after a reload.`,
        'warning',
      );
      return false;
    }
    this.#index = kept.slice(0, MAX_KEPT);
    for (const old of dropped) await this.#forget(filesKey(old.id));
    return true;
  }

  /** The kept files of an imported dataset, or null (with a notice) when they cannot be read back. */
  async load(id: string): Promise<ImportFile[] | null> {
    if (!this.#store) return null;
    let stored: unknown;
    try {
      stored = await this.#store.get(filesKey(id));
    } catch {
      stored = undefined;
    }
    const parsed = filesSchema.safeParse(stored);
    if (parsed.success) return parsed.data.data;
    this.#notify(
      'The imported file could not be read back from this browser, so it was removed from the list.',
      'warning',
    );
    await this.remove(id);
    return null;
  }

  async remove(id: string): Promise<void> {
    this.#index = this.#index.filter((entry) => entry.id !== id);
    await this.#forget(filesKey(id));
    try {
      await this.#store?.set(INDEX_KEY, { version: VERSION, data: this.#index });
    } catch {
      // The list is rewritten on the next save; a stale entry is dropped when its files are missing.
    }
  }

  async #forget(key: string): Promise<void> {
    try {
      await this.#store?.del(key);
    } catch {
      // Nothing more can be done; the next read resets it.
    }
  }
}
