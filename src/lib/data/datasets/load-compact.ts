// Reads a shipped dataset file into typed arrays in a Web Worker, so unzipping and reading it never hold up the page;
// on the page itself where there are no workers. Progress and cancel either way; cancel stops the worker at once.
import { toCompactArrays, type CompactArrays } from './compact-arrays';
import { CompactGraphError } from './compact-graph';
import type { CompactReply, CompactRequest } from './compact-request';
import { fetchCompactGraph, type FetchProgress } from './fetch-compact';
import { stopWorkerOnAbort } from '../../util/worker-abort';

interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  /** Makes the worker: the dataset worker by default, none (read on the page) where workers are unavailable. */
  worker?: (() => Worker) | null;
}

const datasetWorker = () =>
  new Worker(new URL('./compact.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });

export async function loadCompactArrays(url: string, options: LoadOptions = {}): Promise<CompactArrays> {
  const makeWorker =
    options.worker !== undefined ? options.worker : typeof Worker === 'undefined' ? null : datasetWorker;
  if (!makeWorker) return inThread(url, options);
  options.signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = makeWorker();
  } catch {
    return inThread(url, options);
  }
  return inWorker(worker, new URL(url, document.baseURI).href, options);
}

async function inThread(url: string, options: LoadOptions): Promise<CompactArrays> {
  return toCompactArrays(await fetchCompactGraph(url, options));
}

function inWorker(worker: Worker, url: string, options: LoadOptions): Promise<CompactArrays> {
  const { signal, onProgress } = options;
  return new Promise<CompactArrays>((resolve, reject) => {
    const stop = stopWorkerOnAbort(worker, signal, reject);
    worker.onmessage = (event: MessageEvent<CompactReply>) => {
      const reply = event.data;
      if ('progress' in reply) return onProgress?.(reply.progress);
      stop();
      if ('graph' in reply) resolve(reply.graph);
      else reject(reply.plain ? new CompactGraphError(reply.problem) : new Error(reply.problem));
    };
    // The worker itself could not start (an old browser, a blocked script): read the file on the page instead.
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      inThread(url, options).then(resolve, reject);
    };
    worker.postMessage({ url } satisfies CompactRequest);
  });
}
