// What every data-format parser returns: the importable part of the file, its declared attributes and look, and each
// problem, with where it is.
import type { AbstractGraph } from 'graphology-types';
import { emptySchema, type AttributeSchema } from '../../graph/attribute-schema';
import { emptyLook, type GraphLook } from '../../graph/look';

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

export type ProblemPlace = Omit<FormatProblem, 'message' | 'severity'>;

export interface ImportResult {
  /**
   * Everything that could be imported, `null` when the file could not be read at all. Node, edge and graph
   * attributes are the file's data, nothing else; each edge keeps its direction.
   */
  graph: AbstractGraph | null;
  /** The attributes with their types (as declared by the file, else inferred) and defaults. */
  schema: AttributeSchema;
  /** Positions, colours, sizes and shapes the file gives, by node and edge key. */
  look: GraphLook;
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

/** A result for a file of which nothing could be read, with the problems found on the way. */
export function nothingRead(problems: FormatProblem[], skipped = { nodes: 0, edges: 0 }): ImportResult {
  return { graph: null, schema: emptySchema(), look: emptyLook(), problems, skipped };
}

/** A result for a file that could not be read at all. */
export function unreadable(problem: Omit<FormatProblem, 'severity'>): ImportResult {
  return nothingRead([{ ...problem, severity: 'error' }]);
}
