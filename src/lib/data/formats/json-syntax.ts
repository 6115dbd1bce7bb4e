// Turns a JSON.parse error into a located problem (line and column), whatever wording the engine uses.
import { errorMessage } from '../../util/error-message';
import type { FormatProblem } from './import-result';

/** Editors on Windows often save JSON with a UTF-8 byte order mark, which JSON.parse refuses; it carries no data. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line and column of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function jsonSyntaxProblem(text: string, error: unknown): Omit<FormatProblem, 'severity'> {
  const message = errorMessage(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const where = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : position
      ? lineAndColumn(text, Number(position[1]))
      : {};
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
  return { ...where, message: `this is not valid JSON: ${reason}` };
}
