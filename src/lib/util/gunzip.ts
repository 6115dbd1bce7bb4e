// Unzips gzip data in the browser with DecompressionStream, optionally refusing output past a size limit.

export interface UnzipLimit {
  maxBytes: number;
  /** The error to throw when the unzipped data would pass `maxBytes`. */
  tooLarge: () => Error;
}

/** Whether the bytes start with gzip's magic number (a server may already have unzipped a `.gz` file). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The text inside gzipped `data`, read a chunk at a time so a `limit` can stop a file that unpacks too large. */
export async function gunzipText(data: Blob, limit?: UnzipLimit): Promise<string> {
  const reader = data.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (limit && total > limit.maxBytes) {
      await reader.cancel();
      throw limit.tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}
