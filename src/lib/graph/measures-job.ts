// Runs the measures of a graph: on the page for small graphs, in a Web Worker for large ones, with progress, the step
// being computed, each measure as soon as it is done, and a cancel that stops the worker at once (keeping those done).
import type { AbstractGraph } from 'graphology-types';
import type { Measure, MeasureStep, MeasuresResult } from './measure-names';
import type { IndexKeys } from './index-keys';
import { computeMeasures, measureInputInSlices, partByNode, type MeasureInput, type MeasurePart } from './measures';
import type { MeasuresMessage } from './measures-reply';

/** Graphs with more edges than this are measured in a worker. */
const IN_WORKER_EDGES = 3000;

export interface MeasuresJob {
  /** Every measure, or null when cancelled. */
  result: Promise<MeasuresResult | null>;
  cancel(): void;
}

export interface MeasuresJobOptions {
  /** The fraction of the work done. */
  onProgress?: (fraction: number) => void;
  /** The step being computed (and for an estimated betweenness, how many source nodes it searches from). */
  onStep?: (step: MeasureStep, estimatedFrom?: number) => void;
  /** The measures found so far, each time a step is done. */
  onResult?: (result: MeasuresResult) => void;
  worker?: () => Worker;
}

export function runMeasures(
  graph: AbstractGraph,
  weightOf: (edge: string) => number,
  options: MeasuresJobOptions = {},
): MeasuresJob {
  const reading = new AbortController();
  let stop: () => void = () => {};
  // The graph is read into arrays a slice at a time (a quarter of a million relationships took 0.4 s in one go).
  const result = measureInputInSlices(graph, weightOf, reading.signal).then(
    ({ input, keys }) => {
      if (reading.signal.aborted) return null;
      const job = measureArrays(input, keys, options);
      stop = job.cancel;
      return job.result;
    },
    (error: unknown) => {
      if (reading.signal.aborted) return null;
      throw error;
    },
  );
  return {
    result,
    cancel: () => {
      reading.abort();
      stop();
    },
  };
}

/** Measures the arrays: on the page for small graphs, in a worker for large ones. */
function measureArrays(input: MeasureInput, keys: IndexKeys, options: MeasuresJobOptions): MeasuresJob {
  const values = new Map<Measure, ReadonlyMap<string, number>>();
  let found: MeasuresResult = { values };
  const take = (part: MeasurePart) => {
    for (const [measure, byNode] of partByNode(part.values, keys)) values.set(measure, byNode);
    found = {
      values: new Map(values),
      modularity: part.modularity ?? found.modularity,
      estimatedFrom: part.step === 'betweenness' ? part.estimatedFrom : found.estimatedFrom,
    };
    options.onResult?.(found);
  };
  const makeWorker =
    options.worker ??
    (typeof Worker === 'undefined' || input.sources.length <= IN_WORKER_EDGES
      ? undefined
      : () => new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' }));
  if (!makeWorker) {
    let cancelled = false;
    // A turn of the event loop first, so the page can say it is measuring.
    const result = new Promise<MeasuresResult | null>((resolve, reject) =>
      setTimeout(() => {
        if (cancelled) return resolve(null);
        try {
          computeMeasures(input, {
            onStep: (step, _fraction, estimatedFrom) => options.onStep?.(step, estimatedFrom),
            onProgress: (fraction) => options.onProgress?.(fraction),
            onPart: take,
          });
          resolve(found);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0),
    );
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = makeWorker();
  let settle: (value: MeasuresResult | null) => void = () => {};
  const result = new Promise<MeasuresResult | null>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<MeasuresMessage>) => {
      const message = event.data;
      if ('step' in message) options.onStep?.(message.step, message.estimatedFrom);
      else if ('progress' in message) options.onProgress?.(message.progress);
      else if ('part' in message) take(message.part);
      else {
        worker.terminate();
        resolve(found);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the measures could not be computed'));
    };
  });
  worker.postMessage(input, [
    input.sources.buffer,
    input.targets.buffer,
    input.weights.buffer,
    input.undirected.buffer,
  ]);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
