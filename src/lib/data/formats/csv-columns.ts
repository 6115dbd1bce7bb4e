// The types of CSV columns: guessed from the cells (a reader may choose others), or named in the header as
// "name:type" where a guess would be wrong ("zip:string" for codes like 02139, "weight:double" for 1, 2, 3).
import type { AttributeType } from '../../graph/attribute-schema';
import { JSON_SUFFIX } from './attribute-codec';

/** Header suffixes and the types they name; "json" cells are JSON, whatever they hold. */
const SUFFIXES: Readonly<Record<string, AttributeType | 'json'>> = {
  string: 'string',
  int: 'integer',
  integer: 'integer',
  long: 'long',
  float: 'float',
  double: 'double',
  boolean: 'boolean',
  json: 'json',
};
const WRITTEN_SUFFIX: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  integer: 'int',
  long: 'long',
  float: 'float',
  double: 'double',
  boolean: 'boolean',
  list: 'json',
  object: 'json',
};

export type CellType = AttributeType | 'json';

/** A header read as a name and, when it ends with a known ":type", that type. */
export function readHeader(header: string): { name: string; type?: CellType } {
  const match = /^(.*):([a-z]+)$/i.exec(header);
  const suffix = match?.[2]?.toLowerCase() ?? '';
  if (!match || !Object.hasOwn(SUFFIXES, suffix) || match[1] === '') return { name: header };
  return { name: match[1] ?? header, type: SUFFIXES[suffix] };
}

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const DECIMAL = /^-?(?:0|[1-9]\d*)?(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const BOOLEAN = /^(?:true|false)$/i;

/**
 * The type a column's cells look like: booleans, whole numbers (no leading zeros, which codes keep), other numbers,
 * else text. Empty cells are absent values and say nothing.
 */
export function guessType(cells: Iterable<string>): AttributeType {
  let integers = true;
  let numbers = true;
  let booleans = true;
  let long = false;
  let any = false;
  for (const cell of cells) {
    if (cell === '') continue;
    any = true;
    const digits = cell.replace(/^-/, '').replace(/[.eE].*$/, '').length;
    const integer = INTEGER.test(cell) && digits <= 15;
    integers &&= integer;
    numbers &&= integer || (DECIMAL.test(cell) && /\d/.test(cell) && digits <= 15);
    booleans &&= BOOLEAN.test(cell);
    if (integer && Math.abs(Number(cell)) > 0x7fffffff) long = true;
    if (!integers && !numbers && !booleans) return 'string';
  }
  if (!any) return 'string';
  if (booleans) return 'boolean';
  if (integers) return long ? 'long' : 'integer';
  return numbers ? 'double' : 'string';
}

/** The header a column is written under: its name, with its type when a reader would guess another. */
export function writeHeader(name: string, type: AttributeType, cells: readonly string[], json: boolean): string {
  if (json) return `${name}${JSON_SUFFIX}`;
  const guessed = guessType(cells);
  const ambiguous = readHeader(name).type !== undefined;
  return guessed === type && !ambiguous ? name : `${name}:${WRITTEN_SUFFIX[type]}`;
}

/** A value as a cell: decimals keep a decimal point, so 1.0 in a column of decimals is not read as a whole number. */
export function writeCell(value: unknown, type: AttributeType): string {
  if (typeof value === 'number' && (type === 'double' || type === 'float') && Number.isInteger(value))
    return `${value}.0`.replace(/e.*\.0$/, (exponent) => exponent.slice(0, -2));
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
