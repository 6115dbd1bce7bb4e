// Values written as text (XML attributes and elements, table cells) read by their declared type and written so they
// read back the same: the one place where "12", "true" and "[a, b]" become numbers, booleans and lists.
import type { AttributeType } from '../../graph/attribute-schema';

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const SPECIAL_NUMBERS: Readonly<Record<string, number>> = { NaN: Number.NaN, INF: Infinity, '-INF': -Infinity };

/** A number written in decimal or scientific notation (and XML Schema's NaN, INF, -INF), else undefined. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  return Object.hasOwn(SPECIAL_NUMBERS, trimmed) ? SPECIAL_NUMBERS[trimmed] : undefined;
}

/** "true"/"false" in any case (and XML Schema's "1"/"0"), else undefined. */
function readBoolean(text: string): boolean | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'true' || trimmed === '1') return true;
  if (trimmed === 'false' || trimmed === '0') return false;
  return undefined;
}

/**
 * Pieces of a list value: GEXF 1.3's `[a, "b, c"]` (quoted pieces with backslash escapes), else pieces separated
 * by "|" (GEXF 1.2) or commas.
 */
function readListPieces(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '[]') return [];
  if (!(trimmed.startsWith('[') && trimmed.endsWith(']')))
    return trimmed.split(trimmed.includes('|') ? /\s*\|\s*/ : /\s*,\s*/);
  const pieces: string[] = [];
  const inner = trimmed.slice(1, -1);
  let index = 0;
  while (index < inner.length) {
    while (/\s|,/.test(inner[index] ?? '')) index++;
    if (index >= inner.length) break;
    const quote = inner[index];
    if (quote === '"' || quote === "'") {
      let piece = '';
      index++;
      while (index < inner.length && inner[index] !== quote) {
        if (inner[index] === '\\' && index + 1 < inner.length) {
          const next = inner[index + 1] ?? '';
          piece += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[next] ?? next;
          index += 2;
        } else piece += inner[index++];
      }
      pieces.push(piece);
      index++;
    } else {
      const end = inner.indexOf(',', index);
      pieces.push(inner.slice(index, end === -1 ? undefined : end).trim());
      index = end === -1 ? inner.length : end + 1;
    }
  }
  return pieces;
}

/** A list written as GEXF 1.3 does: `["a", "b \"quoted\""]`, numbers and booleans unquoted. */
function writeList(items: readonly unknown[]): string {
  const piece = (item: unknown) =>
    typeof item === 'string'
      ? `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`
      : String(item);
  return `[${items.map(piece).join(', ')}]`;
}

/** The type of the pieces of a list type ("listinteger" → integer), for formats that declare one. */
export type ItemType = 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean';

/** Whether a list item is a value of `itemType` that reads back the same. */
export function fitsItemType(item: unknown, itemType: ItemType): boolean {
  switch (itemType) {
    case 'string':
      return typeof item === 'string';
    case 'boolean':
      return typeof item === 'boolean';
    case 'integer':
    case 'long':
      return Number.isInteger(item);
    default:
      return typeof item === 'number';
  }
}

/** `text` read as a value of `type` (lists with `itemType` pieces); undefined when it is not one. */
export function readTyped(text: string, type: AttributeType, itemType: ItemType = 'string'): unknown {
  switch (type) {
    case 'string':
      return text;
    case 'boolean':
      return readBoolean(text);
    case 'integer':
    case 'long': {
      const number = readNumber(text);
      return number !== undefined && Number.isInteger(number) ? number : undefined;
    }
    case 'float':
    case 'double':
      return readNumber(text);
    case 'list': {
      const items = readListPieces(text).map((piece) => readTyped(piece, itemType));
      return items.every((item) => item !== undefined) ? items : undefined;
    }
    case 'object':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
  }
}

/** A value as text that `readTyped` reads back the same. */
export function writeTyped(value: unknown): string {
  if (Array.isArray(value)) return writeList(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
