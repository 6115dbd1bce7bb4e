// Runs the measures of a graph: on the page for small graphs, in a Web Worker for large ones, with progress and a
// cancel that stops the worker at once.
import type { AbstractGraph } from 'graphology-types';
import type { Measure } from './measure-names';
import { computeMeasures, measureInput, measuresByNode, type MeasureValues } from './measures';

/** Graphs with more edges than this are measured in a worker. */
const IN_WORKER_EDGES = 3000;

export interface MeasuresResult {
  values: Map<Measure, Map<string, number>>;
  /** Of the Louvain communities (−0.5 to 1; above 0.3 is a clear community structure). */
  modularity: number;
}

export interface MeasuresJob {
  /** The measures, or null when cancelled. */
  result: Promise<MeasuresResult | null>;
  cancel(): void;
}

type WorkerMessage = { progress: number } | { values: MeasureValues };

export function runMeasures(
  graph: AbstractGraph,
  weightOf: (edge: string) => number,
  options: { onProgress?: (fraction: number) => void; worker?: () => Worker } = {},
): MeasuresJob {
  const { input, keys } = measureInput(graph, weightOf);
  const finish = (values: MeasureValues): MeasuresResult => ({
    values: measuresByNode(values, keys),
    modularity: values.modularity,
  });
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
          resolve(finish(computeMeasures(input, options.onProgress)));
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
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if ('progress' in event.data) options.onProgress?.(event.data.progress);
      else {
        worker.terminate();
        resolve(finish(event.data.values));
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
