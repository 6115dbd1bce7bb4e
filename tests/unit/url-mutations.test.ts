// Mutated addresses: take real links, break them at random (bad escapes, cut values, repeated and hostile keys), and
// check the view read from them is always a valid view, re-reads itself exactly, and names only what exists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceLinks } from '../../src/lib/data/format-citation';
import type { Source } from '../../src/lib/data/schema';
import { DRUG_STATUSES, EVIDENCE_LEVELS, NODE_KINDS } from '../../src/lib/graph/types';
import { hasViewParameters } from '../../src/lib/state/persistence';
import { parseTeachingAddress, withTeachingAddress } from '../../src/lib/state/tour-address';
import { parseViewUrl, serialiseViewUrl } from '../../src/lib/state/url-state';
import { LAYOUTS, MAX_COMPARED, MAX_DEPTH, normaliseView, type View } from '../../src/lib/state/view';

const NODES = ['drug:riluzole', 'drug:fluoxetine', 'drug:duloxetine', 'condition:major-depression', 'transporter:sert'];
const EDGES = ['drug:fluoxetine|inhibits|transporter:sert'];
const context = { hasNode: (id: string) => NODES.includes(id), hasEdge: (id: string) => EDGES.includes(id) };
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** Real links the app writes (and a few people type), the starting points for mutation. */
const LINKS = [
  '?focus=drug%3Afluoxetine',
  '?focus=drug:riluzole&edge=drug:fluoxetine|inhibits|transporter:sert',
  '?focus=drug%3Afluoxetine&depth=2&around=drug%3Afluoxetine&expand=transporter%3Asert',
  '?kinds=drug%2Ctransporter&evidence=clinical&status=approved%2Cinvestigational&layout=lanes',
  '?from=drug%3Afluoxetine&to=condition%3Amajor-depression&path-evidence=established&path-choice=1',
  '?compare=drug%3Afluoxetine%2Cdrug%3Aduloxetine&q=prozac',
  '?dataset=curated&tour=glutamate-hypothesis&step=3&hide=drug%3Ariluzole',
];

const TOKENS = [
  '%',
  '%%',
  '%zz',
  '%00',
  '%E0%A4%A',
  '%C0%AF',
  '%uD800',
  '&',
  '&&',
  '=',
  '==',
  '+',
  '#',
  '?',
  ',',
  ',,',
  ';',
  '__proto__',
  'constructor',
  'prototype',
  '__proto__=x',
  'constructor=x',
  'focus=',
  'focus=__proto__',
  'depth=999',
  'depth=-1',
  'depth=1e3',
  'depth=NaN',
  'path-choice=1.5',
  'layout=toString',
  'kinds=__proto__',
  'compare=' + NODES.join(','),
  'step=0',
  'step=9999999999999999999',
  'tour=',
  'quiz=%00',
  '\u0000',
  '\uFEFF',
  '😀',
  'a'.repeat(2500),
  '<script>',
  'javascript:alert(1)',
];

const position = fc.double({ min: 0, max: 1, noNaN: true });
const insertion = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 10 }));
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: position, length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('insert'), at: position, text: insertion }),
  fc.record({ kind: fc.constant('duplicate'), at: position, length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('truncate'), at: position }),
);

function mutate(text: string, mutations: readonly { kind: string; at: number; length?: number; text?: string }[]) {
  let result = text;
  for (const step of mutations) {
    const at = Math.floor(step.at * result.length);
    if (step.kind === 'delete') result = result.slice(0, at) + result.slice(at + (step.length ?? 1));
    if (step.kind === 'insert') result = result.slice(0, at) + (step.text ?? '') + result.slice(at);
    if (step.kind === 'duplicate')
      result = result.slice(0, at) + result.slice(at, at + (step.length ?? 1)) + result.slice(at);
    if (step.kind === 'truncate') result = result.slice(0, at);
  }
  return result;
}

const mutatedLink = fc
  .tuple(fc.constantFrom(...LINKS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([link, mutations]) => mutate(link, mutations));

function expectValidView(view: View): void {
  const isNode = (id: string | undefined) => id === undefined || NODES.includes(id);
  expect(isNode(view.focus) && isNode(view.centre)).toBe(true);
  expect(view.edge === undefined || EDGES.includes(view.edge)).toBe(true);
  for (const list of [view.expanded, view.hidden, view.compare]) {
    expect(list.every((id) => NODES.includes(id))).toBe(true);
    expect(new Set(list).size).toBe(list.length);
  }
  expect(view.compare.length).toBeLessThanOrEqual(MAX_COMPARED);
  expect(view.kinds?.every((kind) => (NODE_KINDS as readonly string[]).includes(kind)) ?? true).toBe(true);
  expect(view.statuses?.every((status) => (DRUG_STATUSES as readonly string[]).includes(status)) ?? true).toBe(true);
  expect(view.evidence === undefined || (EVIDENCE_LEVELS as readonly string[]).includes(view.evidence)).toBe(true);
  expect((LAYOUTS as readonly string[]).includes(view.layout)).toBe(true);
  if (view.depth !== undefined) {
    expect(Number.isInteger(view.depth) && view.depth >= 1 && view.depth <= MAX_DEPTH).toBe(true);
    expect(view.centre).toBeDefined();
  }
  if (view.path) {
    expect(isNode(view.path.from) && isNode(view.path.to) && view.path.from !== view.path.to).toBe(true);
    const choice = view.path.choice;
    expect(choice === undefined || (Number.isInteger(choice) && choice >= 0 && choice < 10)).toBe(true);
  }
  expect((view.q ?? '').length).toBeLessThanOrEqual(200);
}

// Thousands of generated addresses per test: give them time on a busy machine.
describe('mutated addresses', { timeout: 60_000 }, () => {
  it('always give a valid view and short plain notices, and the view re-reads itself exactly', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedLink, fc.string({ unit: 'binary', maxLength: 200 })), (search) => {
        const { view, notices } = parseViewUrl(search, context);
        expectValidView(view);
        for (const notice of notices) {
          expect(typeof notice).toBe('string');
          expect(notice.trim()).not.toBe('');
          expect(notice.length).toBeLessThan(400);
        }
        // Parameters read elsewhere (dataset, tour, step, quiz) are kept as they came, so re-read the view's own.
        const again = parseViewUrl(serialiseViewUrl(view), context);
        expect(again.notices).toEqual([]);
        expect(normaliseView(again.view)).toEqual(normaliseView(view));
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
      }),
      { numRuns: 4000 },
    );
  });

  it('the teaching part of the address (tour, step, quiz) is read safely and written back in place', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedLink, fc.string({ unit: 'binary', maxLength: 120 })), (search) => {
        const address = parseTeachingAddress(search);
        expect(address.tour === undefined || (address.tour.length > 0 && address.tour.length <= 80)).toBe(true);
        expect(address.step === undefined || (Number.isInteger(address.step) && address.step >= 1)).toBe(true);
        expect(address.step === undefined || address.tour !== undefined).toBe(true);
        expect(address.quiz === undefined || address.quiz.length <= 60).toBe(true);
        const written = withTeachingAddress(search, address);
        expect(parseTeachingAddress(written)).toEqual(address);
        expect(typeof hasViewParameters(search)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('outbound links from any source record', () => {
  const base: Source = {
    id: 'x',
    type: 'journal-article',
    authors: [],
    title: 'A title',
    as_cited: false,
  } as unknown as Source;

  it('are only ever https links to doi.org and PubMed, or the http(s) address given', () => {
    const hostileText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        '//evil.example/',
        'https:evil',
        'http://',
        '10.1000/x"><script>alert(1)</script>',
        '../../../etc/passwd',
        '10.1000/abc#frag?x=1',
      ),
    );
    fc.assert(
      fc.property(
        fc.option(hostileText, { nil: undefined }),
        fc.option(hostileText, { nil: undefined }),
        fc.option(hostileText, { nil: undefined }),
        (doi, pmid, url) => {
          const links = sourceLinks({ ...base, doi, pmid, url } as Source);
          for (const link of links) {
            const href = new URL(link.href);
            expect(['https:', 'http:']).toContain(href.protocol);
            if (link.label.startsWith('DOI')) expect(href.origin).toBe('https://doi.org');
            if (link.label.startsWith('PubMed')) expect(href.origin).toBe('https://pubmed.ncbi.nlm.nih.gov');
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
