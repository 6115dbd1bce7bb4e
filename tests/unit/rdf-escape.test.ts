// RDF escaping: any text survives as a literal and any id as an IRI, in Turtle and N-Triples, read back by n3.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIri, escapeLiteral, wellFormed } from '../../src/lib/data/rdf/escape';
import { toNTriples } from '../../src/lib/data/rdf/n-triples';
import { text, type RdfDocument } from '../../src/lib/data/rdf/terms';
import { toTurtle } from '../../src/lib/data/rdf/turtle';
import { className, localPart, namespaces, predicateName } from '../../src/lib/data/rdf/vocabulary';
import { parseRdf } from '../fixtures/rdf-read-back';

const ns = namespaces('test');

function document(id: string, value: string): RdfDocument {
  return {
    comment: [`a comment with a line break\n${value}`],
    prefixes: [
      ['sa', ns.sa],
      ['node', ns.node],
    ],
    descriptions: [{ subject: `${ns.node}${localPart(id)}`, properties: [[`${ns.sa}localId`, text(value)]] }],
  };
}

function readsBack(id: string, value: string) {
  for (const [format, written] of [
    ['Turtle', toTurtle(document(id, value))],
    ['N-Triples', toNTriples(document(id, value))],
  ] as const) {
    const [quad, ...rest] = parseRdf(written, format);
    expect(rest).toEqual([]);
    expect(decodeURIComponent(quad?.subject.value.slice(ns.node.length) ?? '')).toBe(id);
    expect(quad?.object.value).toBe(value);
  }
}

describe('escaping literals', () => {
  it('escapes quotes, backslashes and line breaks and keeps other text as it is', () => {
    expect(escapeLiteral('say "hi"\\ now\nand\r\tthen')).toBe('say \\"hi\\"\\\\ now\\nand\\r\\tthen');
    expect(escapeLiteral('Zürich ✓ 神経 😀')).toBe('Zürich ✓ 神経 😀');
    expect(escapeLiteral('bell\u0007 null\u0000 del\u007f')).toBe('bell\\u0007 null\\u0000 del\\u007F');
  });

  it('replaces a lone surrogate, which UTF-8 cannot hold', () => {
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormed('😀')).toBe('😀');
    expect(escapeLiteral('\uDC00')).toBe('\uFFFD');
  });

  it('percent-encodes what an IRI may not contain', () => {
    expect(escapeIri('https://example.org/a b<c>"d"{e}|f^g`h\\i')).toBe(
      'https://example.org/a%20b%3Cc%3E%22d%22%7Be%7D%7Cf%5Eg%60h%5Ci',
    );
  });

  it('reads back awkward ids and values', () => {
    readsBack('__proto__', 'He said "hi"\nthen left \\ quietly');
    readsBack('has space # and % and ?', '\'single\' and """triple"""');
    readsBack('Zürich ✓ 神経 😀', 'ends with a backslash \\');
    readsBack('', '');
  });

  it('reads back any text and any id', () => {
    const unicode = fc.string({ unit: 'binary', maxLength: 40 }).filter((value) => wellFormed(value) === value);
    fc.assert(
      fc.property(unicode, unicode, (id, value) => readsBack(id, value)),
      { numRuns: 300 },
    );
  });
});

describe('term names', () => {
  it('makes classes PascalCase and predicates camelCase', () => {
    expect(['drug', 'brain-region', 'risk-factor', 'Biological Process'].map(className)).toEqual([
      'Drug',
      'BrainRegion',
      'RiskFactor',
      'BiologicalProcess',
    ]);
    expect(['treats', 'agonist-of', 'risk-factor-for', 'is-a'].map(predicateName)).toEqual([
      'treats',
      'agonistOf',
      'riskFactorFor',
      'isA',
    ]);
  });
});
