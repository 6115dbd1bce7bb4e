// The SPARQL SELECT that reads given nodes' own facts: by IRI, or by the id the mapping's id predicate holds (for an
// address naming a node that is not loaded yet).
import type { SparqlMapping } from './mapping';
import { nodeAggregates, nodeFacts } from './node-pattern';
import { fromGraph, iri, literal, valuesOf } from './sparql-terms';

export type NodeSelector = { iris: readonly string[] } | { ids: readonly string[] };

export function nodesQuery(mapping: SparqlMapping, selector: NodeSelector, graph?: string): string {
  const idPredicate = mapping.nodes.id;
  let pattern: string;
  if ('iris' in selector) pattern = valuesOf('node', selector.iris);
  else if (idPredicate)
    pattern = `VALUES ?wanted { ${selector.ids.map(literal).join(' ')} }\n  ?node ${iri(idPredicate)} ?wanted .`;
  else pattern = valuesOf('node', selector.ids);
  return `SELECT ?node ${nodeAggregates(mapping, 'node')}
${fromGraph(graph)}WHERE {
  ${pattern}
  ${nodeFacts(mapping, 'node')}
}
GROUP BY ?node
ORDER BY ?node`;
}
