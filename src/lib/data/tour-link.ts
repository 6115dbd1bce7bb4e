// Packs a tour file's text into the address of a link (#tour-data=…, deflated and base64url) and unpacks it safely.

/** The part of the address fragment that carries a shared tour. */
export const TOUR_LINK_KEY = 'tour-data';
/** Links longer than this are refused: some mail programs and chat apps cut long addresses. */
export const MAX_TOUR_LINK_CHARS = 8000;
/** A shared tour never unpacks to more than this, whatever the link holds. */
const MAX_TOUR_TEXT_BYTES = 200_000;

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** The fragment value ("tour-data=…") that carries `text`, compressed. */
export async function encodeTourLink(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
  return `${TOUR_LINK_KEY}=${toBase64Url(packed)}`;
}

export type DecodedTourLink = { ok: true; text: string } | { ok: false; message: string };

/** The tour text in an address fragment ("#tour-data=…"); null when the fragment carries no tour. Never throws. */
export async function decodeTourLink(fragment: string): Promise<DecodedTourLink | null> {
  const value = new URLSearchParams(fragment.replace(/^#/, '')).get(TOUR_LINK_KEY);
  if (value === null) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(value)) {
    return { ok: false, message: 'The link was cut short or changed on the way: ask for it again, or for the file.' };
  }
  try {
    const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'), MAX_TOUR_TEXT_BYTES);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof RangeError
          ? 'The tour in this link is far larger than any tour: it was not opened.'
          : 'The link was cut short or changed on the way, so the tour in it cannot be read: ask for it again, or for the file.',
    };
  }
}
