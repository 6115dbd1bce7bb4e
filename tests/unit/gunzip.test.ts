// Unzipping in the browser's way (DecompressionStream), with a cap on how large the text may grow.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipText, isGzip } from '../../src/lib/util/gunzip';
import { errorMessage } from '../../src/lib/util/error-message';

const zipped = (text: string) => new Blob([gzipSync(Buffer.from(text, 'utf8'))]);

describe('gunzipText', () => {
  it('returns the text inside gzipped data', async () => {
    expect(await gunzipText(zipped('{"nodes": ["Ünïcode"]}'))).toBe('{"nodes": ["Ünïcode"]}');
  });

  it('stops with the given error once the text passes the limit', async () => {
    const limit = { maxBytes: 100, tooLarge: () => new Error('too much to import') };
    await expect(gunzipText(zipped('x'.repeat(100_000)), limit)).rejects.toThrow('too much to import');
    expect(await gunzipText(zipped('x'.repeat(100)), limit)).toHaveLength(100);
  });

  it('tells gzip data by its first two bytes', () => {
    expect(isGzip(gzipSync(Buffer.from('a')))).toBe(true);
    expect(isGzip(new TextEncoder().encode('{"format"'))).toBe(false);
  });
});

describe('errorMessage', () => {
  it('reads the message of an Error and the text of anything else thrown', () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
    expect(errorMessage('plain words')).toBe('plain words');
    expect(errorMessage(42)).toBe('42');
  });
});
