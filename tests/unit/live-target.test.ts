// Naming a graph server: the endpoint and named graph checked with plain messages, mapping files read, and the
// live dataset's address parameters written and read back (unknown or malformed values refused, saying why).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkEndpoint,
  checkNamedGraph,
  liveTargetInQuery,
  liveTargetParameters,
  mappingFromText,
  openedInQuery,
} from '../../src/lib/data/sparql/live-target';
import { datasetInQuery, datasetQuery } from '../../src/lib/state/address-parameters';

describe('the graph server a live dataset reads', () => {
  it('accepts http(s) endpoints and says plainly what is wrong with others', () => {
    expect(checkEndpoint(' https://example.org/sparql ')).toEqual({ endpoint: 'https://example.org/sparql' });
    expect(checkEndpoint('')).toEqual({ problem: expect.stringMatching(/^Type the address/) });
    expect(checkEndpoint('example.org/sparql')).toEqual({ problem: expect.stringMatching(/is not a web address/) });
    expect(checkEndpoint('ftp://example.org/sparql')).toEqual({ problem: expect.stringMatching(/https:\/\/ or http/) });
    expect(checkEndpoint('https://me:secret@example.org/sparql')).toEqual({
      problem: expect.stringMatching(/Leave the login out/),
    });
  });

  it('takes a named graph only when it is an IRI', () => {
    expect(checkNamedGraph('')).toEqual({ graph: undefined });
    expect(checkNamedGraph('urn:synapse-atlas:curated')).toEqual({ graph: 'urn:synapse-atlas:curated' });
    expect(checkNamedGraph('my graph')).toEqual({ problem: expect.stringMatching(/is not an IRI/) });
  });

  it('reads the shipped mappings, and says why a file cannot be used', () => {
    const shipped = mappingFromText(readFileSync('public/mappings/synapse-atlas.json', 'utf8'));
    expect('mapping' in shipped && shipped.mapping.name).toBe('Synapse Atlas RDF');
    expect(mappingFromText('{')).toEqual({ problem: expect.stringMatching(/^The mapping file is not JSON/) });
    expect(mappingFromText('{"name": "x"}')).toEqual({
      problem: expect.stringMatching(/^The mapping file is not valid/),
    });
  });

  it('writes its address after dataset=live and reads it back', () => {
    const target = { endpoint: 'http://127.0.0.1:8890/sparql', mapping: 'synapse-atlas', graph: 'urn:g' };
    const query = datasetQuery('live', liveTargetParameters(target));
    expect(query).toBe(
      '?dataset=live&endpoint=http%3A%2F%2F127.0.0.1%3A8890%2Fsparql&mapping=synapse-atlas&graph=urn%3Ag',
    );
    expect(datasetInQuery(query)).toBe('live');
    expect(liveTargetInQuery(query)).toEqual({ target });
    // A mapping the reader chose from a file cannot be reloaded, so the address leaves it out.
    expect(liveTargetParameters({ ...target, mapping: 'file', graph: undefined })).toEqual({
      endpoint: target.endpoint,
    });
  });

  it('refuses unknown or malformed address values with a sentence to show', () => {
    expect(liveTargetInQuery('?dataset=live')).toEqual({
      problem: expect.stringMatching(/names no usable graph server/),
    });
    expect(liveTargetInQuery('?dataset=live&endpoint=javascript:alert(1)&mapping=hetionet')).toEqual({
      problem: expect.stringMatching(/https:\/\/ or http/),
    });
    expect(liveTargetInQuery('?dataset=live&endpoint=https://x.org/sparql&mapping=__proto__')).toEqual({
      problem: expect.stringMatching(/is not one this app ships/),
    });
    expect(liveTargetInQuery('?dataset=live&endpoint=https://x.org/sparql')).toEqual({
      problem: expect.stringMatching(/names no mapping/),
    });
    expect(liveTargetInQuery('?dataset=live&endpoint=https://x.org/sparql&mapping=hetionet&graph=a b')).toEqual({
      problem: expect.stringMatching(/named graph was not used/),
    });
  });

  it('reads the neighbourhoods an address opened, the last 20, then its focus', () => {
    expect(openedInQuery('?dataset=live&open=drug%3Aa,gene%3Ab&focus=gene%3Ab')).toEqual(['drug:a', 'gene:b']);
    expect(openedInQuery('?dataset=live&open=drug%3Aa&focus=gene%3Ac')).toEqual(['drug:a', 'gene:c']);
    expect(openedInQuery('?dataset=live&focus=gene%3Ac')).toEqual(['gene:c']);
    expect(openedInQuery('?dataset=live')).toEqual([]);
    const many = Array.from({ length: 30 }, (_, index) => `n${index}`);
    expect(openedInQuery(`?open=${many.join(',')}`)).toEqual(many.slice(10));
  });

  it('reads a page size from 1 to 5,000, and writes it back', () => {
    const query = '?dataset=live&endpoint=https%3A%2F%2Fx.org%2Fsparql&mapping=hetionet&page-size=25';
    const read = liveTargetInQuery(query);
    expect(read).toEqual({
      target: { endpoint: 'https://x.org/sparql', mapping: 'hetionet', graph: undefined, pageSize: 25 },
    });
    expect('target' in read && datasetQuery('live', liveTargetParameters(read.target))).toBe(query);
    for (const bad of ['0', '2.5', 'many', '9000'])
      expect(liveTargetInQuery(`${query.replace('25', bad)}`)).toEqual({
        problem: expect.stringMatching(/page size .* is not a whole number from 1 to 5000/),
      });
  });

  it('accepts a mapping kept in this browser by its hash', () => {
    expect(liveTargetInQuery('?dataset=live&endpoint=https://x.org/sparql&mapping=saved:1a2b3c4d')).toEqual({
      target: { endpoint: 'https://x.org/sparql', mapping: 'saved:1a2b3c4d', graph: undefined },
    });
    expect(liveTargetInQuery('?dataset=live&endpoint=https://x.org/sparql&mapping=saved:../x')).toEqual({
      problem: expect.stringMatching(/is not one this app ships/),
    });
  });
});
