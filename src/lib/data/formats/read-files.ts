// Works out which format dropped or chosen files are in (by name, then by content) and reads them with its parser.
import { parseCsv, type CsvOptions } from './csv';
import { parseCytoscapeJson } from './cytoscape-json';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { parseGraphologyJson } from './graphology-json';
import { unreadable, type ImportResult } from './import-result';
import { FORMATS_SENTENCE } from './accepted';
import { withoutByteOrderMark } from './json-syntax';

export interface ImportFile {
  name: string;
  text: string;
}

export type FormatName = 'graphology JSON' | 'GEXF' | 'GraphML' | 'CSV' | 'Cytoscape JSON';

export interface ReadFiles extends ImportResult {
  /** The format the files were read as, or null when it could not be told. */
  format: FormatName | null;
  /** A name for what was read: the file's name without its extension. */
  name: string;
}

const extension = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || name;
/** "graph-edges.csv" and "graph-nodes.csv" are both "graph". */
const tableName = (name: string) => baseName(name).replace(/[-_. ](nodes|edges|edge-list)$/i, '') || baseName(name);

/** Only the start of a file is sniffed, so a 30 MB file is not scanned twice. */
const SNIFF_LENGTH = 65536;

function sniff(text: string): FormatName | null {
  const head = withoutByteOrderMark(text).slice(0, SNIFF_LENGTH).trimStart();
  if (head.startsWith('{') || head.startsWith('['))
    return /"elements"\s*:/.test(head) ? 'Cytoscape JSON' : 'graphology JSON';
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/.test(head)) return 'GEXF';
    if (/<graphml[\s>]/.test(head)) return 'GraphML';
    return null;
  }
  return /^[^\n]*[,\t;][^\n]*\n/.test(head) ? 'CSV' : null;
}

function formatOf(file: ImportFile): FormatName | null {
  switch (extension(file.name)) {
    case '.gexf':
      return 'GEXF';
    case '.graphml':
      return 'GraphML';
    case '.cyjs':
      return 'Cytoscape JSON';
    case '.csv':
    case '.tsv':
      return 'CSV';
    default:
      return sniff(file.text);
  }
}

/** What a reader chose about how to read the files: for now, the types of CSV columns. */
export interface ReadChoices {
  columnTypes?: CsvOptions['columnTypes'];
}

function read(format: FormatName, file: ImportFile, choices: ReadChoices): ImportResult {
  switch (format) {
    case 'GEXF':
      return parseGexf(file.text);
    case 'GraphML':
      return parseGraphml(file.text);
    case 'Cytoscape JSON':
      return parseCytoscapeJson(file.text);
    case 'graphology JSON':
      return parseGraphologyJson(file.text);
    case 'CSV':
      return parseCsv(file.text, undefined, { columnTypes: choices.columnTypes });
  }
}

/** Reads one graph file, or a nodes CSV and an edges CSV together; never throws. */
export function readImportFiles(files: readonly ImportFile[], choices: ReadChoices = {}): ReadFiles {
  const first = files[0];
  if (!first) return { ...unreadable({ message: `No file was chosen. ${FORMATS_SENTENCE}` }), format: null, name: '' };
  const name = baseName(first.name);
  if (files.length === 2 && files.every((file) => formatOf(file) === 'CSV')) {
    const nodesFile = files.find((file) => /node/i.test(file.name) && !/edge/i.test(file.name));
    const edgesFile = files.find((file) => file !== nodesFile);
    if (!nodesFile || !edgesFile)
      return {
        ...unreadable({
          message: `Two CSV files were chosen, but neither is named as the nodes file. Put "nodes" in its name (like "graph-nodes.csv") and "edges" in the other's.`,
        }),
        format: 'CSV',
        name,
      };
    return {
      ...parseCsv(edgesFile.text, nodesFile.text, { columnTypes: choices.columnTypes }),
      format: 'CSV',
      name: tableName(edgesFile.name),
    };
  }
  if (files.length > 1)
    return {
      ...unreadable({
        message: `${files.length} files were chosen; choose one graph file, or a nodes CSV and an edges CSV together.`,
      }),
      format: null,
      name,
    };
  const format = formatOf(first);
  if (!format)
    return {
      ...unreadable({ file: first.name, message: `This file is not a graph file we can read. ${FORMATS_SENTENCE}` }),
      format: null,
      name,
    };
  return { ...read(format, first, choices), format, name };
}
