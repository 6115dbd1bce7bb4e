// The text of chosen or dropped files, unzipping `.gz` files in the browser; refuses files too big to read safely.
import type { ImportFile } from '../../lib/data/formats/read-files';

/** Beyond this a browser tab may run out of memory turning the file into text. */
const MAX_TEXT_BYTES = 300 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;

async function gunzip(file: File): Promise<string> {
  const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_TEXT_BYTES) {
      await reader.cancel();
      throw new Error(
        `"${file.name}" unpacks to more than ${megabytes(MAX_TEXT_BYTES)}, too much to import in a browser tab.`,
      );
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

export async function fileTexts(files: readonly File[]): Promise<ImportFile[]> {
  const texts: ImportFile[] = [];
  for (const file of files) {
    if (file.size > MAX_TEXT_BYTES)
      throw new Error(
        `"${file.name}" is ${megabytes(file.size)}, more than the ${megabytes(MAX_TEXT_BYTES)} a browser tab can import safely.`,
      );
    const zipped = /\.gz$/i.test(file.name);
    texts.push({
      name: zipped ? file.name.replace(/\.gz$/i, '') : file.name,
      text: zipped ? await gunzip(file) : await file.text(),
    });
  }
  return texts;
}
