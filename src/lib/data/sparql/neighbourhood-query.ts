// The SPARQL SELECTs around one node: its 1-step neighbourhood in both directions in one query (the neighbours'
// facts, each edge's statement with evidence, note and sources), a page at a time, and a count by relation that
// tells how large a neighbourhood is without fetching it.
import type { SparqlMapping } from './mapping';
import { nodeAggregates, nodeFacts } from './node-pattern';
import { pageClause, type Page } from './paging';
import { fromGraph, iri, LIST_SEPARATOR_IN_QUERY, valuesOf } from './sparql-terms';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/**
 * One row per edge touching `centre` (direction `?dir` "out" or "in", predicate `?p`, neighbour `?otherIri`, statement
 * `?statement` when the edge is reified), with the neighbour's facts and the statement's evidence, note and sources.
 * Rows are ordered, so pages follow on from each other.
 */
export function neighbourhoodQuery(mapping: SparqlMapping, centre: string, page: Page, graph?: string): string {
  const c = iri(centre);
  // Virtuoso 7.2 quirks: a VALUES block outside a union does not reach into its branches, and an OPTIONAL inside a
  // branch after a BIND ignores what is bound. So: VALUES in each branch, the statement joined after the union.
  const predicates = valuesOf('p', mapping.relations.keys());
  const statement = mapping.statements
    ? `\n      OPTIONAL { ?stmt <${RDF}subject> ?s ; <${RDF}predicate> ?p ; <${RDF}object> ?o }`
    : '';
  // `?statement` and `?otherIri`, not the group keys `?stmt` and `?other`: Virtuoso 7.2 prints a wrong value for a group
  // key bound by an OPTIONAL, and for `?other` too where edges have no statement (every row then named one neighbour).
  return `SELECT ?dir ?p (SAMPLE(?other) AS ?otherIri) (SAMPLE(?stmt) AS ?statement) ${nodeAggregates(mapping, 'other')} ${statementAggregates(mapping)}
${fromGraph(graph)}WHERE {
  { SELECT DISTINCT ?dir ?p ?other ?stmt WHERE {
      { ${predicates} ${c} ?p ?other . BIND(${c} AS ?s) BIND(?other AS ?o) BIND("out" AS ?dir) }
      UNION
      { ${predicates} ?other ?p ${c} . BIND(?other AS ?s) BIND(${c} AS ?o) BIND("in" AS ?dir) }${statement}
    }
    ORDER BY ?dir ?p ?other ?stmt
    ${pageClause(page)}
  }
  ${nodeFacts(mapping, 'other')}
  ${statementFacts(mapping)}
}
GROUP BY ?dir ?p ?other ?stmt
ORDER BY ?dir ?p ?other ?stmt`;
}

/** How many edges touch `centre`, by direction and predicate: one small row per relation, whatever the size. */
export function neighbourhoodCountQuery(mapping: SparqlMapping, centre: string, graph?: string): string {
  const c = iri(centre);
  const predicates = valuesOf('p', mapping.relations.keys());
  return `SELECT ?dir ?p (COUNT(*) AS ?edges) (COUNT(DISTINCT ?other) AS ?nodes)
${fromGraph(graph)}WHERE {
  { ${predicates} ${c} ?p ?other . BIND("out" AS ?dir) }
  UNION
  { ${predicates} ?other ?p ${c} . BIND("in" AS ?dir) }
}
GROUP BY ?dir ?p
ORDER BY ?dir ?p`;
}

function statementFacts(mapping: SparqlMapping): string {
  const { statements, evidence } = mapping;
  if (!statements) return '';
  const lines: string[] = [];
  if (statements.id) lines.push(`OPTIONAL { ?stmt ${iri(statements.id)} ?edgeId_ }`);
  if (evidence.predicate) lines.push(`OPTIONAL { ?stmt ${iri(evidence.predicate)} ?evidence_ }`);
  if (statements.note) lines.push(`OPTIONAL { ?stmt ${iri(statements.note)} ?note_ }`);
  if (statements.directed) lines.push(`OPTIONAL { ?stmt ${iri(statements.directed)} ?directed_ }`);
  if (statements.sources) lines.push(`OPTIONAL { ?stmt ${iri(statements.sources)} ?source_ }`);
  return lines.join('\n  ');
}

function statementAggregates(mapping: SparqlMapping): string {
  const { statements, evidence } = mapping;
  if (!statements) return '';
  const parts: string[] = [];
  if (statements.id) parts.push('(SAMPLE(?edgeId_) AS ?edgeId)');
  if (evidence.predicate) parts.push('(SAMPLE(?evidence_) AS ?evidence)');
  if (statements.note) parts.push('(SAMPLE(?note_) AS ?note)');
  if (statements.directed) parts.push('(SAMPLE(?directed_) AS ?directed)');
  if (statements.sources)
    parts.push(`(GROUP_CONCAT(DISTINCT STR(?source_); separator=${LIST_SEPARATOR_IN_QUERY}) AS ?sources)`);
  return parts.join(' ');
}
