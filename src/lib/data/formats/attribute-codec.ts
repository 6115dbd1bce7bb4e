// Keeps attributes lossless in formats that only hold plain values (GEXF, GraphML, CSV): anything else is JSON in a "name:json" column.
import type { Attributes } from 'graphology-types';
import { setOwn } from '../../util/own-property';
import type { FormatProblem } from './import-result';

/** Suffix of a column whose cells hold JSON (lists, objects, or values the format would change). */
export const JSON_SUFFIX = ':json';

type PlainType = 'string' | 'number' | 'boolean';

function plainType(value: unknown, textOnly: boolean): PlainType | null {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : null;
  if (typeof value !== 'string') return null;
  // Empty strings, edge whitespace and control characters do not survive XML attributes or CSV cells unchanged.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being looked for
  if (value === '' || value.trim() !== value || /[\u0000-\u001f]/.test(value)) return null;
  if (textOnly && typeCell(value) !== value) return null;
  return 'string';
}

/** How a plain table cell is read back: numbers and booleans by their look, everything else as text. */
export function typeCell(cell: string): string | number | boolean {
  if (cell === 'true') return true;
  if (cell === 'false') return false;
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(cell)) {
    // Ids such as "007" and digit strings too long for a double stay text: as numbers they would not write back.
    const leadingZero = /^-?0\d/.test(cell);
    const digits = cell.replace(/[-.]|[eE].*$/g, '').replace(/^0+/, '').length;
    const number = Number(cell);
    if (!leadingZero && digits <= 15 && Number.isFinite(number)) return number;
  }
  return cell;
}

/**
 * The attribute names that must be written as JSON: those whose values are not all plain values of one type.
 * `textOnly` is for formats without declared types (CSV), where a text "12" would be read back as a number.
 */
export function jsonColumns(records: Iterable<Attributes>, textOnly: boolean): Set<string> {
  const types = new Map<string, PlainType | null>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      const type = plainType(value, textOnly);
      const seen = types.get(name);
      if (seen === undefined) types.set(name, type);
      else if (seen !== type) types.set(name, null);
    }
  }
  const columns = new Set<string>();
  for (const [name, type] of types) if (type === null || name.endsWith(JSON_SUFFIX)) columns.add(name);
  return columns;
}

/** Attributes ready for a plain-value format: the JSON columns renamed and encoded, undefined values left out. */
export function encodeAttributes(attributes: Attributes, json: ReadonlySet<string>): Attributes {
  const encoded: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (json.has(name)) setOwn(encoded, `${name}${JSON_SUFFIX}`, JSON.stringify(value));
    else setOwn(encoded, name, value);
  }
  return encoded;
}

/** Reverses `encodeAttributes`; a JSON cell that does not parse is kept as text and reported. */
export function decodeAttributes(
  attributes: Attributes,
  where: Omit<FormatProblem, 'message' | 'severity'>,
  problems: FormatProblem[],
): Attributes {
  const decoded: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!name.endsWith(JSON_SUFFIX) || typeof value !== 'string') {
      setOwn(decoded, name, value);
      continue;
    }
    const base = name.slice(0, -JSON_SUFFIX.length);
    try {
      setOwn(decoded, base, JSON.parse(value));
    } catch {
      setOwn(decoded, name, value);
      problems.push({
        ...where,
        severity: 'warning',
        message: `the value of "${name}" is not valid JSON, so it was kept as text`,
      });
    }
  }
  return decoded;
}
