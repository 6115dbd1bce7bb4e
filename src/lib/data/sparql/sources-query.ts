// The SPARQL SELECT that reads the cited works edges point at (id, citation, identifiers, web link), one row each.
import type { SparqlMapping } from './mapping';
import { fromGraph, iri, LIST_SEPARATOR_IN_QUERY, valuesOf } from './sparql-terms';

/** Undefined when the mapping says nothing about sources. */
export function sourcesQuery(mapping: SparqlMapping, sources: readonly string[], graph?: string): string | undefined {
  const shape = mapping.sources;
  if (!shape || sources.length === 0) return undefined;
  const optional = (predicate: string | undefined, variable: string) =>
    predicate ? `\n  OPTIONAL { ?source ${iri(predicate)} ?${variable}_ }` : '';
  return `SELECT ?source (SAMPLE(?id_) AS ?id) (SAMPLE(?citation_) AS ?citation) (SAMPLE(?link_) AS ?link) (GROUP_CONCAT(DISTINCT STR(?identifier_); separator=${LIST_SEPARATOR_IN_QUERY}) AS ?identifiers)
${fromGraph(graph)}WHERE {
  ${valuesOf('source', sources)}${optional(shape.id, 'id')}${optional(shape.citation, 'citation')}${optional(shape.identifier, 'identifier')}${optional(shape.link, 'link')}
}
GROUP BY ?source
ORDER BY ?source`;
}
