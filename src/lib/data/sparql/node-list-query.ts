// The SPARQL SELECT that lists every node of a mapped kind, a page at a time in IRI order, with its facts: for walking
// a whole graph on a server (checking that it holds what was exported), never for what a user clicks.
import type { SparqlMapping } from './mapping';
import { kindClassFilter, nodeAggregates, nodeFacts } from './node-pattern';
import { pageClause, type Page } from './paging';
import { fromGraph } from './sparql-terms';

export function nodeListQuery(mapping: SparqlMapping, page: Page, graph?: string): string {
  return `SELECT ?node ${nodeAggregates(mapping, 'node')}
${fromGraph(graph)}WHERE {
  { SELECT DISTINCT ?node WHERE {
      ?node a ?kindClass .
      ${kindClassFilter(mapping, 'kindClass')}
    }
    ORDER BY ?node
    ${pageClause(page)}
  }
  ${nodeFacts(mapping, 'node')}
}
GROUP BY ?node
ORDER BY ?node`;
}
