// What the import worker is asked and answers: where it is, the preview with the file's texts, the records in
// batches (so no single hand-over holds up the page) and positions as transferred arrays, or why it failed.
import type { EdgeRecord, NodeRecord } from '../graph/types';
import type { Position } from '../util/position';
import { errorMessage } from '../util/error-message';
import { previewImport, type ImportContext, type ImportPreview } from './imported-dataset';
import type { ImportFile, ReadChoices } from './formats/read-files';

export type ImportRequest = ({ files: File[] } | { texts: ImportFile[] }) & {
  context: ImportContext;
  choices: ReadChoices;
};

/** What the worker is doing: reading the files (and unzipping them), then reading them as a graph. */
export type ImportPhase = 'read' | 'parse';

/** Positions by node, in the order of the nodes that follow, as arrays whose buffers are transferred. */
export interface PositionArrays {
  x: Float64Array;
  y: Float64Array;
}

export type ImportReply =
  | { phase: ImportPhase }
  /** The preview, its records left out (they follow), with the texts it was read from. */
  | { preview: ImportPreview; texts: ImportFile[]; positions: PositionArrays | null }
  | { nodes: NodeRecord[] }
  | { edges: EdgeRecord[] }
  | { end: true }
  | { problem: string };

/** Records per message: structured-cloning a batch takes a few milliseconds on the page, not one long task. */
export const BATCH = 2000;

function positionArrays(nodes: readonly NodeRecord[], positions: ReadonlyMap<string, Position>): PositionArrays {
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  nodes.forEach((node, index) => {
    const position = positions.get(node.id);
    x[index] = position?.x ?? 0;
    y[index] = position?.y ?? 0;
  });
  return { x, y };
}

/** Answers one request: reads the files, previews the import and posts the result; never throws. */
export async function answerImportRequest(
  request: ImportRequest,
  post: (reply: ImportReply, transfer?: ArrayBuffer[]) => void,
  readFiles: (files: readonly File[]) => Promise<ImportFile[]>,
): Promise<void> {
  try {
    let texts: ImportFile[];
    if ('texts' in request) texts = request.texts;
    else {
      post({ phase: 'read' });
      texts = await readFiles(request.files);
    }
    post({ phase: 'parse' });
    const read = previewImport(texts, request.context, request.choices);
    const mapped = read.mapped;
    if (!mapped) return (post({ preview: read, texts, positions: null }), post({ end: true }));
    const positions = mapped.positions ? positionArrays(mapped.nodes, mapped.positions) : null;
    const head = { ...read, mapped: { ...mapped, nodes: [], edges: [], positions: null } };
    post(
      { preview: head, texts, positions },
      positions ? [positions.x.buffer as ArrayBuffer, positions.y.buffer as ArrayBuffer] : [],
    );
    for (let start = 0; start < mapped.nodes.length; start += BATCH)
      post({ nodes: mapped.nodes.slice(start, start + BATCH) });
    for (let start = 0; start < mapped.edges.length; start += BATCH)
      post({ edges: mapped.edges.slice(start, start + BATCH) });
    post({ end: true });
  } catch (error) {
    post({ problem: errorMessage(error) });
  }
}
