// Unit test of the graph-server mapping files: the two shipped examples are valid and complete, and mistakes are
// reported by field in plain words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HETIONET_KINDS, HETIONET_RELATIONS } from '../../src/lib/data/datasets/hetionet-mapping';
import { MappingError, readMapping } from '../../src/lib/data/sparql/mapping';
import { NODE_KINDS, RELATIONS } from '../../src/lib/graph/types';

const file = (name: string): unknown => JSON.parse(readFileSync(`public/mappings/${name}.json`, 'utf8'));
const SA = 'urn:synapse-atlas:vocab:';
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
const camel = (id: string) => pascal(id).replace(/^./, (letter) => letter.toLowerCase());

function problems(input: unknown): readonly string[] {
  try {
    readMapping(input);
    return [];
  } catch (error) {
    if (error instanceof MappingError) return error.problems;
    throw error;
  }
}

describe('the Synapse Atlas RDF mapping', () => {
  const mapping = readMapping(file('synapse-atlas'));

  it('names every kind as a PascalCase class and every relation as a camelCase predicate, as the vocabulary says', () => {
    for (const kind of NODE_KINDS) expect(mapping.nodes.kinds.get(`${SA}${pascal(kind)}`)).toBe(kind);
    for (const relation of RELATIONS) expect(mapping.relations.get(`${SA}${camel(relation)}`)?.relation).toBe(relation);
    expect(mapping.relations.get(`${SA}riskFactorFor`)?.relation).toBe('risk-factor-for');
    expect(mapping.nodes.kinds.get(`${SA}BrainRegion`)).toBe('brain-region');
  });

  it('expands prefixed names, its own and the standard ones', () => {
    expect(mapping.nodes.label).toBe('http://www.w3.org/2000/01/rdf-schema#label');
    expect(mapping.nodes.synonyms).toEqual(['http://www.w3.org/2004/02/skos/core#altLabel']);
    expect(mapping.statements?.sources).toBe('http://purl.org/dc/terms/source');
    expect(mapping.evidence.levels.get(`${SA}Established`)).toBe('established');
    expect(mapping.nodes.ignoreClasses).toEqual([`${SA}Entity`, `${SA}EvidenceLevel`, `${SA}Dataset`]);
  });
});

describe('the Hetionet-style mapping', () => {
  const mapping = readMapping(file('hetionet'));

  it('agrees with the kinds and relations the shipped Hetionet datasets use', () => {
    expect([...mapping.nodes.kinds.values()].sort()).toEqual(Object.values(HETIONET_KINDS).sort());
    for (const [abbreviation, rule] of Object.entries(HETIONET_RELATIONS)) {
      const predicate = [...mapping.relations.keys()].find((key) => key.endsWith(`_${abbreviation.replace('>', '')}`));
      expect(predicate && mapping.relations.get(predicate)).toEqual({
        relation: rule.relation,
        evidence: rule.evidence,
        reverse: rule.reverse ?? false,
      });
    }
    expect(mapping.relations.get('urn:hetionet:vocab:BINDS_CbG')?.relation).toBe('binds');
    expect(mapping.statements).toBeUndefined();
  });
});

describe('readMapping', () => {
  const minimal = {
    name: 'Tiny',
    prefixes: { ex: 'http://example.org/' },
    nodes: { label: 'rdfs:label', kinds: { 'ex:Drug': 'drug' } },
    relations: { 'ex:treats': { relation: 'treats' } },
    evidence: { default: 'hypothesis' },
  };

  it('accepts a minimal mapping and full IRIs', () => {
    const mapping = readMapping({ ...minimal, relations: { 'http://example.org/cures': { relation: 'treats' } } });
    expect([...mapping.relations.keys()]).toEqual(['http://example.org/cures']);
    expect(mapping.nodes.id).toBeUndefined();
  });

  it('names each problem by its field', () => {
    expect(
      problems({
        ...minimal,
        nodes: { label: 'rdfs:label', kinds: { 'ex:Drug': 'Drug!' } },
        relations: { 'ex:treats': { relation: 'cures' } },
        evidence: { default: 'likely' },
      }),
    ).toEqual([
      expect.stringMatching(/^nodes\.kinds\.ex:Drug: a lower-case kind id/),
      expect.stringMatching(/^relations\.ex:treats\.relation: /),
      expect.stringMatching(/^evidence\.default: /),
    ]);
  });

  it('refuses unknown prefixes, empty relations and unknown fields', () => {
    expect(problems({ ...minimal, nodes: { label: 'nope:label', kinds: { 'ex:Drug': 'drug' } } })).toEqual([
      'nodes.label: "nope:label" uses an unknown prefix or is not an IRI',
    ]);
    expect(problems({ ...minimal, relations: {} })).toEqual(['relations: name at least one predicate']);
    expect(problems({ ...minimal, colour: 'red' })[0]).toMatch(/colour/);
    expect(problems('not a mapping')[0]).toMatch(/^\(file\): /);
  });
});
