// The view's small pure edits: toggling a filter member, layering positions, pinning nodes.
import { describe, expect, it } from 'vitest';
import { mergePositions, toggleMember, withPins } from '../../src/lib/state/view-edits';

describe('toggleMember', () => {
  const all = ['a', 'b', 'c'];

  it('hides a member of "all", and shows it again, back to "all"', () => {
    expect(toggleMember(undefined, 'b', all)).toEqual(['a', 'c']);
    expect(toggleMember(['a', 'c'], 'b', all)).toBeUndefined();
  });

  it('keeps the order of "all"', () => {
    expect(toggleMember(['c'], 'a', all)).toEqual(['a', 'c']);
  });
});

describe('positions', () => {
  const shipped = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 1, y: 1 }],
  ]);

  it('lets later layers win, and hands back a single layer untouched', () => {
    const merged = mergePositions(shipped, new Map([['b', { x: 9, y: 9 }]]));
    expect(merged.get('b')).toEqual({ x: 9, y: 9 });
    expect(merged.get('a')).toEqual({ x: 0, y: 0 });
    expect(mergePositions(shipped, new Map())).toBe(shipped);
    expect(mergePositions().size).toBe(0);
  });

  it('moves pinned nodes to where they were put, and leaves the layout alone without pins', () => {
    expect(withPins(shipped, { a: { x: 5, y: 5 } }).get('a')).toEqual({ x: 5, y: 5 });
    expect(withPins(shipped, {})).toBe(shipped);
  });
});
