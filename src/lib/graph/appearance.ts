// Appearance by attribute: colour nodes by a column (categories in a colour-blind-safe palette with a shape for each
// as a second channel, numbers in five steps of a sequential palette), size them by a number, set edge widths by a
// weight, and the legend that says what each colour, shape and size means.
import type { ValueColumn } from './attribute-columns';
import { isNumberType } from './attribute-schema';

/** Okabe and Ito's eight colours, safe for the common colour-vision deficiencies. */
export const CATEGORY_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];
/** One shape per category, so categories differ by more than colour. */
export const CATEGORY_SHAPES = ['ellipse', 'rectangle', 'triangle', 'diamond', 'hexagon', 'star', 'vee', 'round-tag'];
/** Values past the eighth category, and nodes without a value. */
export const OTHER_COLOUR = '#BBBBBB';
const MISSING_SHAPE = 'ellipse';
/** Five steps of viridis: light to dark reads as low to high for every kind of colour vision. */
export const SEQUENTIAL_COLOURS = ['#FDE725', '#5EC962', '#21918C', '#3B528B', '#440154'];

/** Integer columns with at most this many values are read as categories (a community, a class). */
const MAX_INTEGER_CATEGORIES = 12;

export interface NodeStyle {
  colour?: string | undefined;
  shape?: string | undefined;
  size?: number | undefined;
}

export interface EdgeStyle {
  width?: number | undefined;
  colour?: string | undefined;
}

interface LegendEntry {
  label: string;
  colour: string;
  shape: string;
  count: number;
}

export interface ColourLegend {
  title: string;
  entries: LegendEntry[];
}

export interface ScaleLegend {
  title: string;
  min: number;
  max: number;
}

/** How a value reads in a table cell, a legend or a filter. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether a column colours by categories (text, yes/no, lists, a handful of whole numbers) rather than by amount. */
export function isCategorical(column: ValueColumn, ids: readonly string[]): boolean {
  if (!isNumberType(column.type)) return true;
  if (column.type !== 'integer' && column.type !== 'long') return false;
  const distinct = new Set<unknown>();
  for (const id of ids) {
    distinct.add(column.value(id));
    if (distinct.size > MAX_INTEGER_CATEGORIES) return false;
  }
  return true;
}

function categories(
  column: ValueColumn,
  ids: readonly string[],
): { styles: Map<string, NodeStyle>; legend: ColourLegend } {
  const counts = new Map<string, number>();
  const labelOf = new Map<string, string>();
  for (const id of ids) {
    const label = displayValue(column.value(id));
    labelOf.set(id, label);
    if (label !== '') counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const ranked = [...counts].sort(
    ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, undefined, { numeric: true }),
  );
  const shown = ranked.slice(0, CATEGORY_COLOURS.length);
  const index = new Map(shown.map(([label], position) => [label, position]));
  const styles = new Map<string, NodeStyle>();
  let other = 0;
  for (const id of ids) {
    const position = index.get(labelOf.get(id) ?? '');
    if (position === undefined) other++;
    styles.set(id, {
      colour: position === undefined ? OTHER_COLOUR : CATEGORY_COLOURS[position],
      shape: position === undefined ? MISSING_SHAPE : CATEGORY_SHAPES[position],
    });
  }
  const entries: LegendEntry[] = shown.map(([label, count], position) => ({
    label,
    colour: CATEGORY_COLOURS[position] ?? OTHER_COLOUR,
    shape: CATEGORY_SHAPES[position] ?? MISSING_SHAPE,
    count,
  }));
  if (other > 0)
    entries.push({
      label: ranked.length > shown.length ? 'Other values' : 'No value',
      colour: OTHER_COLOUR,
      shape: MISSING_SHAPE,
      count: other,
    });
  return { styles, legend: { title: column.name, entries } };
}

function amounts(
  column: ValueColumn,
  ids: readonly string[],
): { styles: Map<string, NodeStyle>; legend: ColourLegend } {
  const values = ids
    .map((id) => column.value(id))
    .filter(finite)
    .sort((a, b) => a - b);
  const steps = SEQUENTIAL_COLOURS.length;
  // Quantile boundaries, so each colour holds about as many nodes.
  const bounds = Array.from(
    { length: steps - 1 },
    (_value, step) => values[Math.floor(((step + 1) * values.length) / steps)] ?? 0,
  );
  const stepOf = (value: number) => bounds.filter((bound) => value >= bound).length;
  const counts = new Array<number>(steps).fill(0);
  const styles = new Map<string, NodeStyle>();
  let missing = 0;
  for (const id of ids) {
    const value = column.value(id);
    if (!finite(value)) {
      missing++;
      styles.set(id, { colour: OTHER_COLOUR, shape: MISSING_SHAPE });
      continue;
    }
    const step = stepOf(value);
    counts[step] = (counts[step] ?? 0) + 1;
    styles.set(id, { colour: SEQUENTIAL_COLOURS[step], shape: MISSING_SHAPE });
  }
  const lows = [values[0] ?? 0, ...bounds];
  const highs = [...bounds, values.at(-1) ?? 0];
  const entries: LegendEntry[] = SEQUENTIAL_COLOURS.flatMap((colour, step) =>
    (counts[step] ?? 0) > 0
      ? [
          {
            label: `${displayValue(lows[step])} to ${displayValue(highs[step])}`,
            colour,
            shape: MISSING_SHAPE,
            count: counts[step] ?? 0,
          },
        ]
      : [],
  );
  if (missing > 0) entries.push({ label: 'No value', colour: OTHER_COLOUR, shape: MISSING_SHAPE, count: missing });
  return { styles, legend: { title: column.name, entries } };
}

/** Colours (and shapes, for categories) of `ids` by `column`, with the legend saying what they mean. */
export function colourBy(
  column: ValueColumn,
  ids: readonly string[],
): { styles: Map<string, NodeStyle>; legend: ColourLegend } {
  return isCategorical(column, ids) ? categories(column, ids) : amounts(column, ids);
}

/** Numbers of `column` mapped onto `range` (by square root, so areas grow with the value); no value keeps `fallback`. */
export function scaleBy(
  column: ValueColumn,
  ids: readonly string[],
  range: readonly [number, number],
): { sizes: Map<string, number>; legend: ScaleLegend } {
  const values = ids.map((id) => column.value(id)).filter(finite);
  const min = values.length > 0 ? Math.min(...values) : 0;
  const max = values.length > 0 ? Math.max(...values) : 0;
  const root = (value: number) => Math.sqrt(Math.max(0, value - min));
  const spread = root(max) || 1;
  const sizes = new Map<string, number>();
  for (const id of ids) {
    const value = column.value(id);
    if (finite(value)) sizes.set(id, Math.round((range[0] + (root(value) / spread) * (range[1] - range[0])) * 10) / 10);
  }
  return { sizes, legend: { title: column.name, min, max } };
}
