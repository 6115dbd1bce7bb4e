// Typed, located errors for graph data: what is wrong, where (file, line, field) and what was expected.
import { plural } from '../util/plural.ts';

interface DataProblemLocation {
  file: string;
  /** 1-based line, when the file is text with lines (YAML, CSV). */
  line?: number | undefined;
  /** Dotted path of the field, like "nodes[3].kind". */
  field?: string | undefined;
}

export interface DataProblem extends DataProblemLocation {
  message: string;
}

/** Formats a problem as `file:line field: message`, the way compilers do, so editors can jump to it. */
function formatProblem(problem: DataProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}` : '';
  return `${place}${field}: ${problem.message}`;
}

/** Thrown when graph data does not validate; carries every problem found, not just the first. */
export class DataValidationError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    const count = plural(problems.length, 'problem');
    super(`Graph data has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}
