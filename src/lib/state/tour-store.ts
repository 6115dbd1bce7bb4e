// Keeps teachers' own tours in this browser (IndexedDB through the saved-work store), each as the text of its tour
// file, so a kept tour is read back through the same validator as a file.
import { z } from 'zod';
import { isQuotaError, type KeyValueStore } from './persistence';

const KEY = 'teacher-tours';
const VERSION = 1;
const MAX_TOURS = 60;
const MAX_TEXT = 200_000;

const keptSchema = z.object({ text: z.string().max(MAX_TEXT), savedAt: z.number().finite() });
const envelopeSchema = z.object({ version: z.literal(VERSION), data: z.array(keptSchema).max(MAX_TOURS) });

/** A kept tour: the text of its file and when it was saved. */
export type KeptTourText = z.infer<typeof keptSchema>;

/** How a read or a write went: `unavailable` when the browser keeps nothing for the page (private modes). */
export type StoreOutcome = 'ok' | 'unavailable' | 'unreadable' | 'full' | 'failed';

export class TourStore {
  readonly #store: KeyValueStore | null;

  constructor(store: KeyValueStore | null) {
    this.#store = store;
  }

  /** The kept tours, oldest first; an unreadable list is reported and left for the next write to replace. */
  async list(): Promise<{ tours: KeptTourText[]; outcome: StoreOutcome }> {
    if (!this.#store) return { tours: [], outcome: 'unavailable' };
    let stored: unknown;
    try {
      stored = await this.#store.get(KEY);
    } catch {
      return { tours: [], outcome: 'unavailable' };
    }
    if (stored === undefined) return { tours: [], outcome: 'ok' };
    const parsed = envelopeSchema.safeParse(stored);
    return parsed.success ? { tours: parsed.data.data, outcome: 'ok' } : { tours: [], outcome: 'unreadable' };
  }

  /** Replaces the kept tours; a refused write leaves what was kept before. */
  async write(tours: readonly KeptTourText[]): Promise<StoreOutcome> {
    if (!this.#store) return 'unavailable';
    if (tours.length > MAX_TOURS || tours.some((tour) => tour.text.length > MAX_TEXT)) return 'full';
    try {
      await this.#store.set(KEY, { version: VERSION, data: tours.map(({ text, savedAt }) => ({ text, savedAt })) });
      return 'ok';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'failed';
    }
  }
}
