// Unit test of reading SPARQL JSON results and turning rows into atlas nodes, edges and cited works.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMapping } from '../../src/lib/data/sparql/mapping';
import { parseSelectResults, ResultsShapeError } from '../../src/lib/data/sparql/results';
import { neighbourhoodFromRows, nodeFromRow, sourceFromRow } from '../../src/lib/data/sparql/to-model';

const mapping = readMapping(JSON.parse(readFileSync('public/mappings/synapse-atlas.json', 'utf8')));
const hetionet = readMapping(JSON.parse(readFileSync('public/mappings/hetionet.json', 'utf8')));
const SA = 'urn:synapse-atlas:vocab:';
const uri = (value: string) => ({ type: 'uri', value });
const lit = (value: string) => ({ type: 'literal', value });

function rows(bindings: object[]) {
  return parseSelectResults(JSON.stringify({ head: { vars: [] }, results: { bindings } })).rows;
}

describe('parseSelectResults', () => {
  it('reads URIs, blank nodes, literals with language or datatype, and the older "typed-literal"', () => {
    const [row] = rows([
      {
        a: uri('urn:a'),
        b: { type: 'bnode', value: 'b0' },
        c: { type: 'literal', value: 'Hallo', 'xml:lang': 'de' },
        d: { type: 'typed-literal', value: '5', datatype: 'http://www.w3.org/2001/XMLSchema#integer' },
      },
    ]);
    expect(row?.get('a')).toEqual({ type: 'uri', value: 'urn:a' });
    expect(row?.get('b')).toEqual({ type: 'bnode', value: 'b0' });
    expect(row?.get('c')).toMatchObject({ type: 'literal', value: 'Hallo', lang: 'de' });
    expect(row?.get('d')).toMatchObject({ type: 'literal', value: '5', datatype: expect.stringMatching(/integer$/) });
  });

  it('says why an answer is not results', () => {
    expect(() => parseSelectResults('<html>')).toThrow(new ResultsShapeError('it is not JSON.'));
    expect(() => parseSelectResults('{"boolean": true}')).toThrow('it is not a table of SPARQL results.');
    expect(() => parseSelectResults('{"head":{},"results":{"bindings":[{"x":{"type":"thing","value":"1"}}]}}')).toThrow(
      'a value has the unknown type "thing".',
    );
    expect(() => parseSelectResults('{"head":{},"results":{"bindings":[{"x":{"type":"uri"}}]}}')).toThrow(
      'a value has no text.',
    );
  });
});

describe('nodes from rows', () => {
  it('reads id, kind, label, synonyms, summary, identifiers and status', () => {
    const [row] = rows([
      {
        node: uri('urn:synapse-atlas:curated:node:drug%3Afluoxetine'),
        nodeId: lit('drug:fluoxetine'),
        nodeLabel: lit('Fluoxetine'),
        nodeClasses: lit(`${SA}Entity\u001f${SA}Drug`),
        nodeSynonyms: lit('Sarafem\u001fProzac'),
        nodeDescription: lit('An SSRI.'),
        nodeIdentifiers: lit('DrugBank:DB00472\u001fbad'),
        nodeStatus: lit('approved'),
      },
    ]);
    expect(nodeFromRow(mapping, row!, 'node')).toEqual({
      id: 'drug:fluoxetine',
      iri: 'urn:synapse-atlas:curated:node:drug%3Afluoxetine',
      kind: 'drug',
      label: 'Fluoxetine',
      synonyms: ['Prozac', 'Sarafem'],
      summary: 'An SSRI.',
      ids: { DrugBank: 'DB00472' },
      status: { value: 'approved' },
      links: [],
    });
  });

  it('names kinds of unlisted classes in the namespace, and falls back on the IRI for id and label', () => {
    const [row] = rows([
      {
        node: uri('urn:hetionet:node:GO%3A0007268'),
        nodeClasses: lit('urn:hetionet:vocab:BiologicalProcess'),
        nodeStatus: lit('sold'),
      },
    ]);
    expect(nodeFromRow(hetionet, row!, 'node')).toMatchObject({
      id: 'urn:hetionet:node:GO%3A0007268',
      kind: 'biological-process',
      label: 'GO:0007268',
      synonyms: [],
      status: undefined,
    });
    const [unknown] = rows([{ node: uri('http://example.org/thing/a%20b'), nodeClasses: lit('') }]);
    expect(nodeFromRow(hetionet, unknown!, 'node')).toMatchObject({ kind: 'other', label: 'a b' });
    expect(nodeFromRow(hetionet, rows([{ node: lit('x') }])[0]!, 'node')).toBeUndefined();
  });
});

describe('neighbourhoodFromRows', () => {
  const centre = { iri: 'urn:c', id: 'drug:c' };

  it('orients edges by direction, names statements, evidence, notes and sources', () => {
    const read = neighbourhoodFromRows(
      mapping,
      centre,
      rows([
        {
          dir: lit('out'),
          p: uri(`${SA}treats`),
          otherIri: uri('urn:d'),
          otherId: lit('condition:d'),
          otherLabel: lit('D'),
          otherClasses: lit(`${SA}Condition`),
          statement: uri('urn:e:1'),
          edgeId: lit('e1'),
          evidence: uri(`${SA}Established`),
          note: lit('A note.'),
          sources: lit('urn:s:1\u001furn:s:2'),
        },
        {
          dir: lit('in'),
          p: uri(`${SA}isA`),
          otherIri: uri('urn:x'),
          otherClasses: lit(`${SA}Drug`),
          directed: lit('false'),
        },
        { dir: lit('in'), p: uri('urn:unmapped'), otherIri: uri('urn:y') },
      ]),
    );
    expect(read.nodes.map((node) => node.id)).toEqual(['condition:d', 'urn:x']);
    expect(read.edges).toEqual([
      expect.objectContaining({
        id: 'e1',
        source: 'drug:c',
        target: 'condition:d',
        relation: 'treats',
        evidence: 'established',
        note: 'A note.',
        sources: ['urn:s:1', 'urn:s:2'],
        sourceIris: ['urn:s:1', 'urn:s:2'],
        statement: 'urn:e:1',
        claims: [],
      }),
      expect.objectContaining({
        id: `urn:x ${SA}isA drug:c`,
        source: 'urn:x',
        target: 'drug:c',
        relation: 'is-a',
        evidence: 'hypothesis',
        undirected: true,
        statement: undefined,
      }),
    ]);
  });

  it("reverses relations the mapping reads the other way round, with the relation's own evidence level", () => {
    const read = neighbourhoodFromRows(
      hetionet,
      { iri: 'urn:class', id: 'urn:class' },
      rows([{ dir: lit('out'), p: uri('urn:hetionet:vocab:INCLUDES_PCiC'), otherIri: uri('urn:compound') }]),
    );
    expect(read.edges[0]).toMatchObject({
      source: 'urn:compound',
      target: 'urn:class',
      relation: 'is-a',
      evidence: 'established',
    });
  });
});

describe('sourceFromRow', () => {
  it('reads a cited work with its DOI, PubMed id and web link', () => {
    const [row] = rows([
      {
        source: uri('urn:src:cipriani-2018'),
        id: lit('cipriani-2018'),
        citation: lit('Cipriani A, et al. The Lancet 2018.'),
        identifiers: lit('doi:10.1016/S0140-6736(17)32802-7\u001fPMID:29477251'),
        link: uri('https://doi.org/10.1016/S0140-6736(17)32802-7'),
      },
    ]);
    expect(sourceFromRow(row!)).toEqual({
      iri: 'urn:src:cipriani-2018',
      id: 'cipriani-2018',
      type: 'journal-article',
      authors: [],
      title: 'Cipriani A, et al. The Lancet 2018.',
      doi: '10.1016/S0140-6736(17)32802-7',
      pmid: '29477251',
      url: 'https://doi.org/10.1016/S0140-6736(17)32802-7',
      as_cited: false,
    });
  });

  it('keeps only web links', () => {
    const [row] = rows([{ source: uri('urn:src:x'), link: uri('javascript:alert(1)') }]);
    expect(sourceFromRow(row!)).toMatchObject({ id: 'urn:src:x', type: 'web-page', title: 'x', url: undefined });
  });
});
