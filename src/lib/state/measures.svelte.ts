// The network measures of the open dataset, computed when the reader asks (in a worker for large graphs), with
// progress and cancel; once done they are attributes like any other for the table, filters and appearance.
import type { ExtraColumn } from '../data/export-graph';
import { edgeWeight } from '../graph/attribute-columns';
import { MEASURE_COLUMNS, MEASURES } from '../graph/measure-names';
import type { MeasuresJob, MeasuresResult, runMeasures } from '../graph/measures-job';
import { errorMessage } from '../util/error-message';
import type { OpenDataset } from './open-dataset';

export type MeasuresStatus = 'none' | 'running' | 'done' | 'failed';

export interface MeasuresOptions {
  /** Runs the measures; a stand-in in tests. */
  run?: typeof runMeasures;
}

/** The measures as node columns for a data export (none before they are computed). */
export function measureColumns(result: MeasuresResult | null): ExtraColumn[] {
  if (!result) return [];
  return MEASURES.map((measure) => ({
    column: { name: MEASURE_COLUMNS[measure].name, type: MEASURE_COLUMNS[measure].type },
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
    values: result.values.get(measure) ?? new Map(),
  }));
}

export class MeasuresState {
  status = $state<MeasuresStatus>('none');
  /** 0..1 while running. */
  progress = $state(0);
  result = $state.raw<MeasuresResult | null>(null);
  /** Why the last run failed, in plain words. */
  problem = $state<string | null>(null);
  readonly #data: OpenDataset;
  readonly #run: typeof runMeasures | undefined;
  #job: MeasuresJob | null = null;

  constructor(data: OpenDataset, options: MeasuresOptions = {}) {
    this.#data = data;
    this.#run = options.run;
  }

  /** Computes every measure (again); a run in progress is replaced. */
  async compute(): Promise<void> {
    this.cancel();
    this.status = 'running';
    this.progress = 0;
    this.problem = null;
    const graph = this.#data.graph;
    let job: MeasuresJob;
    try {
      // The measures' code (graphology-metrics, Louvain) loads only when asked for.
      const run = this.#run ?? (await import('../graph/measures-job')).runMeasures;
      job = run(graph, edgeWeight(graph), { onProgress: (fraction) => (this.progress = fraction) });
    } catch (error) {
      this.status = 'failed';
      this.problem = `The measures could not be computed: ${errorMessage(error)}`;
      return;
    }
    this.#job = job;
    try {
      const result = await job.result;
      if (this.#job !== job) return;
      if (result) {
        this.result = result;
        this.status = 'done';
      } else this.status = this.result ? 'done' : 'none';
    } catch (error) {
      if (this.#job !== job) return;
      this.status = 'failed';
      this.problem = `The measures could not be computed: ${errorMessage(error)}`;
    } finally {
      if (this.#job === job) this.#job = null;
    }
  }

  /** Stops a run; measures computed before stay. */
  cancel(): void {
    const job = this.#job;
    this.#job = null;
    job?.cancel();
    if (this.status === 'running') this.status = this.result ? 'done' : 'none';
  }
}
