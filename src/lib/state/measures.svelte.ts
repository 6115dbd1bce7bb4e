// The network measures of the open dataset, computed when the reader asks (in a worker for large graphs), cheapest
// first: each is an attribute like any other for the table, filters and appearance as soon as it is done, while the
// page says which one is being computed; cancel stops the run and keeps those done.
import type { ExtraColumn } from '../data/export-graph';
import { edgeWeight } from '../graph/attribute-columns';
import { measuredColumns, STEP_NAMES, type MeasuresResult, type MeasureStep } from '../graph/measure-names';
import type { MeasuresJob, runMeasures } from '../graph/measures-job';
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
  return measuredColumns(result).map(({ measure, column }) => ({
    column: { name: column.name, type: column.type },
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
    values: result.values.get(measure) ?? new Map(),
  }));
}

/** The measures of `later` over those of `earlier`: a new run replaces each measure as it arrives. */
function merged(earlier: MeasuresResult | null, later: MeasuresResult): MeasuresResult {
  if (!earlier) return later;
  return {
    values: new Map([...earlier.values, ...later.values]),
    modularity: later.modularity ?? earlier.modularity,
    estimatedFrom: later.values.has('betweenness') ? later.estimatedFrom : earlier.estimatedFrom,
  };
}

export class MeasuresState {
  status = $state<MeasuresStatus>('none');
  /** 0..1 while running. */
  progress = $state(0);
  /** What is being computed while running, in words ("communities", "betweenness (estimated from 500 nodes)"). */
  measuring = $state<string | null>(null);
  /** The measures computed so far: while running, those done. */
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

  /** The names of the measures computed so far, as their columns are called. */
  get found(): string[] {
    return this.result ? measuredColumns(this.result).map(({ column }) => column.name) : [];
  }

  /** Computes every measure (again); a run in progress is replaced. */
  async compute(): Promise<void> {
    this.cancel();
    this.status = 'running';
    this.progress = 0;
    this.measuring = null;
    this.problem = null;
    const graph = this.#data.graph;
    const earlier = this.result;
    let job: MeasuresJob | null = null;
    const live = () => this.#job === job;
    try {
      // The measures' code (graphology-metrics, Louvain) loads only when asked for.
      const run = this.#run ?? (await import('../graph/measures-job')).runMeasures;
      job = run(graph, edgeWeight(graph), {
        onProgress: (fraction) => live() && (this.progress = fraction),
        onStep: (step, estimatedFrom) => live() && (this.measuring = stepName(step, estimatedFrom)),
        onResult: (found) => live() && (this.result = merged(earlier, found)),
      });
    } catch (error) {
      this.status = 'failed';
      this.problem = `The measures could not be computed: ${errorMessage(error)}`;
      return;
    }
    this.#job = job;
    try {
      const result = await job.result;
      if (!live()) return;
      if (result) {
        this.result = merged(earlier, result);
        this.status = 'done';
      } else this.status = this.result ? 'done' : 'none';
    } catch (error) {
      if (!live()) return;
      this.status = 'failed';
      this.problem = `The measures could not be computed: ${errorMessage(error)}`;
    } finally {
      if (live()) {
        this.#job = null;
        this.measuring = null;
      }
    }
  }

  /** Stops a run; measures computed before, and those this run had finished, stay. */
  cancel(): void {
    const job = this.#job;
    this.#job = null;
    job?.cancel();
    this.measuring = null;
    if (this.status === 'running') this.status = this.result ? 'done' : 'none';
  }
}

function stepName(step: MeasureStep, estimatedFrom: number | undefined): string {
  const name = STEP_NAMES[step];
  return estimatedFrom === undefined ? name : `${name} (estimated from ${estimatedFrom.toLocaleString('en')} nodes)`;
}
