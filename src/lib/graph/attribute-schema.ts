// The attributes a graph file declares for its graph, nodes and edges: names, types (as declared, or inferred from the
// values) and defaults, so values keep their types from import to export, and tables, filters and colours know them.

/**
 * What a column holds. Integers and floats keep their width (GraphML `int`/`long`, `float`/`double`); `list` is a list
 * of plain values (GEXF `liststring`); `object` is anything else a JSON format can hold.
 */
export const ATTRIBUTE_TYPES = ['string', 'integer', 'long', 'float', 'double', 'boolean', 'list', 'object'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export type AttributeDomain = 'graph' | 'node' | 'edge';

export interface AttributeColumn {
  /** The attribute's name, as the values are keyed. */
  readonly name: string;
  readonly type: AttributeType;
  /** The type exactly as the file declared it when that says more than `type` ("anyURI", "listinteger", "short"). */
  readonly declared?: string | undefined;
  /** The value an element without one has, when the file declares it. */
  readonly default?: unknown;
}

export type AttributeSchema = Readonly<Record<AttributeDomain, readonly AttributeColumn[]>>;

export function emptySchema(): AttributeSchema {
  return { graph: [], node: [], edge: [] };
}

const NUMBER_TYPES: readonly AttributeType[] = ['integer', 'long', 'float', 'double'];

export function isNumberType(type: AttributeType): boolean {
  return NUMBER_TYPES.includes(type);
}

/** The narrowest type one value fits, or null for undefined and non-finite numbers. */
function valueType(value: unknown): AttributeType | null {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      if (!Number.isFinite(value)) return null;
      if (!Number.isInteger(value)) return 'double';
      return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
    case 'object':
      if (value === null) return 'object';
      return Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))
        ? 'list'
        : 'object';
    default:
      return null;
  }
}

/** Whether a value of type `value` can be held by a column of type `column` without changing it. */
function fits(value: AttributeType, column: AttributeType): boolean {
  if (value === column) return true;
  const widths: readonly AttributeType[] = ['integer', 'long', 'double'];
  if (widths.includes(value) && widths.includes(column)) return widths.indexOf(value) <= widths.indexOf(column);
  // A float column holds any number a file gave it; it was declared so, and its values are doubles in JavaScript.
  if (column === 'float') return isNumberType(value);
  return column === 'object';
}

/** The narrowest type that holds every value (undefined values are absent, not typed); `string` when there are none. */
export function inferType(values: Iterable<unknown>): AttributeType {
  let type: AttributeType | null = null;
  for (const value of values) {
    const own = valueType(value);
    if (own === null) continue;
    if (type === null || fits(type, own)) type = own;
    else if (!fits(own, type)) type = isNumberType(type) && isNumberType(own) ? 'double' : 'object';
  }
  return type ?? 'string';
}

/** Whether every value fits the column's type, so a typed format can write it as declared. */
function valuesFit(values: Iterable<unknown>, type: AttributeType): boolean {
  for (const value of values) {
    const own = valueType(value);
    if (own !== null && !fits(own, type)) return false;
  }
  return true;
}

/**
 * The columns of `records` in first-seen order: each declared column as declared (when its values still fit it),
 * every other name with its inferred type.
 */
export function columnsOf(
  records: Iterable<Readonly<Record<string, unknown>>>,
  declared: readonly AttributeColumn[] = [],
): AttributeColumn[] {
  const values = new Map<string, unknown[]>();
  for (const column of declared) values.set(column.name, []);
  for (const record of records)
    for (const [name, value] of Object.entries(record)) {
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(value);
    }
  const byName = new Map(declared.map((column) => [column.name, column]));
  return [...values].map(([name, list]) => {
    const column = byName.get(name);
    if (column && valuesFit(list, column.type)) return column;
    return { name, type: inferType(list) };
  });
}
