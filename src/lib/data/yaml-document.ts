// Parses a YAML text into plain data while keeping a way back from a field path to its line.
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { DataProblem } from './errors.ts';
import { errorMessage } from '../util/error-message.ts';

export interface LocatedDocument {
  file: string;
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors found while parsing; `data` is undefined when there are any. */
  syntaxProblems: DataProblem[];
}

export function parseYamlDocument(file: string, text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxProblems: DataProblem[] = document.errors.map((error) => ({
    file,
    line: error.linePos?.[0].line ?? (error.pos[0] >= 0 ? lineCounter.linePos(error.pos[0]).line : undefined),
    message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`,
  }));

  function lineOf(path: readonly PropertyKey[]): number | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const keys = path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key));
      const node = depth === 0 ? document.contents : document.getIn(keys, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  }

  let data: unknown;
  if (syntaxProblems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 50 });
    } catch (error) {
      // The yaml library refuses alias "bombs" (a few lines that expand to millions of values) by throwing.
      const reason = errorMessage(error);
      syntaxProblems.push({ file, line: 1, message: `YAML could not be read: ${reason}` });
    }
  }
  return { file, data, lineOf, syntaxProblems };
}
