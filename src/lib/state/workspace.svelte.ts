// Which dataset is open, and switching between datasets with progress and cancel; a failed load changes nothing.
import { CompactGraphError } from '../data/datasets/compact-graph';
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
}

export const DATASETS: readonly DatasetEntry[] = [
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
    const entry = DATASETS.find((dataset) => dataset.id === id);
    if (!entry) return `There is no dataset called "${id}".`;
    if (id === this.datasetId) return null;
    this.cancel();
    const cached = this.#cache[id];
    if (cached) {
      this.current = new AtlasState(cached, this.bundle);
      return null;
    }
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
        : `The dataset "${entry.name}" could not be opened: ${error instanceof Error ? error.message : String(error)}.`;
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.loading = null;
      }
    }
  }

  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.loading = null;
  }
}
