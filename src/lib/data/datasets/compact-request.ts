// What the dataset worker is asked and answers: progress, then the graph in typed arrays, or why it could not be read.
import { toCompactArrays, transferList, type CompactArrays } from './compact-arrays';
import { CompactGraphError } from './compact-graph';
import { fetchCompactGraph, type FetchProgress } from './fetch-compact';
import { errorMessage } from '../../util/error-message';

export interface CompactRequest {
  /** Absolute: a worker resolves relative addresses against its own script, not the page. */
  url: string;
}

export type CompactReply =
  | { progress: FetchProgress }
  | { graph: CompactArrays }
  /** `plain` when the message is written for the reader (a CompactGraphError) and is shown as it is. */
  | { problem: string; plain: boolean };

/** Reads the file a request names, posting progress and then the graph, its arrays transferred. */
export async function answerCompactRequest(
  request: CompactRequest,
  post: (reply: CompactReply, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  try {
    const compact = await fetchCompactGraph(request.url, { onProgress: (progress) => post({ progress }) });
    const graph = toCompactArrays(compact);
    post({ graph }, transferList(graph));
  } catch (error) {
    post({ problem: errorMessage(error), plain: error instanceof CompactGraphError });
  }
}
