// Reads the SPARQL 1.1 Query Results JSON format into typed rows, refusing anything else with a plain reason.

export type RdfTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; datatype?: string | undefined; lang?: string | undefined };

/** One answer row: variable name → value; variables without a value are absent. */
export type Row = ReadonlyMap<string, RdfTerm>;

export interface SelectResults {
  vars: readonly string[];
  rows: readonly Row[];
}

/** Thrown with the reason an answer is not SPARQL JSON results (the client names the server). */
export class ResultsShapeError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTerm(value: unknown): RdfTerm {
  if (!isRecord(value) || typeof value.value !== 'string') throw new ResultsShapeError('a value has no text.');
  const text = value.value;
  switch (value.type) {
    case 'uri':
      return { type: 'uri', value: text };
    case 'bnode':
      return { type: 'bnode', value: text };
    // "typed-literal" is the older spelling some servers (Virtuoso among them) still send.
    case 'literal':
    case 'typed-literal':
      return {
        type: 'literal',
        value: text,
        datatype: typeof value.datatype === 'string' ? value.datatype : undefined,
        lang: typeof value['xml:lang'] === 'string' ? value['xml:lang'] : undefined,
      };
    default:
      throw new ResultsShapeError(`a value has the unknown type "${String(value.type)}".`);
  }
}

/** Parses the text of an answer; throws ResultsShapeError when it is not SELECT results in JSON. */
export function parseSelectResults(text: string): SelectResults {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ResultsShapeError('it is not JSON.');
  }
  if (!isRecord(json) || !isRecord(json.head) || !isRecord(json.results) || !Array.isArray(json.results.bindings))
    throw new ResultsShapeError('it is not a table of SPARQL results.');
  const vars = Array.isArray(json.head.vars) ? json.head.vars.filter((name) => typeof name === 'string') : [];
  const rows = json.results.bindings.map((binding): Row => {
    if (!isRecord(binding)) throw new ResultsShapeError('a row is not an object.');
    return new Map(Object.entries(binding).map(([name, term]) => [name, readTerm(term)]));
  });
  return { vars, rows };
}
