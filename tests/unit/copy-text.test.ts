// Copying for the reader: true when the clipboard took the text, false (never an exception) when it would not.
import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/lib/util/copy-text';

describe('copyText', () => {
  it('says whether the clipboard took the text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await copyText('https://atlas.test/?focus=a', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://atlas.test/?focus=a');
    expect(await copyText('x', { writeText: () => Promise.reject(new Error('denied')) })).toBe(false);
    expect(await copyText('x', undefined)).toBe(false);
  });
});
