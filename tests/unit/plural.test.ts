// Counts in running text: grouped numbers and words that agree with them.
import { describe, expect, it } from 'vitest';
import { grouped, plural } from '../../src/lib/util/plural';

describe('plural', () => {
  it('keeps the word singular for exactly one and adds an s otherwise', () => {
    expect(plural(1, 'node')).toBe('1 node');
    expect(plural(0, 'node')).toBe('0 nodes');
    expect(plural(2, 'relationship')).toBe('2 relationships');
  });

  it('groups large numbers the English way', () => {
    expect(plural(231883, 'edge')).toBe('231,883 edges');
    expect(grouped(1597)).toBe('1,597');
  });

  it('writes every number as English number formatting does', () => {
    const numbers = [0, 7, 42, 999, 1000, 12_345, 999_999, 1_000_000, 230_883, -1, -1234, -1_000_000, 2 ** 40, 0.5];
    for (const count of numbers) expect(grouped(count)).toBe(count.toLocaleString('en'));
  });

  it('takes an irregular plural', () => {
    expect(plural(3, 'match', 'matches')).toBe('3 matches');
    expect(plural(1, 'match', 'matches')).toBe('1 match');
  });
});
