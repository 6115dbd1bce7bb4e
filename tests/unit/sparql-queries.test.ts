// Unit test of the SPARQL text the live dataset sends: escaping, search, neighbourhood (both directions, statements,
// paging), counts, sources and nodes by id.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMapping } from '../../src/lib/data/sparql/mapping';
import { neighbourhoodCountQuery, neighbourhoodQuery } from '../../src/lib/data/sparql/neighbourhood-query';
import { nodeListQuery } from '../../src/lib/data/sparql/node-list-query';
import { nodesQuery } from '../../src/lib/data/sparql/nodes-query';
import { pageClause } from '../../src/lib/data/sparql/paging';
import { searchQuery } from '../../src/lib/data/sparql/search-query';
import { sourcesQuery } from '../../src/lib/data/sparql/sources-query';
import { iri, literal } from '../../src/lib/data/sparql/sparql-terms';

const mapping = readMapping(JSON.parse(readFileSync('public/mappings/synapse-atlas.json', 'utf8')));
const hetionet = readMapping(JSON.parse(readFileSync('public/mappings/hetionet.json', 'utf8')));
const FLUOXETINE = 'urn:synapse-atlas:curated:node:drug%3Afluoxetine';
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('terms', () => {
  it('escapes literals so search text cannot end the string', () => {
    expect(literal('say "hi"\\ \n')).toBe('"say \\"hi\\"\\\\ \\n"');
  });

  it('refuses IRIs that could break out of <…>', () => {
    expect(iri('urn:a:b')).toBe('<urn:a:b>');
    for (const bad of ['', 'urn:a> } DROP ALL', 'urn:a b', 'urn:{x}', 'urn:a\n'])
      expect(() => iri(bad)).toThrow(/not an IRI/);
  });

  it('pages with whole, non-negative numbers', () => {
    expect(pageClause({ limit: 20 })).toBe('LIMIT 20');
    expect(pageClause({ limit: 501, offset: 1000 })).toBe('LIMIT 501 OFFSET 1000');
    expect(pageClause({ limit: 0.5, offset: -3 })).toBe('LIMIT 1');
    expect(() => pageClause({ limit: Infinity })).toThrow();
  });
});

describe('searchQuery', () => {
  const query = squash(searchQuery(mapping, '  Fluox"etine ', { limit: 10 }, 'urn:synapse-atlas:curated'));

  it('looks in labels and synonyms, any case, for nodes of a kind', () => {
    expect(query).toContain(
      'VALUES ?searched { <http://www.w3.org/2000/01/rdf-schema#label> <http://www.w3.org/2004/02/skos/core#altLabel> }',
    );
    expect(query).toContain('FILTER(CONTAINS(?lower, "fluox\\"etine"))');
    expect(query).toContain('?kindClass IN (<urn:synapse-atlas:vocab:Neurotransmitter>');
    expect(query).toContain(
      'STRSTARTS(STR(?kindClass), "urn:synapse-atlas:vocab:") && ?kindClass NOT IN (<urn:synapse-atlas:vocab:Entity>, <urn:synapse-atlas:vocab:EvidenceLevel>, <urn:synapse-atlas:vocab:Dataset>)',
    );
  });

  it('ranks exact and starting matches first, limits, and reads one named graph', () => {
    expect(query).toContain(
      'BIND(IF(?lower = "fluox\\"etine", 0, IF(STRSTARTS(?lower, "fluox\\"etine"), 1000, 2000)) + STRLEN(?lower) AS ?rank_)',
    );
    expect(query).toContain('ORDER BY ?rank ?node LIMIT 10');
    expect(query).toContain('FROM <urn:synapse-atlas:curated>');
    expect(query).toMatch(/GROUP_CONCAT\(DISTINCT STR\(\?nodeSynonym_\); separator="\\u001F"\) AS \?nodeSynonyms/);
  });
});

describe('neighbourhoodQuery', () => {
  const query = squash(neighbourhoodQuery(mapping, FLUOXETINE, { limit: 501, offset: 500 }));

  it('reads both directions over the mapped predicates only', () => {
    expect(query).toContain(
      `<${FLUOXETINE}> ?p ?other . BIND(<${FLUOXETINE}> AS ?s) BIND(?other AS ?o) BIND("out" AS ?dir)`,
    );
    expect(query).toContain(
      `?other ?p <${FLUOXETINE}> . BIND(?other AS ?s) BIND(<${FLUOXETINE}> AS ?o) BIND("in" AS ?dir)`,
    );
    expect(query.match(/VALUES \?p \{[^}]*<urn:synapse-atlas:vocab:treats>[^}]*\}/g)).toHaveLength(2);
    expect(query).not.toContain('FROM');
  });

  it("finds each edge's statement, its evidence, note and sources", () => {
    expect(query).toContain(
      'OPTIONAL { ?stmt <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o }',
    );
    expect(query).toContain('OPTIONAL { ?stmt <urn:synapse-atlas:vocab:evidence> ?evidence_ }');
    expect(query).toContain('OPTIONAL { ?stmt <http://purl.org/dc/terms/source> ?source_ }');
    expect(query).toContain('(SAMPLE(?stmt) AS ?statement)');
  });

  it('pages in a stable order', () => {
    expect(query).toContain('ORDER BY ?dir ?p ?other ?stmt LIMIT 501 OFFSET 500');
    expect(query).toMatch(/GROUP BY \?dir \?p \?other \?stmt ORDER BY \?dir \?p \?other \?stmt$/);
  });

  it('leaves statements out for RDF without them', () => {
    const plain = squash(neighbourhoodQuery(hetionet, 'urn:hetionet:Compound::DB00472', { limit: 10 }));
    expect(plain).not.toContain('rdf-syntax-ns#subject');
    expect(plain).toContain('<urn:hetionet:vocab:BINDS_CbG>');
  });
});

describe('the other queries', () => {
  it('counts a neighbourhood by direction and relation', () => {
    const query = squash(neighbourhoodCountQuery(mapping, FLUOXETINE, 'urn:g'));
    expect(query).toContain('SELECT ?dir ?p (COUNT(*) AS ?edges) (COUNT(DISTINCT ?other) AS ?nodes) FROM <urn:g>');
    expect(query).toContain('GROUP BY ?dir ?p');
  });

  it('reads cited works, or nothing when there are none to read', () => {
    const query = squash(sourcesQuery(mapping, ['urn:synapse-atlas:curated:source:cipriani-2018']) ?? '');
    expect(query).toContain('VALUES ?source { <urn:synapse-atlas:curated:source:cipriani-2018> }');
    expect(query).toContain('OPTIONAL { ?source <http://purl.org/dc/terms/bibliographicCitation> ?citation_ }');
    expect(sourcesQuery(mapping, [])).toBeUndefined();
    expect(sourcesQuery(hetionet, ['urn:x:y'])).toBeUndefined();
  });

  it('reads nodes by id or by IRI', () => {
    expect(squash(nodesQuery(mapping, { ids: ['drug:fluoxetine'] }))).toContain(
      'VALUES ?wanted { "drug:fluoxetine" } ?node <urn:synapse-atlas:vocab:localId> ?wanted .',
    );
    expect(squash(nodesQuery(hetionet, { iris: ['urn:hetionet:Gene::6532'] }))).toContain(
      'VALUES ?node { <urn:hetionet:Gene::6532> }',
    );
  });

  it('lists every node of a kind a page at a time, in a stable order', () => {
    const query = squash(nodeListQuery(mapping, { limit: 200, offset: 400 }, 'urn:g'));
    expect(query).toContain('SELECT DISTINCT ?node WHERE { ?node a ?kindClass . FILTER(?kindClass IN (');
    expect(query).toContain('?kindClass NOT IN (<urn:synapse-atlas:vocab:Entity>');
    expect(query).toContain('ORDER BY ?node LIMIT 200 OFFSET 400 }');
    expect(query).toContain('FROM <urn:g>');
    expect(query).toMatch(/GROUP BY \?node ORDER BY \?node$/);
  });
});
