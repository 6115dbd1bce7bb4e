// CSV tables through papaparse: a nodes file and an edges file (or the edges file alone, as an edge list), each column
// typed (guessed, named in the header, or chosen by the reader) and written back so it reads the same.
import Papa from 'papaparse';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { AttributeColumn, AttributeType } from '../../graph/attribute-schema';
import { columnsOf } from '../../graph/attribute-schema';
import { errorMessage } from '../../util/error-message';
import { setOwn } from '../../util/own-property';
import { grouped } from '../../util/plural';
import { assembleGraph, type EdgeRecord, type NodeRecord } from './assemble-graph';
import { encodeAttributes, jsonColumns } from './attribute-codec';
import { guessType, readHeader, writeCell, writeHeader, type CellType } from './csv-columns';
import { nothingRead, unreadable, type FormatProblem, type ImportResult, type ProblemPlace } from './import-result';
import { edgeLookOf, nodeLookOf } from './look-attributes';
import { readTyped } from './typed-text';
import { writtenSchema, type WriteOptions } from './write-options';

const NODE_ID_COLUMNS = ['id', 'key', 'node', 'name'];
const EDGE_ID_COLUMNS = ['id', 'key'];
const SOURCE_COLUMNS = ['source', 'from'];
const TARGET_COLUMNS = ['target', 'to'];
const UNDIRECTED_COLUMN = 'undirected';

/** Column names the reader takes as a fixed column, which an attribute of that name must not be written as. */
const FIXED_NAMES = new Set([
  ...NODE_ID_COLUMNS,
  ...EDGE_ID_COLUMNS,
  ...SOURCE_COLUMNS,
  ...TARGET_COLUMNS,
  UNDIRECTED_COLUMN,
]);

/** A table of fixed columns (ids, ends) followed by one column per attribute, each typed where a guess would fail. */
function table(
  fixed: readonly string[],
  rows: readonly { fixed: unknown[]; attributes: Attributes }[],
  declared: readonly AttributeColumn[],
): string {
  const records = rows.map((row) => row.attributes);
  const columns = columnsOf(records, declared);
  // Empty text would read back as no value; a name like "id" would read back as a fixed column.
  const json = jsonColumns(columns, records, { lists: false, keepsText: (text) => text !== '' });
  for (const column of columns) if (FIXED_NAMES.has(column.name.toLowerCase())) json.add(column.name);
  const encoded = records.map((attributes) => encodeAttributes(attributes, json));
  const fields = columns.map((column) => {
    const name = json.has(column.name) ? `${column.name}:json` : column.name;
    const cells = encoded.map((record) => (Object.hasOwn(record, name) ? writeCell(record[name], column.type) : ''));
    return { header: writeHeader(column.name, column.type, cells, json.has(column.name)), cells };
  });
  return Papa.unparse(
    {
      fields: [...fixed, ...fields.map((field) => field.header)],
      data: rows.map((row, index) => [...row.fixed.map(String), ...fields.map((field) => field.cells[index] ?? '')]),
    },
    { newline: '\n' },
  );
}

/** The nodes table: `id` and one column per attribute. */
export function toCsvNodes(graph: AbstractGraph, options: WriteOptions = {}): string {
  return table(
    ['id'],
    graph.mapNodes((node, attributes) => ({ fixed: [node], attributes })),
    writtenSchema(graph, options.schema).node,
  );
}

/** The edges table (also usable alone as an edge list): `id`, `source`, `target`, `undirected` if needed, attributes. */
export function toCsvEdges(graph: AbstractGraph, options: WriteOptions = {}): string {
  const withType = graph.type !== 'directed';
  return table(
    ['id', 'source', 'target', ...(withType ? [UNDIRECTED_COLUMN] : [])],
    graph.mapEdges((edge, attributes, source, target, _s, _t, undirected) => ({
      fixed: withType ? [edge, source, target, undirected] : [edge, source, target],
      attributes,
    })),
    writtenSchema(graph, options.schema).edge,
  );
}

interface ParsedTable {
  headers: string[];
  rows: { cells: string[]; row: number }[];
}

function readTable(text: string, file: string | undefined, problems: FormatProblem[]): ParsedTable | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  const badRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const row = error.row === undefined || error.row === null ? undefined : error.row + 1;
    if (row !== undefined) badRows.add(row);
    problems.push({
      file,
      row,
      severity: 'error',
      message: `${error.message.replace(/\.$/, '')}; the row was left out`,
    });
  }
  const [head, ...body] = parsed.data;
  const headers: string[] = [];
  for (const header of (head ?? []).map((cell) => cell.trim())) {
    let name = header;
    for (let count = 1; headers.includes(name); count++) name = `${header}_${count}`;
    if (name !== header)
      problems.push({
        file,
        row: 1,
        severity: 'warning',
        message: `the column "${header}" appears twice; the second was read as "${name}"`,
      });
    headers.push(name);
  }
  if (headers.every((header) => header === '')) {
    problems.push({ file, row: 1, severity: 'error', message: 'the file has no header row naming its columns' });
    return null;
  }
  const rows = body.map((cells, index) => ({ cells, row: index + 2 })).filter(({ row }) => !badRows.has(row));
  for (const { cells, row } of rows)
    if (cells.length > headers.length)
      problems.push({
        file,
        row,
        severity: 'warning',
        message: 'the row has more cells than there are columns; the extra cells were left out',
      });
  return { headers, rows };
}

function findColumn(headers: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const found = headers.findIndex((header) => header.toLowerCase() === name);
    if (found !== -1) return found;
  }
  return -1;
}

/** Which type the reader may choose for each attribute column of a table, by the column's name. */
type ColumnTypes = ReadonlyMap<string, AttributeType>;

interface Column {
  index: number;
  name: string;
  type: CellType;
}

/** The attribute columns of a table: typed by the reader's choice, else the header, else a guess from the cells. */
function attributeColumns(table: ParsedTable, fixed: ReadonlySet<number>, chosen: ColumnTypes | undefined): Column[] {
  return table.headers.flatMap((header, index) => {
    if (fixed.has(index) || header === '') return [];
    const { name, type } = readHeader(header);
    const guessed = () => guessType(table.rows.map(({ cells }) => cells[index] ?? ''));
    return [{ index, name, type: chosen?.get(name) ?? type ?? guessed() }];
  });
}

function rowAttributes(
  cells: readonly string[],
  columns: readonly Column[],
  where: ProblemPlace,
  problems: FormatProblem[],
  misfits: Map<string, number>,
): Attributes {
  const attributes: Attributes = {};
  for (const column of columns) {
    const cell = cells[column.index] ?? '';
    if (cell === '') continue;
    const value = column.type === 'json' ? readTyped(cell, 'object') : readTyped(cell, column.type);
    if (value !== undefined) setOwn(attributes, column.name, value);
    else if (column.type === 'json') {
      setOwn(attributes, `${column.name}:json`, cell);
      problems.push({
        ...where,
        severity: 'warning',
        message: `the value of "${column.name}:json" is not valid JSON, so it was kept as text`,
      });
    } else misfits.set(column.name, (misfits.get(column.name) ?? 0) + 1);
  }
  return attributes;
}

function reportMisfits(
  misfits: Map<string, number>,
  columns: readonly Column[],
  file: string | undefined,
  problems: FormatProblem[],
): void {
  for (const [name, count] of misfits) {
    const type = columns.find((column) => column.name === name)?.type ?? 'string';
    problems.push({
      file,
      severity: 'warning',
      message: `${grouped(count)} cells of the column "${name}" are not values of type ${type}; they were left out`,
    });
  }
}

/** The declared columns of a table: every typed one (JSON columns take the type of what they hold). */
function declaredColumns(columns: readonly Column[]): AttributeColumn[] {
  return columns.flatMap((column) => (column.type === 'json' ? [] : [{ name: column.name, type: column.type }]));
}

export interface CsvOptions {
  /** Read edges without an `undirected` column as undirected (for undirected edge lists). */
  undirected?: boolean;
  /** Types the reader chose for columns, overriding the header and the guess. */
  columnTypes?: { nodes?: ColumnTypes | undefined; edges?: ColumnTypes | undefined } | undefined;
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
    let nodeColumns: Column[] = [];
    const nodeFile = 'nodes file';
    const edgeFile = nodesText === undefined ? undefined : 'edges file';
    if (nodesText !== undefined) {
      const nodeTable = readTable(nodesText, nodeFile, problems);
      if (!nodeTable) return nothingRead(problems);
      const idColumn = findColumn(nodeTable.headers, NODE_ID_COLUMNS);
      if (idColumn === -1)
        return unreadable({ file: nodeFile, row: 1, message: 'the nodes file needs an "id" column' });
      nodeColumns = attributeColumns(nodeTable, new Set([idColumn]), options.columnTypes?.nodes);
      const misfits = new Map<string, number>();
      for (const { cells, row } of nodeTable.rows) {
        const key = (cells[idColumn] ?? '').trim();
        const where = { file: nodeFile, row };
        if (key === '') {
          problems.push({ ...where, severity: 'error', message: 'the row has no node id; left out' });
          skippedNodes++;
          continue;
        }
        const attributes = rowAttributes(cells, nodeColumns, where, problems, misfits);
        nodes.push({ key, attributes, look: nodeLookOf(attributes), where });
        known.add(key);
      }
      reportMisfits(misfits, nodeColumns, nodeFile, problems);
    }
    const edgeTable = readTable(edgesText, edgeFile ?? 'edge list', problems);
    if (!edgeTable) return nothingRead(problems, { nodes: skippedNodes, edges: 0 });
    const sourceColumn = findColumn(edgeTable.headers, SOURCE_COLUMNS);
    const targetColumn = findColumn(edgeTable.headers, TARGET_COLUMNS);
    if (sourceColumn === -1 || targetColumn === -1)
      return unreadable({ file: edgeFile, row: 1, message: 'the edges need a "source" and a "target" column' });
    const idColumn = findColumn(edgeTable.headers, EDGE_ID_COLUMNS);
    const undirectedColumn = findColumn(edgeTable.headers, [UNDIRECTED_COLUMN]);
    const fixed = new Set([sourceColumn, targetColumn, idColumn, undirectedColumn]);
    const edgeColumns = attributeColumns(edgeTable, fixed, options.columnTypes?.edges);
    const edges: EdgeRecord[] = [];
    const misfits = new Map<string, number>();
    let skippedEdges = 0;
    for (const { cells, row } of edgeTable.rows) {
      const source = (cells[sourceColumn] ?? '').trim();
      const target = (cells[targetColumn] ?? '').trim();
      const where = { file: edgeFile, row };
      if (source === '' || target === '') {
        problems.push({ ...where, severity: 'error', message: 'the row needs both a source and a target; left out' });
        skippedEdges++;
        continue;
      }
      if (nodesText === undefined)
        for (const end of [source, target])
          if (!known.has(end)) {
            known.add(end);
            nodes.push({ key: end, attributes: {}, where });
          }
      const undirectedCell = undirectedColumn === -1 ? '' : (cells[undirectedColumn] ?? '').trim().toLowerCase();
      const key = idColumn === -1 ? '' : (cells[idColumn] ?? '').trim();
      const attributes = rowAttributes(cells, edgeColumns, where, problems, misfits);
      edges.push({
        key: key === '' ? undefined : key,
        source,
        target,
        undirected: undirectedCell === '' ? options.undirected === true : undirectedCell === 'true',
        attributes,
        look: edgeLookOf(attributes),
        where,
      });
    }
    reportMisfits(misfits, edgeColumns, edgeFile, problems);
    const result = assembleGraph(nodes, edges, {}, {}, problems, {
      graph: [],
      node: declaredColumns(nodeColumns),
      edge: declaredColumns(edgeColumns),
    });
    result.skipped.nodes += skippedNodes;
    result.skipped.edges += skippedEdges;
    return result;
  } catch (error) {
    return unreadable({ message: `this CSV could not be read: ${errorMessage(error)}` });
  }
}
