// What every data-format parser returns: the importable part of the file and each problem, with where it is.
import type { AbstractGraph } from 'graphology-types';

/** A problem in an imported file, located as precisely as the format allows. */
export interface FormatProblem {
  /** A plain sentence saying what is wrong and, where it helps, what was expected. */
  message: string;
  /** 1-based line and column in the text, when known. */
  line?: number | undefined;
  column?: number | undefined;
  /** For tables: the spreadsheet row (the header is row 1). */
  row?: number | undefined;
  /** Which element: "node n12", "edge e4", "elements.edges[3]". */
  element?: string | undefined;
  /** For formats made of several files (CSV nodes + edges): which one. */
  file?: string | undefined;
  /** `error`: something was left out; `warning`: imported, but differently than written. */
  severity: 'error' | 'warning';
}

export interface ImportResult {
  /** Everything that could be imported; `null` when the file could not be read at all. */
  graph: AbstractGraph | null;
  problems: FormatProblem[];
  /** How many nodes and edges of the file were left out because of problems. */
  skipped: { nodes: number; edges: number };
}

/** A readable one-line form, `line 4, column 2 (edge e4): message`, for lists of problems. */
export function describeProblem(problem: FormatProblem): string {
  const place: string[] = [];
  if (problem.file) place.push(problem.file);
  if (problem.row !== undefined) place.push(`row ${problem.row}`);
  if (problem.line !== undefined)
    place.push(
      problem.column !== undefined ? `line ${problem.line}, column ${problem.column}` : `line ${problem.line}`,
    );
  const where = place.join(', ');
  const element = problem.element ? ` (${problem.element})` : '';
  return where || element ? `${where}${element}: ${problem.message}`.trimStart() : problem.message;
}

/** A result for a file that could not be read at all. */
export function unreadable(problem: Omit<FormatProblem, 'severity'>): ImportResult {
  return { graph: null, problems: [{ ...problem, severity: 'error' }], skipped: { nodes: 0, edges: 0 } };
}

/** Why a node id such as "constructor" or "__proto__" is refused (see util/own-property). */
export function reservedIdMessage(id: string): string {
  return `the node id "${id}" is a name built into JavaScript objects, which the graph library cannot hold safely; left out`;
}
