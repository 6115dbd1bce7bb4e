// Collects many small pieces of text into pieces of about a megabyte: few enough for a Blob to take quickly, small
// enough that a graph of a quarter of a million edges never needs one enormous string.
const CHUNK_LENGTH = 1 << 20;

export class TextChunks {
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  private length = 0;

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= CHUNK_LENGTH) this.flush();
  }

  /** The pieces, in order. */
  finish(): string[] {
    this.flush();
    return this.chunks;
  }

  /** One flat string for the parts so far (a join, so no chain of a million concatenations is kept alive). */
  private flush(): void {
    if (this.parts.length > 0) this.chunks.push(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }
}
