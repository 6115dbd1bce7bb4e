// Reads an import in the import worker and puts its answer back together on the page: the preview, then the records
// in batches; Cancel terminates the worker at once. Workers that cannot start are told apart from ones that fail.
import type { EdgeRecord, NodeRecord } from '../graph/types';
import type { Position } from '../util/position';
import type { ImportFile } from './formats/read-files';
import type { ImportPreview } from './imported-dataset';
import type { ImportPhase, ImportReply, ImportRequest, PositionArrays } from './import-request';
import { stopWorkerOnAbort } from '../util/worker-abort';

/** The worker never answered: the page reads the file itself instead. */
export class WorkerUnavailable extends Error {
  constructor() {
    super('The background reader could not start.');
    this.name = 'WorkerUnavailable';
  }
}

export interface ImportRead {
  read: ImportPreview;
  texts: ImportFile[];
}

interface WorkerOptions {
  signal?: AbortSignal | undefined;
  /** The phase, with how much of the records has arrived (0..1) once they come. */
  onProgress?: ((phase: ImportPhase | 'receive', fraction?: number) => void) | undefined;
}

/** The import worker, or null where there are no workers (the unit tests). */
export function importWorker(): (() => Worker) | null {
  return typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
}

function withPositions(nodes: readonly NodeRecord[], arrays: PositionArrays): Map<string, Position> {
  return new Map(nodes.map((node, index) => [node.id, { x: arrays.x[index] ?? 0, y: arrays.y[index] ?? 0 }]));
}

export function importInWorker(
  worker: Worker,
  request: ImportRequest,
  options: WorkerOptions = {},
): Promise<ImportRead> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  return new Promise<ImportRead>((resolve, reject) => {
    let heard = false;
    let head: { preview: ImportPreview; texts: ImportFile[]; positions: PositionArrays | null } | undefined;
    const nodes: NodeRecord[] = [];
    const edges: EdgeRecord[] = [];
    const stop = stopWorkerOnAbort(worker, signal, reject);
    const finish = () => {
      stop();
      if (!head) return reject(new Error('The background reader stopped before it had read the file.'));
      const { preview, texts, positions } = head;
      const mapped = preview.mapped && {
        ...preview.mapped,
        nodes,
        edges,
        positions: positions ? withPositions(nodes, positions) : null,
      };
      resolve({ read: { ...preview, mapped }, texts });
    };
    const received = () => {
      const total = (head?.preview.nodes ?? 0) + (head?.preview.edges ?? 0);
      onProgress?.('receive', total > 0 ? (nodes.length + edges.length) / total : 1);
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      heard = true;
      const reply = event.data;
      if ('phase' in reply) onProgress?.(reply.phase);
      else if ('preview' in reply) {
        head = reply;
        received();
      } else if ('nodes' in reply) {
        for (const node of reply.nodes) nodes.push(node);
        received();
      } else if ('edges' in reply) {
        for (const edge of reply.edges) edges.push(edge);
        received();
      } else if ('end' in reply) finish();
      else {
        stop();
        reject(new Error(reply.problem));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      // Before any answer the worker could not start (a blocked script); after, it failed (out of memory, say).
      if (!heard) reject(new WorkerUnavailable());
      else
        reject(
          new Error(
            `The background reader stopped while reading the file${event.message ? ` (${event.message})` : ''}.`,
          ),
        );
    };
    worker.postMessage(request);
  });
}
