// Keeps attributes lossless in formats that hold only plain values (GEXF, GraphML, CSV): a column they cannot hold as
// it is (objects, mixed types, text the format would change) travels as JSON in a "name:json" column.
import type { Attributes } from 'graphology-types';
import type { AttributeColumn } from '../../graph/attribute-schema';
import { setOwn } from '../../util/own-property';
import type { FormatProblem, ProblemPlace } from './import-result';

/** Suffix of a column whose cells hold JSON (lists, objects, or values the format would change). */
export const JSON_SUFFIX = ':json';

interface PlainFormat {
  /** Whether the format holds lists of plain values itself (GEXF's list types). */
  lists: boolean;
  /** Whether the format writes and reads this text unchanged. */
  keepsText: (text: string) => boolean;
}

/** The columns a format must write as JSON. */
export function jsonColumns(
  columns: readonly AttributeColumn[],
  records: Iterable<Attributes>,
  format: PlainFormat,
): Set<string> {
  const json = new Set<string>();
  for (const column of columns)
    if (column.type === 'object' || (column.type === 'list' && !format.lists) || column.name.endsWith(JSON_SUFFIX))
      json.add(column.name);
  const texts = new Set(columns.filter((column) => column.type === 'string').map((column) => column.name));
  for (const attributes of records)
    for (const name of texts)
      if (!json.has(name) && Object.hasOwn(attributes, name)) {
        const value: unknown = attributes[name];
        if (typeof value === 'string' && !format.keepsText(value)) json.add(name);
      }
  return json;
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

/** The column a JSON column came from, with the type its values decode to. */
export function encodedColumn(column: AttributeColumn, json: ReadonlySet<string>): AttributeColumn {
  return json.has(column.name) ? { name: `${column.name}${JSON_SUFFIX}`, type: 'string' } : column;
}

/** Reverses `encodeAttributes`; a JSON cell that does not parse is kept as text and reported. */
export function decodeAttributes(attributes: Attributes, where: ProblemPlace, problems: FormatProblem[]): Attributes {
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

/** The declared columns as they read back once JSON columns are decoded: a "name:json" column is "name" again. */
export function decodedColumns(columns: readonly AttributeColumn[]): AttributeColumn[] {
  return columns.filter((column) => !column.name.endsWith(JSON_SUFFIX));
}
