// Which dataset is open, and switching between datasets with progress and cancel; a failed load changes nothing.
import { CompactGraphError } from '../data/datasets/compact-graph';
import { errorMessage } from '../util/error-message';
import { plural } from '../util/plural';
import { fetchCompactGraph } from '../data/datasets/fetch-compact';
import type { GraphBundle } from '../data/validate-dataset';
import { AtlasState } from './atlas.svelte';
import { CURATED_ID, compactDataset, curatedDataset, type AtlasDataset } from './dataset';

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

const DATASETS: readonly DatasetEntry[] = [
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

export interface LoadingState {
  id: string;
  name: string;
  phase: string;
  /** 0..1 when known. */
  fraction: number | undefined;
}

export class Workspace {
  readonly bundle: GraphBundle;
  current = $state.raw<AtlasState>() as AtlasState;
  loading = $state.raw<LoadingState | null>(null);
  /** The datasets that can be opened: the built-in ones, then any imported. */
  entries = $state.raw<readonly DatasetEntry[]>(DATASETS);
  #controller: AbortController | null = null;
  /** Datasets already opened, so switching back is instant. */
  readonly #cache: Record<string, AtlasDataset> = {};

  constructor(bundle: GraphBundle) {
    this.bundle = bundle;
    const curated = curatedDataset(bundle);
    this.#cache[curated.id] = curated;
    this.current = new AtlasState(curated, bundle);
  }

  get datasetId(): string {
    return this.current.dataset.id;
  }

  /**
   * Opens a dataset; resolves to an error message when it could not be opened (the current one stays),
   * or null on success or when cancelled.
   */
  async open(id: string): Promise<string | null> {
    const entry = this.entries.find((dataset) => dataset.id === id);
    if (!entry) return `There is no dataset called "${id}".`;
    if (id === this.datasetId) return null;
    this.cancel();
    const cached = this.#cache[id];
    if (cached) {
      this.current = new AtlasState(cached, this.bundle);
      return null;
    }
    if (entry.restore) return this.#restore(entry, entry.restore);
    if (!entry.url) return null;
    const controller = new AbortController();
    this.#controller = controller;
    const report = (phase: string, fraction?: number) => {
      if (this.#controller === controller) this.loading = { id, name: entry.name, phase, fraction };
    };
    report('Downloading', 0);
    try {
      const compact = await fetchCompactGraph(entry.url, {
        signal: controller.signal,
        onProgress: (progress) =>
          report(progress.phase === 'download' ? 'Downloading' : 'Unpacking', progress.fraction),
      });
      performance.mark('atlas:dataset-downloaded');
      report('Building the graph', 0);
      const dataset = await compactDataset(compact, this.bundle.vocab, {
        signal: controller.signal,
        onProgress: (fraction) => report('Building the graph', fraction),
      });
      controller.signal.throwIfAborted();
      performance.mark('atlas:dataset-built');
      this.#cache[id] = dataset;
      this.current = new AtlasState(dataset, this.bundle);
      return null;
    } catch (error) {
      if (controller.signal.aborted) return null;
      return error instanceof CompactGraphError
        ? error.message
        : `The dataset "${entry.name}" could not be opened: ${errorMessage(error)}.`;
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.loading = null;
      }
    }
  }

  async #restore(entry: DatasetEntry, restore: () => Promise<AtlasDataset | null>): Promise<string | null> {
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = {
      id: entry.id,
      name: entry.name,
      phase: 'Reading the file kept in this browser',
      fraction: undefined,
    };
    try {
      const dataset = await restore();
      if (controller.signal.aborted) return null;
      if (!dataset) {
        this.entries = this.entries.filter((other) => other.id !== entry.id);
        return `“${entry.name}” could not be opened again; import its file once more to get it back.`;
      }
      this.#cache[entry.id] = dataset;
      this.current = new AtlasState(dataset, this.bundle);
      return null;
    } catch (error) {
      return `“${entry.name}” could not be opened: ${errorMessage(error)}.`;
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.loading = null;
      }
    }
  }

  /** Lists datasets kept from earlier visits (opened when chosen); ids already listed are skipped. */
  addEntries(entries: readonly DatasetEntry[]): void {
    this.entries = [...this.entries, ...entries.filter((entry) => !this.has(entry.id))];
  }

  /** Drops an imported dataset; when it is open, the curated graph opens instead. */
  removeImported(id: string): void {
    if (!this.entries.some((entry) => entry.id === id && entry.imported)) return;
    this.entries = this.entries.filter((entry) => entry.id !== id);
    delete this.#cache[id];
    if (this.datasetId === id) {
      const curated = this.#cache[CURATED_ID] ?? curatedDataset(this.bundle);
      this.current = new AtlasState(curated, this.bundle);
    }
  }

  /** Whether a dataset id is taken, so an imported dataset gets its own. */
  has(id: string): boolean {
    return this.entries.some((entry) => entry.id === id);
  }

  /** Adds an imported dataset next to the others (never in place of one) and opens it. */
  addImported(dataset: AtlasDataset): void {
    if (this.has(dataset.id)) throw new Error(`A dataset called "${dataset.id}" is already open.`);
    this.cancel();
    this.#cache[dataset.id] = dataset;
    this.entries = [
      ...this.entries,
      importedEntry({ id: dataset.id, name: dataset.name, nodes: dataset.graph.order, edges: dataset.graph.size }),
    ];
    this.current = new AtlasState(dataset, this.bundle);
  }

  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.loading = null;
  }
}
