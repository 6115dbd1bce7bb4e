// Appearance by attribute and filters by attribute on hand-made columns: categories get colours and shapes (the rest
// "Other values"), numbers five steps or a size scale, filters keep ranges and chosen values; and the table's window.
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  CATEGORY_SHAPES,
  OTHER_COLOUR,
  SEQUENTIAL_COLOURS,
  colourBy,
  displayValue,
  isCategorical,
  scaleBy,
} from '../../src/lib/graph/appearance';
import type { ValueColumn } from '../../src/lib/graph/attribute-columns';
import { excludedBy, meetsFilter, summarise } from '../../src/lib/graph/attribute-filter';
import type { AttributeType } from '../../src/lib/graph/attribute-schema';
import { rowWindow } from '../../src/lib/util/virtual-window';

function column(type: AttributeType, values: Record<string, unknown>): ValueColumn {
  const map = new Map(Object.entries(values));
  return { key: `file:${type}`, name: `A ${type}`, type, origin: 'file', value: (id) => map.get(id) };
}
const ids = (count: number) => Array.from({ length: count }, (_v, index) => `n${index}`);

describe('colour and shape by a category', () => {
  it('gives the commonest values the palette and a shape each, and groups the rest', () => {
    const values = Object.fromEntries(ids(12).map((id, index) => [id, `v${index < 3 ? 0 : index}`]));
    const { styles, legend } = colourBy(column('string', values), ids(12));
    expect(styles.get('n0')).toEqual({ colour: CATEGORY_COLOURS[0], shape: CATEGORY_SHAPES[0] });
    expect(legend.entries[0]).toMatchObject({ label: 'v0', count: 3 });
    expect(legend.entries).toHaveLength(9);
    expect(legend.entries.at(-1)).toMatchObject({ label: 'Other values', colour: OTHER_COLOUR, count: 2 });
    expect(new Set(legend.entries.slice(0, 8).map((entry) => `${entry.colour}${entry.shape}`)).size).toBe(8);
  });

  it('reads a handful of whole numbers as categories and many as amounts', () => {
    const few = column('integer', { a: 1, b: 2, c: 1 });
    expect(isCategorical(few, ['a', 'b', 'c'])).toBe(true);
    const many = column('integer', Object.fromEntries(ids(40).map((id, index) => [id, index])));
    expect(isCategorical(many, ids(40))).toBe(false);
    const { styles, legend } = colourBy(many, ids(40));
    expect(styles.get('n0')?.colour).toBe(SEQUENTIAL_COLOURS[0]);
    expect(styles.get('n39')?.colour).toBe(SEQUENTIAL_COLOURS[4]);
    expect(legend.entries[0]?.label).toBe('0 to 8');
  });

  it('sizes by a number, from the smallest to the largest', () => {
    const { sizes, legend } = scaleBy(column('double', { a: 0, b: 25, c: 100 }), ['a', 'b', 'c', 'd'], [10, 60]);
    expect([sizes.get('a'), sizes.get('b'), sizes.get('c'), sizes.get('d')]).toEqual([10, 35, 60, undefined]);
    expect(legend).toEqual({ title: 'A double', min: 0, max: 100 });
  });

  it('shows values as text', () => {
    expect([displayValue(0.1 + 0.2), displayValue(['a', 1]), displayValue(true), displayValue(undefined)]).toEqual([
      '0.3',
      'a, 1',
      'true',
      '',
    ]);
  });
});

describe('filters by attribute', () => {
  const score = column('double', { a: 1, b: 5, c: 9 });
  const kind = column('string', { a: 'x', b: 'y' });

  it('summarise a column as a range or as its values', () => {
    expect(summarise(score, ['a', 'b', 'c'])).toEqual({ range: { min: 1, max: 9 } });
    expect(summarise(kind, ['a', 'b', 'c']).values).toEqual([
      { value: '', count: 1 },
      { value: 'x', count: 1 },
      { value: 'y', count: 1 },
    ]);
  });

  it('keep what is in range or among the values, and leave out the rest', () => {
    expect(meetsFilter({ group: 'node', column: 's', kind: 'range', min: 2 }, 5)).toBe(true);
    expect(meetsFilter({ group: 'node', column: 's', kind: 'range', min: 2 }, undefined)).toBe(false);
    const filters = [
      { group: 'node' as const, column: score.key, kind: 'range' as const, min: 2, max: 9 },
      { group: 'node' as const, column: kind.key, kind: 'values' as const, values: ['y', ''] },
    ];
    expect([...excludedBy(filters, 'node', [score, kind], ['a', 'b', 'c'])]).toEqual(['a']);
    expect(excludedBy(filters, 'edge', [score, kind], ['a']).size).toBe(0);
  });
});

describe('the rows in view', () => {
  it('draws the rows in the viewport and a few around them', () => {
    expect(rowWindow(0, 280, 28, 10_000, 5)).toEqual({ start: 0, end: 16 });
    expect(rowWindow(28_000, 280, 28, 10_000, 5)).toEqual({ start: 995, end: 1016 });
    expect(rowWindow(1e9, 280, 28, 10, 5)).toEqual({ start: 4, end: 10 });
    expect(rowWindow(0, 280, 28, 0)).toEqual({ start: 0, end: 0 });
  });
});
