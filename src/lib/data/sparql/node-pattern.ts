// The SPARQL that reads a node's own facts (id, label, classes, synonyms, description, identifiers, status) as
// optional patterns plus the aggregates that fold them into one row; shared by the search and neighbourhood queries.
import type { SparqlMapping } from './mapping';
import { alternatives, iri, LIST_SEPARATOR_IN_QUERY, literal } from './sparql-terms';

/** Optional patterns binding `?{v}Id`, `?{v}Label_`, … for the node in `?{v}`. */
export function nodeFacts(mapping: SparqlMapping, v: string): string {
  const { nodes } = mapping;
  const language = nodes.language
    ? ` FILTER(LANG(?${v}Label_) = "" || LANGMATCHES(LANG(?${v}Label_), "${nodes.language}"))`
    : '';
  const lines = [`OPTIONAL { ?${v} a ?${v}Class_ }`, `OPTIONAL { ?${v} ${iri(nodes.label)} ?${v}Label_ .${language} }`];
  if (nodes.id) lines.push(`OPTIONAL { ?${v} ${iri(nodes.id)} ?${v}Id_ }`);
  if (nodes.synonyms.length > 0) lines.push(`OPTIONAL { ?${v} ${alternatives(nodes.synonyms)} ?${v}Synonym_ }`);
  if (nodes.description) lines.push(`OPTIONAL { ?${v} ${iri(nodes.description)} ?${v}Description_ }`);
  if (nodes.identifiers) lines.push(`OPTIONAL { ?${v} ${iri(nodes.identifiers)} ?${v}Identifier_ }`);
  if (nodes.status) lines.push(`OPTIONAL { ?${v} ${iri(nodes.status)} ?${v}Status_ }`);
  return lines.join('\n  ');
}

/** The aggregates giving one row per node: `?{v}Id ?{v}Label ?{v}Classes ?{v}Synonyms …` (lists joined by LIST_SEPARATOR). */
export function nodeAggregates(mapping: SparqlMapping, v: string): string {
  const { nodes } = mapping;
  const list = (name: string, plural: string) =>
    `(GROUP_CONCAT(DISTINCT STR(?${v}${name}_); separator=${LIST_SEPARATOR_IN_QUERY}) AS ?${v}${plural})`;
  const one = (name: string) => `(SAMPLE(?${v}${name}_) AS ?${v}${name})`;
  const parts = [one('Label'), list('Class', 'Classes')];
  if (nodes.id) parts.push(one('Id'));
  if (nodes.synonyms.length > 0) parts.push(list('Synonym', 'Synonyms'));
  if (nodes.description) parts.push(one('Description'));
  if (nodes.identifiers) parts.push(list('Identifier', 'Identifiers'));
  if (nodes.status) parts.push(one('Status'));
  return parts.join(' ');
}

/** A filter keeping `?{c}` to classes that are kinds: listed ones, or any in the kind namespace but the ignored ones. */
export function kindClassFilter(mapping: SparqlMapping, c: string): string {
  const { nodes } = mapping;
  const listed = [...nodes.kinds.keys()].map(iri);
  const tests: string[] = [];
  if (listed.length > 0) tests.push(`?${c} IN (${listed.join(', ')})`);
  if (nodes.kindNamespace) {
    const ignored =
      nodes.ignoreClasses.length > 0 ? ` && ?${c} NOT IN (${nodes.ignoreClasses.map(iri).join(', ')})` : '';
    tests.push(`(STRSTARTS(STR(?${c}), ${literal(nodes.kindNamespace)})${ignored})`);
  }
  return `FILTER(${tests.join(' || ')})`;
}
