// CSV tables through papaparse: a nodes file and an edges file (or the edges file alone, as an edge list).
import Papa from 'papaparse';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { assembleGraph, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { decodeAttributes, encodeAttributes, JSON_SUFFIX, jsonColumns, typeCell } from './attribute-codec';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';

const NODE_ID_COLUMNS = ['id', 'key', 'node', 'name'];
const EDGE_ID_COLUMNS = ['id', 'key'];
const SOURCE_COLUMNS = ['source', 'from'];
const TARGET_COLUMNS = ['target', 'to'];
const UNDIRECTED_COLUMN = 'undirected';

/** A table of fixed columns (ids, ends) followed by one column per attribute; see attribute-codec for JSON columns. */
function table(fixed: readonly string[], rows: readonly { fixed: unknown[]; attributes: Attributes }[]): string {
  const reserved = new Set(fixed.flatMap((column) => RESERVED[column] ?? [column]));
  const attributeRows = rows.map((row) => row.attributes);
  const json = jsonColumns(attributeRows, true);
  // An attribute named like a fixed column ("id", "source", …) is written as JSON, so it cannot be read as one.
  for (const row of attributeRows)
    for (const name of Object.keys(row)) if (reserved.has(name.toLowerCase())) json.add(name);
  const encoded = attributeRows.map((attributes) => encodeAttributes(attributes, json));
  const extra = [...new Set(encoded.flatMap((row) => Object.keys(row)))];
  return Papa.unparse(
    {
      fields: [...fixed, ...extra],
      data: rows.map((row, index) => [...row.fixed, ...extra.map((column) => encoded[index]?.[column] ?? '')]),
    },
    { newline: '\n' },
  );
}

/** Column names the reader accepts for each fixed column. */
const RESERVED: Record<string, readonly string[]> = {
  id: [...new Set([...NODE_ID_COLUMNS, ...EDGE_ID_COLUMNS])],
  source: SOURCE_COLUMNS,
  target: TARGET_COLUMNS,
  [UNDIRECTED_COLUMN]: [UNDIRECTED_COLUMN],
};

/** The nodes table: `id` and one column per attribute. */
export function toCsvNodes(graph: AbstractGraph): string {
  return table(
    ['id'],
    graph.mapNodes((node, attributes) => ({ fixed: [node], attributes })),
  );
}

/** The edges table (also usable alone as an edge list): `id`, `source`, `target`, `undirected` if needed, attributes. */
export function toCsvEdges(graph: AbstractGraph): string {
  const withType = graph.type !== 'directed';
  return table(
    ['id', 'source', 'target', ...(withType ? [UNDIRECTED_COLUMN] : [])],
    graph.mapEdges((edge, attributes, source, target, _s, _t, undirected) => ({
      fixed: withType ? [edge, source, target, undirected] : [edge, source, target],
      attributes,
    })),
  );
}

interface ParsedTable {
  columns: string[];
  rows: { cells: Record<string, string>; row: number }[];
}

function readTable(text: string, file: string, problems: FormatProblem[]): ParsedTable | null {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const badRows = new Set<number>();
  for (const error of parsed.errors) {
    const row = error.row === undefined || error.row === null ? undefined : error.row + 2;
    if (error.code === 'UndetectableDelimiter' || error.code === 'TooFewFields') continue;
    if (error.code === 'TooManyFields') {
      problems.push({
        file,
        row,
        severity: 'warning',
        message: 'the row has more cells than there are columns; the extra cells were left out',
      });
      continue;
    }
    if (row !== undefined) badRows.add(row);
    problems.push({
      file,
      row,
      severity: 'error',
      message: `${error.message.replace(/\.$/, '')}; the row was left out`,
    });
  }
  for (const [renamed, header] of Object.entries(parsed.meta.renamedHeaders ?? {}))
    problems.push({
      file,
      row: 1,
      severity: 'warning',
      message: `the column "${header}" appears twice; the second was read as "${renamed}"`,
    });
  const columns = parsed.meta.fields ?? [];
  if (columns.length === 0) {
    problems.push({ file, row: 1, severity: 'error', message: 'the file has no header row naming its columns' });
    return null;
  }
  const rows = parsed.data.map((cells, index) => ({ cells, row: index + 2 })).filter(({ row }) => !badRows.has(row));
  return { columns, rows };
}

function findColumn(columns: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names) {
    const found = columns.find((column) => column.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}

function rowAttributes(
  cells: Record<string, string>,
  skip: ReadonlySet<string | undefined>,
  where: Omit<FormatProblem, 'message' | 'severity'>,
  problems: FormatProblem[],
): Attributes {
  const attributes: Attributes = {};
  for (const [column, cell] of Object.entries(cells)) {
    if (skip.has(column) || cell === '' || cell === undefined || column === '__parsed_extra') continue;
    attributes[column] = column.endsWith(JSON_SUFFIX) ? cell : typeCell(cell);
  }
  return decodeAttributes(attributes, where, problems);
}

export interface CsvOptions {
  /** Read edges without an `undirected` column as undirected (for undirected edge lists). */
  undirected?: boolean;
}

/**
 * Reads an edges table, with an optional nodes table. Without one, the nodes are the ends of the edges.
 * Rows are numbered as a spreadsheet shows them (the header is row 1).
 */
export function parseCsv(edgesText: string, nodesText?: string, options: CsvOptions = {}): ImportResult {
  const problems: FormatProblem[] = [];
  try {
    const nodes: NodeRecord[] = [];
    const known = new Set<string>();
    let skippedNodes = 0;
    const nodeFile = 'nodes file';
    const edgeFile = nodesText === undefined ? undefined : 'edges file';
    if (nodesText !== undefined) {
      const nodeTable = readTable(nodesText, nodeFile, problems);
      if (!nodeTable) return { graph: null, problems, skipped: { nodes: 0, edges: 0 } };
      const idColumn = findColumn(nodeTable.columns, NODE_ID_COLUMNS);
      if (!idColumn) return unreadable({ file: nodeFile, row: 1, message: 'the nodes file needs an "id" column' });
      for (const { cells, row } of nodeTable.rows) {
        const key = (cells[idColumn] ?? '').trim();
        if (key === '') {
          problems.push({ file: nodeFile, row, severity: 'error', message: 'the row has no node id; left out' });
          skippedNodes++;
          continue;
        }
        const where = { file: nodeFile, row };
        nodes.push({ key, attributes: rowAttributes(cells, new Set([idColumn]), where, problems), where });
        known.add(key);
      }
    }
    const edgeTable = readTable(edgesText, edgeFile ?? 'edge list', problems);
    if (!edgeTable) return { graph: null, problems, skipped: { nodes: skippedNodes, edges: 0 } };
    const file = edgeFile;
    const sourceColumn = findColumn(edgeTable.columns, SOURCE_COLUMNS);
    const targetColumn = findColumn(edgeTable.columns, TARGET_COLUMNS);
    if (!sourceColumn || !targetColumn)
      return unreadable({ file, row: 1, message: 'the edges need a "source" and a "target" column' });
    const idColumn = findColumn(edgeTable.columns, EDGE_ID_COLUMNS);
    const undirectedColumn = findColumn(edgeTable.columns, [UNDIRECTED_COLUMN]);
    const fixed = new Set([sourceColumn, targetColumn, idColumn, undirectedColumn]);
    const edges: EdgeRecord[] = [];
    let skippedEdges = 0;
    for (const { cells, row } of edgeTable.rows) {
      const source = (cells[sourceColumn] ?? '').trim();
      const target = (cells[targetColumn] ?? '').trim();
      if (source === '' || target === '') {
        problems.push({ file, row, severity: 'error', message: 'the row needs both a source and a target; left out' });
        skippedEdges++;
        continue;
      }
      if (nodesText === undefined)
        for (const end of [source, target])
          if (!known.has(end)) {
            known.add(end);
            nodes.push({ key: end, attributes: {}, where: { file, row } });
          }
      const undirectedCell = undirectedColumn ? (cells[undirectedColumn] ?? '').trim().toLowerCase() : '';
      const key = idColumn ? (cells[idColumn] ?? '').trim() : '';
      const where = { file, row };
      edges.push({
        key: key === '' ? undefined : key,
        source,
        target,
        undirected: undirectedCell === '' ? options.undirected === true : undirectedCell === 'true',
        attributes: rowAttributes(cells, fixed, where, problems),
        where,
      });
    }
    const result = assembleGraph(nodes, edges, {}, {}, problems);
    result.skipped.nodes += skippedNodes;
    result.skipped.edges += skippedEdges;
    return result;
  } catch (error) {
    return unreadable({ message: `this CSV could not be read: ${errorMessage(error)}` });
  }
}
