// The text of chosen or dropped files, unzipping `.gz` files in the browser; refuses files too big to read safely.
import { gunzipText } from '../../util/gunzip';
import { grouped } from '../../util/plural';
import type { ImportFile } from './read-files';

/** Beyond this a browser tab may run out of memory turning the file into text. */
const MAX_TEXT_BYTES = 300 * 1024 * 1024;

const megabytes = (bytes: number) => `${grouped(Math.round(bytes / (1024 * 1024)))} MB`;

export async function fileTexts(files: readonly File[]): Promise<ImportFile[]> {
  const texts: ImportFile[] = [];
  for (const file of files) {
    if (file.size > MAX_TEXT_BYTES)
      throw new Error(
        `"${file.name}" is ${megabytes(file.size)}, more than the ${megabytes(MAX_TEXT_BYTES)} a browser tab can import safely.`,
      );
    const zipped = /\.gz$/i.test(file.name);
    const tooLarge = () =>
      new Error(
        `"${file.name}" unpacks to more than ${megabytes(MAX_TEXT_BYTES)}, too much to import in a browser tab.`,
      );
    texts.push({
      name: zipped ? file.name.replace(/\.gz$/i, '') : file.name,
      text: zipped ? await gunzipText(file, { maxBytes: MAX_TEXT_BYTES, tooLarge }) : await file.text(),
    });
  }
  return texts;
}
