// The datasets that can be opened, and loading one with progress and cancel; a failed load changes nothing.
import { CompactGraphError } from '../data/datasets/compact-graph';
import { loadCompactArrays } from '../data/datasets/load-compact';
import {
  CURATED_ID,
  compactDataset,
  curatedDataset,
  type AtlasDataset,
  type GraphBuilding,
} from '../data/datasets/atlas-dataset';
import type { GraphBundle } from '../data/validate-dataset';
import { errorMessage } from '../util/error-message';
import { plural } from '../util/plural';
import type { Position } from '../util/position';

export interface DatasetEntry {
  id: string;
  name: string;
  /** Where a lazily loaded dataset lives; absent for the curated graph, which is built in. */
  url?: string;
  summary: string;
  /** Brought in by the reader from a file. */
  imported?: boolean;
  /** Builds a dataset kept in this browser (an earlier import); null when it can no longer be read. */
  restore?: () => Promise<AtlasDataset | null>;
}

/** How an imported dataset is listed; with `restore` when it is read again from files kept in the browser. */
export function importedEntry(
  imported: { id: string; name: string; nodes: number; edges: number },
  restore?: DatasetEntry['restore'],
): DatasetEntry {
  return {
    id: imported.id,
    name: imported.name,
    summary: `${plural(imported.nodes, 'node')} and ${plural(imported.edges, 'relationship')}, imported.`,
    imported: true,
    ...(restore ? { restore } : {}),
  };
}

const SHIPPED_DATASETS: readonly DatasetEntry[] = [
  { id: CURATED_ID, name: 'Curated (default)', summary: 'Hand-curated, every link cited and graded.' },
  {
    id: 'hetionet-depression',
    name: 'Hetionet — depression neighbourhood',
    url: 'data/hetionet-depression.json.gz',
    summary: 'About 1,600 nodes and 29,000 edges from Hetionet v1.0 (CC0).',
  },
  {
    id: 'hetionet-wide',
    name: 'Hetionet — wide',
    url: 'data/hetionet-wide.json.gz',
    summary: 'About 12,000 nodes and 231,000 edges from Hetionet v1.0 (CC0).',
  },
];

const PHASES = { download: 'Downloading', unpack: 'Unpacking', parse: 'Reading the file' } as const;

export interface LoadingState {
  id: string;
  name: string;
  phase: string;
  /** 0..1 when known. */
  fraction: number | undefined;
}

/** What loading a dataset came to: the dataset, a reason it could not be opened, or nothing when cancelled. */
export type LoadResult = { dataset: AtlasDataset } | { problem: string } | { cancelled: true };

/**
 * A dataset still being built, as the page sees it: a revision that changes once every relationship is in, so what was
 * worked out from the nodes alone is worked out again.
 */
function whenWhole(dataset: AtlasDataset, building: GraphBuilding): AtlasDataset {
  const growth = $state({ revision: 0 });
  void building.done.then(() => {
    performance.mark('atlas:dataset-whole');
    growth.revision += 1;
  });
  return { ...dataset, growth };
}

export class Workspace {
  readonly bundle: GraphBundle;
  loading = $state.raw<LoadingState | null>(null);
  /** The datasets that can be opened: the built-in ones, then any imported. */
  entries = $state.raw<readonly DatasetEntry[]>(SHIPPED_DATASETS);
  #controller: AbortController | null = null;
  /** Datasets already loaded, so opening one again is instant. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache the page never reads reactively
  readonly #cache = new Map<string, AtlasDataset>();

  constructor(bundle: GraphBundle) {
    this.bundle = bundle;
    this.#cache.set(CURATED_ID, curatedDataset(bundle));
  }

  /** The curated graph, always at hand. */
  get curated(): AtlasDataset {
    return this.#cache.get(CURATED_ID) ?? curatedDataset(this.bundle);
  }

  /** Whether a dataset id is listed (and so taken, for naming an import). */
  has(id: string): boolean {
    return this.entries.some((entry) => entry.id === id);
  }

  /**
   * Loads a dataset (at once when it was loaded before); a newer load or `cancel` stops an older one. A shipped
   * dataset is handed over once its nodes are in, its relationships still arriving (`AtlasDataset.building`), unless
   * `whole` asks for all of them first (a link to a view inside it).
   */
  async load(id: string, options: { whole?: boolean } = {}): Promise<LoadResult> {
    const entry = this.entries.find((dataset) => dataset.id === id);
    if (!entry) return { problem: `There is no dataset called "${id}".` };
    this.cancel();
    const cached = this.#cache.get(id);
    if (cached) {
      if (options.whole) await cached.building?.done;
      return { dataset: cached };
    }
    if (entry.restore) return this.#restore(entry, entry.restore);
    if (!entry.url) return { problem: `There is no dataset called "${id}".` };
    return this.#fetch(entry, entry.url, options.whole ?? false);
  }

  async #fetch(entry: DatasetEntry, url: string, whole: boolean): Promise<LoadResult> {
    const controller = this.#start();
    const report = (phase: string, fraction?: number) => {
      if (this.#controller === controller) this.loading = { id: entry.id, name: entry.name, phase, fraction };
    };
    report('Downloading', 0);
    try {
      // Downloaded, unzipped and read in a worker; only the graph is built here, a slice at a time.
      const compact = await loadCompactArrays(url, {
        signal: controller.signal,
        onProgress: (progress) => report(PHASES[progress.phase], progress.fraction),
      });
      performance.mark('atlas:dataset-downloaded');
      report('Building the graph', 0);
      const built = await compactDataset(compact, this.bundle.vocab, {
        signal: controller.signal,
        onProgress: (fraction) => report('Building the graph', fraction),
        openEarly: !whole,
      });
      controller.signal.throwIfAborted();
      const dataset = built.building ? whenWhole(built, built.building) : built;
      performance.mark('atlas:dataset-built');
      if (!built.building) performance.mark('atlas:dataset-whole');
      this.#cache.set(entry.id, dataset);
      return { dataset };
    } catch (error) {
      if (controller.signal.aborted) return { cancelled: true };
      return {
        problem:
          error instanceof CompactGraphError
            ? error.message
            : `The dataset "${entry.name}" could not be opened: ${errorMessage(error)}.`,
      };
    } finally {
      this.#finish(controller);
    }
  }

  async #restore(entry: DatasetEntry, restore: () => Promise<AtlasDataset | null>): Promise<LoadResult> {
    const controller = this.#start();
    this.loading = {
      id: entry.id,
      name: entry.name,
      phase: 'Reading the file kept in this browser',
      fraction: undefined,
    };
    try {
      const dataset = await restore();
      if (controller.signal.aborted) return { cancelled: true };
      if (!dataset) {
        this.entries = this.entries.filter((other) => other.id !== entry.id);
        return { problem: `“${entry.name}” could not be opened again; import its file once more to get it back.` };
      }
      this.#cache.set(entry.id, dataset);
      return { dataset };
    } catch (error) {
      return { problem: `“${entry.name}” could not be opened: ${errorMessage(error)}.` };
    } finally {
      this.#finish(controller);
    }
  }

  #start(): AbortController {
    const controller = new AbortController();
    this.#controller = controller;
    return controller;
  }

  #finish(controller: AbortController): void {
    if (this.#controller !== controller) return;
    this.#controller = null;
    this.loading = null;
  }

  /** Stops a load in progress; the open dataset stays. */
  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.loading = null;
  }

  /** Lists datasets kept from earlier visits (loaded when chosen); ids already listed are skipped. */
  addEntries(entries: readonly DatasetEntry[]): void {
    this.entries = [...this.entries, ...entries.filter((entry) => !this.has(entry.id))];
  }

  /** Lists an imported dataset next to the others (never in place of one), ready to open. */
  addImported(dataset: AtlasDataset): void {
    if (this.has(dataset.id)) throw new Error(`A dataset called "${dataset.id}" is already open.`);
    this.cancel();
    this.#cache.set(dataset.id, dataset);
    this.entries = [
      ...this.entries,
      importedEntry({ id: dataset.id, name: dataset.name, nodes: dataset.graph.order, edges: dataset.graph.size }),
    ];
  }

  /** Forgets an imported dataset; returns whether there was one. */
  removeImported(id: string): boolean {
    if (!this.entries.some((entry) => entry.id === id && entry.imported)) return false;
    this.entries = this.entries.filter((entry) => entry.id !== id);
    this.#cache.delete(id);
    return true;
  }

  /** Lists the live dataset (in place of an earlier one): choosing it again shows what was loaded from its server. */
  listLive(dataset: AtlasDataset): void {
    this.#cache.set(dataset.id, dataset);
    const entry = { id: dataset.id, name: dataset.name, summary: 'Read from a graph server as it is explored.' };
    this.entries = [...this.entries.filter((other) => other.id !== dataset.id), entry];
  }

  /** Keeps a graph's first real layout with it, so opening it again in this visit needs none. */
  keepFirstLayout(id: string, positions: ReadonlyMap<string, Position>): void {
    const dataset = this.#cache.get(id);
    if (dataset) this.#cache.set(id, { ...dataset, positions, needsLayout: false });
  }
}
