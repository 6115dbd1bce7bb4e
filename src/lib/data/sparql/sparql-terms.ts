// SPARQL text for IRIs, string literals and lists of them, escaped so that no name or search text can change a query.

/** Characters an IRI reference may not contain (SPARQL 1.1 grammar, IRIREF): controls, space and these. */
const NOT_IN_IRI = /[<>"{}|^`\\]/;

function hasControlOrSpace(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) <= 0x20) return true;
  return false;
}

/** An IRI as `<…>`; throws for text that is not one, so it can never break out of the query. */
export function iri(value: string): string {
  if (!value || NOT_IN_IRI.test(value) || hasControlOrSpace(value))
    throw new Error(`"${value}" is not an IRI that can be used in a query.`);
  return `<${value}>`;
}

/** A string literal in double quotes with its backslashes, quotes and line breaks escaped. */
export function literal(text: string): string {
  const escaped = text.replace(/[\\"\n\r\t\b\f]/g, (character) => ESCAPES[character] ?? character);
  return `"${escaped}"`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** `VALUES ?name { <a> <b> }` for a list of IRIs. */
export function valuesOf(variable: string, iris: Iterable<string>): string {
  return `VALUES ?${variable} { ${[...iris].map(iri).join(' ')} }`;
}

/** One or more predicates as a property path (`<a>|<b>`), for labels kept under several predicates. */
export function alternatives(predicates: readonly string[]): string {
  return predicates.map(iri).join('|');
}

/** `FROM <graph>` when the data lives in one named graph, nothing when the server's default graph holds it. */
export function fromGraph(graph: string | undefined): string {
  return graph ? `FROM ${iri(graph)}\n` : '';
}

/**
 * The separator GROUP_CONCAT joins many values with (synonyms, sources): the ASCII unit separator, which no label
 * contains. Written as a SPARQL escape so the query text itself stays printable.
 */
export const LIST_SEPARATOR = '\u001f';
export const LIST_SEPARATOR_IN_QUERY = '"\\u001F"';
