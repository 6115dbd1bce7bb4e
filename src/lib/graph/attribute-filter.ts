// Filters by attribute: a range for numbers, a set of values for anything else. Elements without a value for the
// column are left out by a range and kept only if "no value" is chosen; several filters must all be met.
import { displayValue } from './appearance';
import type { ValueColumn } from './attribute-columns';
import { isNumberType } from './attribute-schema';

export type AttributeFilter =
  | { group: 'node' | 'edge'; column: string; kind: 'range'; min?: number | undefined; max?: number | undefined }
  | { group: 'node' | 'edge'; column: string; kind: 'values'; values: readonly string[] };

export interface ColumnSummary {
  /** For numbers: the smallest and largest value. */
  range?: { min: number; max: number };
  /** For anything else: each value as shown, with how many elements have it (most common first, at most 50). */
  values?: { value: string; count: number }[];
}

const MAX_VALUES = 50;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What a column holds among `ids`: its range for numbers, its most common values otherwise. */
export function summarise(column: ValueColumn, ids: Iterable<string>): ColumnSummary {
  if (isNumberType(column.type)) {
    let min = Infinity;
    let max = -Infinity;
    for (const id of ids) {
      const value = column.value(id);
      if (!finite(value)) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return min <= max ? { range: { min, max } } : { range: { min: 0, max: 0 } };
  }
  const counts = new Map<string, number>();
  for (const id of ids) {
    const value = displayValue(column.value(id));
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return {
    values: [...counts]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .slice(0, MAX_VALUES)
      .map(([value, count]) => ({ value, count })),
  };
}

/** Whether one element's value meets the filter ("" stands for no value). */
export function meetsFilter(filter: AttributeFilter, value: unknown): boolean {
  if (filter.kind === 'range') {
    if (!finite(value)) return false;
    return (filter.min === undefined || value >= filter.min) && (filter.max === undefined || value <= filter.max);
  }
  return filter.values.includes(displayValue(value));
}

/** The ids among `ids` that fail one of `filters` (of their group), given the group's columns. */
export function excludedBy(
  filters: readonly AttributeFilter[],
  group: 'node' | 'edge',
  columns: readonly ValueColumn[],
  ids: Iterable<string>,
): Set<string> {
  const active = filters.flatMap((filter) => {
    const column = filter.group === group ? columns.find((candidate) => candidate.key === filter.column) : undefined;
    return column ? [{ filter, column }] : [];
  });
  const excluded = new Set<string>();
  if (active.length === 0) return excluded;
  for (const id of ids)
    if (!active.every(({ filter, column }) => meetsFilter(filter, column.value(id)))) excluded.add(id);
  return excluded;
}
