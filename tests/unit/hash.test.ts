// Deterministic hashing and seeded random numbers, which keep layouts the same on every run.
import { describe, expect, it } from 'vitest';
import { hashString, seededRandom } from '../../src/lib/util/hash';

describe('hashString', () => {
  it('gives the standard FNV-1a 32-bit values', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('tells apart texts that differ only in order', () => {
    expect(hashString('drug:a\ndrug:b')).not.toBe(hashString('drug:b\ndrug:a'));
  });
});

describe('seededRandom', () => {
  const draw = (seed: number, count = 50) => Array.from({ length: count }, seededRandom(seed));

  it('gives the same numbers for the same seed', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives different numbers for different seeds', () => {
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('gives numbers from 0 up to but not including 1', () => {
    for (const value of draw(7, 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
