// @vitest-environment jsdom
// Importing through the import worker as the reader meets it: progress while it reads, Cancel that stops it and adds
// nothing, and a worker that fails half-way reported with the open datasets unchanged.
import { describe, expect, it } from 'vitest';
import type { AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { answerImportRequest, type ImportReply, type ImportRequest } from '../../src/lib/data/import-request';
import { ImportedStore } from '../../src/lib/state/imported-store';
import { ImportSession } from '../../src/lib/state/import-session.svelte';
import { Workspace } from '../../src/lib/state/workspace.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { memoryStore } from '../fixtures/memory-store';

const { bundle } = loadCuratedBundle();

/** A ring of `count` nodes as graphology JSON: more than LARGE_EDGE_COUNT relationships makes it a large graph. */
const ring = (count: number) =>
  JSON.stringify({
    options: { multi: true },
    nodes: Array.from({ length: count }, (_, index) => ({ key: `n${index}` })),
    edges: Array.from({ length: count }, (_, index) => ({ source: `n${index}`, target: `n${(index + 1) % count}` })),
  });

/** Runs the worker's code in this thread, answering a turn later, as a worker would; can fail after its first answer. */
class StandInWorker {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(
    private readonly failAfterStart = false,
    private readonly delivered: () => void = () => {},
  ) {}
  postMessage(request: ImportRequest): void {
    void answerImportRequest(
      request,
      (reply) =>
        setTimeout(() => {
          if (this.terminated) return;
          this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ImportReply>);
          this.delivered();
          if (this.failAfterStart) this.onerror?.({ preventDefault: () => {}, message: '' } as ErrorEvent);
        }, 0),
      (files) => Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setUp(worker: () => StandInWorker) {
  const workspace = new Workspace(bundle);
  const opened: AtlasDataset[] = [];
  const said: string[] = [];
  const notify = (message: string) => said.push(message);
  const workers: StandInWorker[] = [];
  const session = new ImportSession({
    workspace,
    kept: new ImportedStore(memoryStore(), notify),
    notify,
    open: (dataset) => opened.push(dataset),
    readFiles: () => Promise.reject(new Error('read on the page')),
    worker: () => {
      const made = worker();
      workers.push(made);
      return made as unknown as Worker;
    },
  });
  return { session, workspace, opened, said, workers };
}

describe('ImportSession with the import worker', () => {
  it('reads a large file in the worker, shows how far it is, and opens it with its summary counted', async () => {
    const phases: string[] = [];
    const { session, opened, said } = setUp(
      () => new StandInWorker(false, () => session.progress && phases.push(session.progress.phase)),
    );
    await session.importFiles([new File([ring(3000)], 'ring.json')]);
    expect([...new Set(phases)]).toEqual(['Reading the file', 'Reading the graph', 'Receiving the graph']);
    expect(session.progress).toBeNull();
    expect(opened.map((dataset) => [dataset.id, dataset.graph.order, dataset.graph.size])).toEqual([
      ['import-ring', 3000, 3000],
    ]);
    expect(opened[0]?.large).toBe(true);
    expect(opened[0]?.kindTally).toBeDefined();
    expect(said.at(-1)).toMatch(/^Imported “ring.json” as a new dataset: 3,000 nodes and 3,000 relationships\./);
  });

  it('stops on Cancel: the worker ends, nothing is added, and the reader is told', async () => {
    const { session, workspace, opened, said, workers } = setUp(() => new StandInWorker());
    const before = workspace.entries.map((entry) => entry.id);
    const reading = session.importFiles([new File([ring(3000)], 'ring.json')]);
    session.cancelImport();
    await reading;
    expect(workers[0]?.terminated).toBe(true);
    expect(opened).toEqual([]);
    expect(session.reading).toBeNull();
    expect(workspace.entries.map((entry) => entry.id)).toEqual(before);
    expect(said).toEqual(['Stopped importing ring.json. The open datasets are unchanged.']);
  });

  it('says so when the worker fails half-way, and leaves the open datasets as they were', async () => {
    const { session, opened, said } = setUp(() => new StandInWorker(true));
    await session.importFiles([new File([ring(10)], 'ring.json')]);
    expect(opened).toEqual([]);
    expect(said).toEqual([
      'Could not import ring.json: The background reader stopped while reading the file. The open datasets are unchanged.',
    ]);
  });
});
