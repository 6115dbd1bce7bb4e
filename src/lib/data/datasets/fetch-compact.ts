// Downloads a compact dataset file with progress, unzips it, reads and checks it; cancellable. Runs in the dataset
// worker, or on the page where there are no workers.
import { gunzipText, isGzip } from '../../util/gunzip';
import { checkCompactGraph, CompactGraphError, type CompactGraph } from './compact-graph';

export interface FetchProgress {
  phase: 'download' | 'unpack' | 'parse';
  /** 0..1 when the size is known. */
  fraction?: number | undefined;
}

async function readAll(
  response: Response,
  onProgress: (progress: FetchProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress({ phase: 'download', fraction: total ? Math.min(1, received / total) : undefined });
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function fetchCompactGraph(
  url: string,
  options: { signal?: AbortSignal; onProgress?: (progress: FetchProgress) => void } = {},
): Promise<CompactGraph> {
  const onProgress = options.onProgress ?? (() => {});
  const response = await fetch(url, { signal: options.signal });
  if (!response.ok)
    throw new CompactGraphError(`The dataset could not be downloaded (${response.status} ${response.statusText}).`);
  const bytes = await readAll(response, onProgress);
  onProgress({ phase: 'unpack' });
  // Files may arrive already unzipped when a server sets Content-Encoding: gzip.
  const text = isGzip(bytes) ? await gunzipText(new Blob([bytes])) : new TextDecoder().decode(bytes);
  options.signal?.throwIfAborted();
  onProgress({ phase: 'parse' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CompactGraphError('The dataset file is damaged: it is not valid JSON.');
  }
  return checkCompactGraph(parsed);
}
