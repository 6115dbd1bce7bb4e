// Reading an import in the import worker (here a stand-in running the worker's code through structured cloning): the
// same preview as on the page, records in batches, positions moved as arrays, cancel and a failing worker; and the XML
// formats read without a DOMParser, as in the worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml } from '../../src/lib/data/formats/graphml';
import { previewImport, type ImportPreview } from '../../src/lib/data/imported-dataset';
import { importInWorker, WorkerUnavailable } from '../../src/lib/data/import-in-worker';
import { answerImportRequest, BATCH, type ImportReply, type ImportRequest } from '../../src/lib/data/import-request';
import type { ImportFile } from '../../src/lib/data/formats/read-files';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle } = loadCuratedBundle();
const context = { vocab: bundle.vocab, sources: bundle.sources.map((source) => ({ id: source.id })) };
const SAMPLES = resolve(__dirname, '../../../shared/data/samples');
const BAD = resolve(__dirname, '../fixtures/bad');
const readText = (path: string) => readFileSync(path, 'utf8');
/** Edge keys the file does not give are generated, differently at each reading. */
const withoutEdgeKeys = (preview: ImportPreview) => ({
  ...preview,
  mapped: preview.mapped && {
    ...preview.mapped,
    edges: preview.mapped.edges.map((edge) => ({ ...edge, id: edge.id.startsWith('geid_') ? 'generated' : edge.id })),
  },
});

/** A graph file of `count` nodes in a ring, with positions, as GraphML. */
function ringGraphml(count: number): string {
  const nodes = Array.from(
    { length: count },
    (_, index) => `<node id="n${index}"><data key="x">${index}</data><data key="y">${-index}</data></node>`,
  );
  const edges = Array.from(
    { length: count },
    (_, index) => `<edge source="n${index}" target="n${(index + 1) % count}"/>`,
  );
  return `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/>
<graph edgedefault="directed">${nodes.join('\n')}${edges.join('\n')}</graph></graphml>`;
}

/** Runs the worker's code in this thread; each message is structured-cloned, with its transfers, as a worker's is. */
class StandInWorker {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly replies: ImportReply[] = [];
  constructor(
    private readonly behaviour: 'answer' | 'never-start' | 'crash-after-start' = 'answer',
    private readonly readFiles = (files: readonly File[]) =>
      Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))),
  ) {}
  postMessage(request: ImportRequest): void {
    const error = () => this.onerror?.({ preventDefault: () => {}, message: 'out of memory' } as ErrorEvent);
    if (this.behaviour === 'never-start') return void setTimeout(error, 0);
    // Node's structured clone drops a File's name; a browser's keeps it, so the files are passed as they are.
    const cloned =
      'files' in request
        ? { ...structuredClone({ ...request, files: [] }), files: request.files }
        : structuredClone(request);
    void answerImportRequest(
      cloned,
      (reply, transfer = []) => {
        const data = structuredClone(reply, { transfer });
        this.replies.push(data);
        setTimeout(() => {
          if (this.terminated) return;
          this.onmessage?.({ data } as MessageEvent<ImportReply>);
          if (this.behaviour === 'crash-after-start' && 'phase' in data) error();
        }, 0);
      },
      this.readFiles,
    );
  }
  terminate(): void {
    this.terminated = true;
  }
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}

describe('the import worker', () => {
  it('reads files into the same preview as on the page, sending the records in batches and positions as arrays', async () => {
    const text = ringGraphml(BATCH + 500);
    const worker = new StandInWorker();
    const phases: string[] = [];
    const { read, texts } = await importInWorker(
      worker.asWorker(),
      { files: [new File([text], 'ring.graphml')], context, choices: {} },
      { onProgress: (phase) => phases.push(phase) },
    );
    const onPage = previewImport([{ name: 'ring.graphml', text }], context);
    expect(texts).toEqual([{ name: 'ring.graphml', text }]);
    expect(withoutEdgeKeys(read)).toEqual(withoutEdgeKeys(onPage));
    expect(read.mapped?.positions?.get('n7')).toEqual({ x: 7, y: -7 });
    expect(phases.slice(0, 2)).toEqual(['read', 'parse']);
    expect(phases.at(-1)).toBe('receive');
    // Two batches of nodes and two of edges, none larger than a batch; the positions moved, not copied.
    const batches = worker.replies.filter((reply) => 'nodes' in reply || 'edges' in reply);
    expect(batches).toHaveLength(4);
    const head = worker.replies.find((reply) => 'preview' in reply);
    expect(head && 'preview' in head && head.positions?.x).toBeInstanceOf(Float64Array);
    expect(head && 'preview' in head && head.preview.mapped?.nodes).toEqual([]);
  });

  it('reads texts it is given again with the reader’s choices (a CSV column read as text)', async () => {
    const files: ImportFile[] = [{ name: 'pairs.csv', text: 'source,target,weight\na,b,1\nb,c,2\n' }];
    const choices = { columnTypes: { edges: new Map([['weight', 'string' as const]]) } };
    const { read } = await importInWorker(new StandInWorker().asWorker(), { texts: files, context, choices });
    expect(withoutEdgeKeys(read)).toEqual(withoutEdgeKeys(previewImport(files, context, choices)));
    expect(read.attributes?.schema.edge.find((column) => column.name === 'weight')?.type).toBe('string');
  });

  it('passes on what is wrong with a file that is no graph, and why a file could not be read', async () => {
    const files = [{ name: 'notes.txt', text: 'hello' }];
    const { read } = await importInWorker(new StandInWorker().asWorker(), { texts: files, context, choices: {} });
    expect(read.mapped).toBeNull();
    expect(read.problems).toEqual(previewImport(files, context).problems);
    const unreadable = new StandInWorker('answer', () => Promise.reject(new Error('"big.gexf" is 400 MB, too much.')));
    await expect(
      importInWorker(unreadable.asWorker(), { files: [new File(['x'], 'big.gexf')], context, choices: {} }),
    ).rejects.toThrow('"big.gexf" is 400 MB, too much.');
  });

  it('stops the worker at once on cancel', async () => {
    const worker = new StandInWorker();
    const cancel = new AbortController();
    const reading = importInWorker(
      worker.asWorker(),
      { texts: [{ name: 'ring.graphml', text: ringGraphml(50) }], context, choices: {} },
      { signal: cancel.signal },
    );
    cancel.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('tells a worker that never started (read on the page instead) from one that failed (a clear error)', async () => {
    const request = { texts: [{ name: 'ring.graphml', text: ringGraphml(5) }], context, choices: {} };
    await expect(importInWorker(new StandInWorker('never-start').asWorker(), request)).rejects.toBeInstanceOf(
      WorkerUnavailable,
    );
    await expect(importInWorker(new StandInWorker('crash-after-start').asWorker(), request)).rejects.toThrow(
      'The background reader stopped while reading the file (out of memory).',
    );
  });
});

describe('XML without a DOMParser (as in the worker)', () => {
  it('has no DOMParser here', () => {
    expect(typeof DOMParser).toBe('undefined');
  });

  it('reads the public samples with their counts', () => {
    const graphml = parseGraphml(readText(resolve(SAMPLES, 'miserables.graphml')));
    expect([graphml.graph?.order, graphml.graph?.size]).toEqual([77, 254]);
    const gexf = parseGexf(readText(resolve(SAMPLES, 'celegans.gexf')));
    expect([gexf.graph?.order, gexf.graph?.size]).toEqual([306, 2345]);
  });

  it('names the line and column of a syntax error', () => {
    const result = parseGraphml('<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>');
    expect(result.graph).toBeNull();
    expect(result.problems[0]).toMatchObject({ line: 3, column: 18, severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/^this is not well-formed XML: Opening and ending tag mismatch/);
    for (const file of ['gexf/truncated.gexf', 'graphml/truncated.graphml']) {
      const problem = (file.endsWith('gexf') ? parseGexf : parseGraphml)(readText(resolve(BAD, file))).problems[0];
      expect(problem).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
      expect(problem?.message).toMatch(/^this is not well-formed XML/);
    }
  });

  it('refuses an external entity and never expands declared ones', () => {
    expect(parseGexf(readText(resolve(BAD, 'gexf/external-entity.gexf'))).problems[0]?.message).toMatch(
      /this is not well-formed XML: undefined entity &xxe;/,
    );
    const expansion = parseGexf(readText(resolve(BAD, 'gexf/entity-expansion.gexf')));
    expect([expansion.graph?.order, expansion.graph?.size]).toEqual([3, 2]);
    expect(String(expansion.graph?.getNodeAttribute('a', 'label') ?? '').length).toBeLessThan(1000);
  });

  it('reports broken edges and duplicate ids by line, as on the page', () => {
    const result = parseGexf(readText(resolve(BAD, 'gexf/duplicate-ids.gexf')));
    expect([result.graph?.order, result.graph?.size]).toEqual([3, 2]);
    expect(result.problems.map((problem) => problem.line)).toEqual([8, 13]);
  });
});
