// The view in the page address: every part round-trips; anything odd becomes a plain notice, never an error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRUG_STATUSES, EVIDENCE_LEVELS, NODE_KINDS } from '../../src/lib/graph/types';
import { parseViewUrl, serialiseViewUrl } from '../../src/lib/state/url-state';
import { FLOW_DIRECTIONS, LAYOUTS, MAX_COMPARED, emptyView, normaliseView, type View } from '../../src/lib/state/view';

const NODES = ['drug:riluzole', 'drug:fluoxetine', 'drug:duloxetine', 'condition:major-depression', 'transporter:sert'];
const EDGES = ['drug:fluoxetine|inhibits|transporter:sert'];
const context = { hasNode: (id: string) => NODES.includes(id), hasEdge: (id: string) => EDGES.includes(id) };
const parse = (search: string) => parseViewUrl(search, context);
const view = (patch: Partial<View>): View => ({ ...emptyView(), ...patch });

describe('parseViewUrl', () => {
  it('focuses a node that is in the graph', () => {
    expect(parse('?focus=drug:riluzole')).toEqual({ view: view({ focus: 'drug:riluzole' }), notices: [] });
  });

  it('ignores a focus on a node that is not in the graph and says which id it was', () => {
    const { view: parsed, notices } = parse('?focus=drug:ketamine');
    expect(parsed.focus).toBeUndefined();
    expect(notices).toEqual([expect.stringContaining('"drug:ketamine"')]);
  });

  it.each(['?focus=', '?focus=%20%20'])('says so when the focus in %s gives no node id', (search) => {
    const { view: parsed, notices } = parse(search);
    expect(parsed.focus).toBeUndefined();
    expect(notices).toEqual([expect.stringContaining('no valid node id')]);
  });

  it('says an unknown parameter was ignored and names it', () => {
    const { view: parsed, notices } = parse('?zoom=3&focus=drug:riluzole');
    expect(parsed.focus).toBe('drug:riluzole');
    expect(notices).toEqual([expect.stringContaining('"zoom"')]);
  });

  it('reads filters, layout, neighbourhood, path and comparison', () => {
    const { view: parsed, notices } = parse(
      '?focus=drug:fluoxetine&depth=2&around=drug:fluoxetine&kinds=drug,transporter&evidence=clinical&status=approved' +
        '&layout=lanes&from=drug:fluoxetine&to=condition:major-depression&path-evidence=established&compare=drug:fluoxetine,drug:duloxetine',
    );
    expect(notices).toEqual([]);
    expect(parsed).toMatchObject({
      focus: 'drug:fluoxetine',
      depth: 2,
      centre: 'drug:fluoxetine',
      kinds: ['drug', 'transporter'],
      evidence: 'clinical',
      statuses: ['approved'],
      layout: 'lanes',
      path: { from: 'drug:fluoxetine', to: 'condition:major-depression', evidence: 'established' },
      compare: ['drug:fluoxetine', 'drug:duloxetine'],
    });
  });

  it.each([
    ['?depth=9&focus=drug:riluzole', 'depth'],
    ['?evidence=strong', 'evidence level'],
    ['?layout=spiral', 'layout'],
    ['?kinds=drug,planet', 'kinds'],
    ['?relations=treats,loves', 'relationships'],
    ['?status=banned', 'drug status'],
    ['?expand=drug:nope', 'expanded nodes'],
    ['?from=drug:riluzole', 'only one end'],
    ['?edge=a|b|c', 'relationship'],
  ])('ignores the bad value in %s with a notice about the %s', (search, words) => {
    const { notices } = parse(search);
    expect(notices.join(' ')).toContain(words);
  });

  it('reads and writes the relationship types a view keeps', () => {
    const { view: parsed, notices } = parse('?relations=treats,inhibits,treats');
    expect(notices).toEqual([]);
    expect(parsed.relations).toEqual(['treats', 'inhibits']);
    expect(serialiseViewUrl(parsed)).toBe('?relations=treats%2Cinhibits');
  });

  it('keeps at most four compared drugs and says so', () => {
    const { view: parsed, notices } = parse(`?compare=${NODES.join(',')}`);
    expect(parsed.compare).toHaveLength(MAX_COMPARED);
    expect(notices.join(' ')).toContain(`at most ${MAX_COMPARED}`);
  });

  it('centres a neighbourhood on the focus when the link gives no centre', () => {
    expect(parse('?focus=drug:riluzole&depth=1').view.centre).toBe('drug:riluzole');
    const withoutFocus = parse('?depth=1');
    expect(withoutFocus.view.depth).toBeUndefined();
    expect(withoutFocus.notices.join(' ')).toContain('neighbourhood');
  });

  it('accepts the contract parameters read elsewhere (dataset, tour, step) without a notice', () => {
    expect(parse('?dataset=curated&tour=glutamate&step=2')).toEqual({ view: emptyView(), notices: [] });
  });

  it('never throws, whatever the address holds, and only ever refers to existing nodes', () => {
    const anyText = fc.string({ unit: 'binary' });
    const key = fc.oneof(
      fc.constantFrom('focus', 'edge', 'depth', 'around', 'expand', 'hide', 'kinds', 'evidence', 'status', 'layout'),
      fc.constantFrom('from', 'to', 'path-evidence', 'path-choice', 'compare', 'q', 'zoom', '__proto__'),
      anyText,
    );
    const value = fc.oneof(fc.constantFrom(...NODES, ...NODE_KINDS, ...EVIDENCE_LEVELS, '1', '-2', ''), anyText);
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(anyText, query), (search) => {
        const { view: parsed, notices } = parse(search);
        const referenced = [parsed.focus, parsed.centre, parsed.path?.from, parsed.path?.to, ...parsed.expanded];
        expect(referenced.every((id) => id === undefined || NODES.includes(id))).toBe(true);
        expect(notices.every((notice) => typeof notice === 'string' && notice.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serialiseViewUrl', () => {
  it('writes only what differs from the default view', () => {
    expect(serialiseViewUrl(emptyView())).toBe('');
    expect(serialiseViewUrl(view({ focus: 'drug:riluzole' }))).toBe('?focus=drug%3Ariluzole');
  });

  it('keeps the dataset, tour and step parameters of the current address', () => {
    expect(serialiseViewUrl(view({ focus: 'drug:riluzole' }), '?tour=glutamate&step=2&focus=x&zoom=3')).toBe(
      '?tour=glutamate&step=2&focus=drug%3Ariluzole',
    );
  });

  it('reads a mechanism path and a flow, and leaves the default shortest path out of the address', () => {
    const { view: parsed, notices } = parse(
      '?from=drug:fluoxetine&to=condition:major-depression&paths=mechanism&flow=downstream&flow-node=transporter:sert&steps=2',
    );
    expect(notices).toEqual([]);
    expect(parsed.path?.mode).toBe('mechanism');
    expect(parsed.flow).toEqual({ node: 'transporter:sert', direction: 'downstream', steps: 2 });
    const shortest = parse('?from=drug:fluoxetine&to=condition:major-depression&paths=shortest').view;
    expect(serialiseViewUrl(shortest)).toBe('?from=drug%3Afluoxetine&to=condition%3Amajor-depression');
  });

  it('ignores a malformed kind of path, flow, flow node or number of steps with a notice', () => {
    const { view: parsed, notices } = parse(
      '?from=drug:fluoxetine&to=condition:major-depression&paths=fastest&flow=sideways&flow-node=drug:nope&steps=7',
    );
    expect(parsed.path?.mode).toBeUndefined();
    expect(parsed.flow).toBeUndefined();
    expect(notices).toEqual([
      expect.stringContaining('"fastest"'),
      expect.stringContaining('"sideways"'),
      expect.stringContaining('"drug:nope"'),
      expect.stringContaining('"7"'),
    ]);
    expect(parse('?flow=upstream').notices).toEqual([expect.stringContaining('no node')]);
    expect(parse('?focus=drug:riluzole&flow=upstream').view.flow).toEqual({
      node: 'drug:riluzole',
      direction: 'upstream',
      steps: 1,
    });
  });

  it('round-trips any valid view through the address', () => {
    const node = fc.constantFrom(...NODES);
    const nodes = fc.uniqueArray(node, { maxLength: 3 });
    const arbitraryView = fc
      .record({
        focus: fc.option(node, { nil: undefined }),
        edge: fc.option(fc.constantFrom(...EDGES), { nil: undefined }),
        depth: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        centre: node,
        expanded: nodes,
        hidden: nodes,
        kinds: fc.option(fc.uniqueArray(fc.constantFrom(...NODE_KINDS), { minLength: 1 }), { nil: undefined }),
        evidence: fc.option(fc.constantFrom(...EVIDENCE_LEVELS), { nil: undefined }),
        statuses: fc.option(fc.uniqueArray(fc.constantFrom(...DRUG_STATUSES), { minLength: 1 }), { nil: undefined }),
        layout: fc.constantFrom(...LAYOUTS),
        path: fc.option(
          fc.record({
            from: fc.constant(NODES[0] ?? ''),
            to: fc.constant(NODES[3] ?? ''),
            evidence: fc.option(fc.constantFrom(...EVIDENCE_LEVELS), { nil: undefined }),
            choice: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
            mode: fc.option(fc.constant('mechanism' as const), { nil: undefined }),
          }),
          { nil: undefined },
        ),
        flow: fc.option(
          fc.record({
            node,
            direction: fc.constantFrom(...FLOW_DIRECTIONS),
            steps: fc.integer({ min: 1, max: 3 }),
          }),
          { nil: undefined },
        ),
        compare: fc.uniqueArray(node, { maxLength: MAX_COMPARED }),
        q: fc.option(
          fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() === text),
          {
            nil: undefined,
          },
        ),
      })
      // A centre only means something with a depth.
      .map((generated) => normaliseView({ ...generated, centre: generated.depth ? generated.centre : undefined }));
    fc.assert(
      fc.property(arbitraryView, (original) => {
        const { view: parsed, notices } = parse(serialiseViewUrl(original));
        expect(notices).toEqual([]);
        expect(normaliseView(parsed)).toEqual(original);
      }),
      { numRuns: 1000 },
    );
  });
});
