// Reading a shipped dataset file in the dataset worker (here a stand-in running the worker's code) and on the page:
// the same arrays and progress, the same plain messages for a damaged file, cancel stopping the worker at once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerCompactRequest, type CompactRequest } from '../../src/lib/data/datasets/compact-request';
import { CompactGraphError } from '../../src/lib/data/datasets/compact-graph';
import type { FetchProgress } from '../../src/lib/data/datasets/fetch-compact';
import { loadCompactArrays } from '../../src/lib/data/datasets/load-compact';

const DEPRESSION = readFileSync(resolve(__dirname, '../../public/data/hetionet-depression.json.gz'));

/** Runs the worker's code in this thread; messages go through structured cloning, with the transfers. */
class StandInWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** The buffers the worker side posted, to see that they moved. */
  readonly sent: ArrayBuffer[] = [];
  constructor(private readonly failToStart = false) {}
  postMessage(request: CompactRequest): void {
    if (this.failToStart) {
      setTimeout(() => this.onerror?.({ preventDefault: () => {} } as ErrorEvent), 0);
      return;
    }
    void answerCompactRequest(structuredClone(request), (reply, transfer = []) => {
      this.sent.push(...transfer);
      const data = structuredClone(reply, { transfer });
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
      }, 0);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function serve(body: BodyInit, status = 200) {
  const fetched = vi.fn((_url: string, init?: RequestInit) => {
    init?.signal?.throwIfAborted();
    return Promise.resolve(new Response(body, { status, headers: { 'content-length': String(DEPRESSION.length) } }));
  });
  vi.stubGlobal('fetch', fetched);
  return fetched;
}

beforeEach(() => vi.stubGlobal('document', { baseURI: 'https://atlas.example/app/' }));
afterEach(() => vi.unstubAllGlobals());

/** Loads through the stand-in worker, or on the page (`worker: null`), noting the phases reported. */
async function load(worker: StandInWorker | null, signal?: AbortSignal) {
  const phases: FetchProgress['phase'][] = [];
  const arrays = await loadCompactArrays('data/hetionet-depression.json.gz', {
    worker: worker ? () => worker as unknown as Worker : null,
    onProgress: (progress) => {
      if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
    },
    ...(signal ? { signal } : {}),
  });
  return { arrays, phases };
}

describe('loadCompactArrays', () => {
  it('reads the file in the worker, asks for it by its full address and moves the arrays over', async () => {
    const fetched = serve(DEPRESSION);
    const worker = new StandInWorker();
    const { arrays, phases } = await load(worker);
    expect(fetched.mock.calls[0]?.[0]).toBe('https://atlas.example/app/data/hetionet-depression.json.gz');
    expect(phases).toEqual(['download', 'unpack', 'parse']);
    expect(arrays.edges.sources).toBeInstanceOf(Uint32Array);
    expect(arrays.edges.sources).toHaveLength(28706);
    // Six arrays of the graph, and the summary's two of counts (relationships per node, per relation and kinds).
    expect(worker.sent).toHaveLength(8);
    expect(arrays.counts.degrees).toHaveLength(1597);
    expect(worker.sent.every((buffer) => buffer.byteLength === 0)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('gives the same arrays and progress on the page', async () => {
    serve(DEPRESSION);
    const inWorker = await load(new StandInWorker());
    serve(DEPRESSION);
    const onPage = await load(null);
    expect(onPage.phases).toEqual(inWorker.phases);
    expect(onPage.arrays).toEqual(inWorker.arrays);
  });

  it('says plainly what is wrong with a damaged or missing file, from the worker as on the page', async () => {
    for (const worker of [() => new StandInWorker(), () => null]) {
      serve(gzipSync('{"format": "something else"}'));
      const damaged = load(worker());
      await expect(damaged).rejects.toBeInstanceOf(CompactGraphError);
      await expect(damaged).rejects.toThrow('This is not a Synapse Atlas dataset file');
      serve('{"format": "synapse-atlas-compact/1", "nodes"');
      await expect(load(worker())).rejects.toThrow('The dataset file is damaged: it is not valid JSON.');
      serve('not found', 404);
      await expect(load(worker())).rejects.toThrow('The dataset could not be downloaded (404');
    }
  });

  it('stops the worker at once when cancelled', async () => {
    serve(DEPRESSION);
    const worker = new StandInWorker();
    const controller = new AbortController();
    const loading = load(worker, controller.signal);
    controller.abort();
    await expect(loading).rejects.toThrow();
    expect(worker.terminated).toBe(true);
  });

  it('reads the file on the page when the worker cannot start', async () => {
    serve(DEPRESSION);
    const worker = new StandInWorker(true);
    const { arrays } = await load(worker);
    expect(arrays.nodes.ids).toHaveLength(1597);
    expect(worker.terminated).toBe(true);
  });
});
