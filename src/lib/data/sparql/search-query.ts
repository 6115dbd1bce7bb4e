// The SPARQL SELECT that finds nodes whose label or synonym contains some text (any case): exact matches first, then
// those starting with it, then shorter names; one row per node with its label, kind classes and other facts.
import type { SparqlMapping } from './mapping';
import { kindClassFilter, nodeAggregates, nodeFacts } from './node-pattern';
import { pageClause, type Page } from './paging';
import { fromGraph, literal, valuesOf } from './sparql-terms';

export function searchQuery(mapping: SparqlMapping, text: string, page: Page, graph?: string): string {
  const wanted = literal(text.trim().toLowerCase());
  const searched = [mapping.nodes.label, ...mapping.nodes.synonyms];
  return `SELECT ?node ?rank ${nodeAggregates(mapping, 'node')}
${fromGraph(graph)}WHERE {
  { SELECT ?node (MIN(?rank_) AS ?rank) WHERE {
      ${valuesOf('searched', searched)}
      ?node ?searched ?text .
      BIND(LCASE(STR(?text)) AS ?lower)
      FILTER(CONTAINS(?lower, ${wanted}))
      ?node a ?kindClass .
      ${kindClassFilter(mapping, 'kindClass')}
      BIND(IF(?lower = ${wanted}, 0, IF(STRSTARTS(?lower, ${wanted}), 1000, 2000)) + STRLEN(?lower) AS ?rank_)
    }
    GROUP BY ?node
    ORDER BY ?rank ?node
    ${pageClause(page)}
  }
  ${nodeFacts(mapping, 'node')}
}
GROUP BY ?node ?rank
ORDER BY ?rank ?node`;
}
