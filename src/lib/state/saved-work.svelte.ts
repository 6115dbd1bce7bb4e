// Keeps the reader's work on one dataset between visits: puts back pinned nodes and a kept layout, offers the last
// view when the page opens on a bare address, and saves changes a moment after they stop.
import type { Position } from '../util/position';
import type { AtlasState } from './atlas.svelte';
import type { LayoutState } from './layout.svelte';
import type { PageAddress } from './page-address.svelte';
import { hasViewParameters, pinsOf, type Persistence } from './persistence';

/** Saving waits this long after the last change, so dragging or clicking through writes once. */
const SAVE_DELAY_MS = 400;

export interface LastViewOffer {
  /** The address query of the last view. */
  query: string;
  /** What it showed, in a sentence. */
  what: string;
}

export class SavedWork {
  /** The last view offered for reopening, while the offer is open. */
  offer = $state.raw<LastViewOffer | null>(null);
  #loaded = $state(false);
  /** The layout last kept, so the same one is not written again. */
  #keptLayout: ReadonlyMap<string, Position> | null = null;
  readonly #persistence: Persistence;
  readonly #atlas: AtlasState;
  readonly #layout: LayoutState;
  readonly #address: PageAddress;

  constructor(persistence: Persistence, atlas: AtlasState, layout: LayoutState, address: PageAddress) {
    this.#persistence = persistence;
    this.#atlas = atlas;
    this.#layout = layout;
    this.#address = address;
  }

  get #dataset(): string {
    return this.#atlas.data.id;
  }

  /** Loads what was kept and saves changes from then on; returns the way to stop saving. */
  start(): () => void {
    void this.#restore(hasViewParameters(this.#address.query));
    return $effect.root(() => {
      $effect(() => {
        const relaid = this.#layout.relaid;
        if (!this.#loaded || relaid === this.#keptLayout || relaid.size === 0) return;
        return later(async () => {
          if (await this.#persistence.saveLayout(this.#dataset, relaid)) this.#keptLayout = relaid;
        });
      });
      $effect(() => {
        const pins = this.#layout.pins;
        if (!this.#loaded) return;
        return later(() => this.#persistence.savePins(this.#dataset, pins));
      });
      $effect(() => {
        const query = this.#atlas.addressQuery(this.#address.query);
        // While the offer is open, the saved view is kept, so ignoring the offer never loses it.
        if (!this.#loaded || this.offer) return;
        return later(() => this.#persistence.saveLastView(this.#dataset, query));
      });
    });
  }

  async #restore(openedWithView: boolean): Promise<void> {
    const work = await this.#persistence.load();
    this.#layout.restore(await this.#persistence.loadLayout(this.#dataset));
    this.#keptLayout = this.#layout.relaid;
    for (const [id, position] of pinsOf(work.pins, this.#dataset)) this.#layout.pin(id, position);
    const last = work.lastViews.find((view) => view.dataset === this.#dataset);
    if (!openedWithView && work.preferences.offerLastView && last && hasViewParameters(last.search))
      this.offer = { query: last.search, what: this.#describe(last.search) };
    this.#loaded = true;
  }

  /** Opens the offered view (the page loads again at its address). */
  reopen(): void {
    if (this.offer) this.#address.reopen(this.offer.query);
  }

  /** "Not now": the offer goes; the saved view stays until something else is saved. */
  dismiss(): void {
    this.offer = null;
  }

  /** "Don't offer again": a preference kept for the next visits. */
  neverOffer(): void {
    this.offer = null;
    void this.#persistence.updatePreferences({ offerLastView: false });
  }

  #describe(query: string): string {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- reads one value of a saved address, not state
    const focus = new URLSearchParams(query).get('focus');
    return focus && this.#atlas.graph.hasNode(focus)
      ? `Last time you were looking at ${this.#atlas.data.label(focus)}.`
      : 'Last time you had a view of the graph open.';
  }
}

function later(save: () => Promise<unknown>): () => void {
  const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  return () => clearTimeout(timer);
}
