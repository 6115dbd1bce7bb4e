// What a view shows: the whole graph or a neighbourhood, expanded, filtered and hidden, with counts of what each filter hid.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { visibleSubgraph, type VisibilityOptions, type VisibleSubgraph } from '../../src/lib/graph/visible-subgraph';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('drug:fluoxetine', 'Fluoxetine', { status: { value: 'approved' } }),
  nodeRecord('drug:riluzole', 'Riluzole', { status: { value: 'investigational' } }),
  nodeRecord('drug:rapastinel', 'Rapastinel', { status: { value: 'failed', year: 2019 } }),
  // A drug with no status at all: status filters leave it alone.
  nodeRecord('drug:duloxetine', 'Duloxetine'),
  nodeRecord('drug-class:ssri', 'SSRI'),
  nodeRecord('transporter:sert', 'Serotonin transporter'),
  nodeRecord('neurotransmitter:serotonin', 'Serotonin'),
  nodeRecord('receptor:nmda', 'NMDA receptor'),
  nodeRecord('condition:depression', 'Major depression'),
  nodeRecord('mechanism:neuroinflammation', 'Neuroinflammation'),
  // No edges at all, by nature.
  nodeRecord('risk-factor:poverty', 'Poverty'),
];

const EDGES = [
  edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri', { evidence: 'textbook' }),
  edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug-class:ssri', 'treats', 'condition:depression'),
  edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin', { evidence: 'textbook' }),
  edgeRecord('drug:rapastinel', 'positive-modulator-of', 'receptor:nmda', { evidence: 'clinical' }),
  edgeRecord('drug:rapastinel', 'treats', 'condition:depression', { evidence: 'contested' }),
  edgeRecord('drug:riluzole', 'treats', 'condition:depression', { evidence: 'preclinical' }),
  edgeRecord('mechanism:neuroinflammation', 'implicated-in', 'condition:depression', { evidence: 'hypothesis' }),
];

const graph = buildGraph(NODES, EDGES);
const visible = (options?: VisibilityOptions) => visibleSubgraph(graph, options);
const sorted = (items: Iterable<string>) => [...items].sort();
const NO_COUNTS = { byKind: {}, byEvidence: 0, byStatus: 0, byHiding: 0, byRelation: 0, byAttribute: 0 };

function expectEdgesBetweenVisibleNodes({ nodes, edges }: VisibleSubgraph) {
  for (const edge of edges) {
    expect(nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))).toBe(true);
  }
}

describe('visibleSubgraph', () => {
  it('shows the whole graph, every edge, and hides nothing by default', () => {
    const view = visible();
    expect(sorted(view.nodes)).toEqual(NODES.map((node) => node.id).sort());
    expect(sorted(view.edges)).toEqual(EDGES.map((edge) => edge.id).sort());
    expect(view.hidden).toEqual(NO_COUNTS);
  });

  it('shows only the neighbourhood of the focus, as deep as asked, and the edges among it', () => {
    const view = visible({ focus: 'transporter:sert', depth: 1 });
    expect(sorted(view.nodes)).toEqual([
      'drug:duloxetine',
      'drug:fluoxetine',
      'neurotransmitter:serotonin',
      'transporter:sert',
    ]);
    expect(sorted(view.edges)).toEqual([
      'drug:duloxetine|inhibits|transporter:sert',
      'drug:fluoxetine|inhibits|transporter:sert',
      'transporter:sert|transports|neurotransmitter:serotonin',
    ]);

    expect(visible({ focus: 'transporter:sert', depth: 2 }).nodes.has('drug-class:ssri')).toBe(true);
  });

  it('shows the whole graph when the focus is not in it', () => {
    expect(visible({ focus: 'drug:ketamine', depth: 1 }).nodes.size).toBe(NODES.length);
  });

  it("adds an expanded node's direct neighbours to the neighbourhood", () => {
    const view = visible({ focus: 'transporter:sert', depth: 1, expanded: ['drug:fluoxetine', 'drug:ketamine'] });
    expect(view.nodes.has('drug-class:ssri')).toBe(true);
    expect(view.edges.has('drug:fluoxetine|is-a|drug-class:ssri')).toBe(true);
    expect(view.nodes.has('condition:depression')).toBe(false);
  });

  it('removes hidden nodes with their edges and counts them', () => {
    const view = visible({ hidden: ['drug-class:ssri'] });
    expect(view.nodes.has('drug-class:ssri')).toBe(false);
    expect(view.edges.has('drug:fluoxetine|is-a|drug-class:ssri')).toBe(false);
    expect(view.edges.has('drug-class:ssri|treats|condition:depression')).toBe(false);
    expect(view.hidden).toEqual({ ...NO_COUNTS, byHiding: 1 });
  });

  it('counts only the hidden nodes that the neighbourhood would have shown', () => {
    const view = visible({ focus: 'transporter:sert', depth: 1, hidden: ['drug:duloxetine', 'drug-class:ssri'] });
    expect(view.nodes.has('drug:duloxetine')).toBe(false);
    expect(view.hidden.byHiding).toBe(1);
  });

  it('shows only the kinds asked for and counts the others kind by kind', () => {
    const view = visible({ kinds: ['drug', 'condition'] });
    expect(sorted(view.nodes)).toEqual([
      'condition:depression',
      'drug:duloxetine',
      'drug:fluoxetine',
      'drug:rapastinel',
      'drug:riluzole',
    ]);
    expect(view.hidden.byKind).toEqual({
      'drug-class': 1,
      transporter: 1,
      neurotransmitter: 1,
      receptor: 1,
      mechanism: 1,
      'risk-factor': 1,
    });
    expect(sorted(view.edges)).toEqual([
      'drug:rapastinel|treats|condition:depression',
      'drug:riluzole|treats|condition:depression',
    ]);
  });

  it('shows only the relationships of the types asked for, with the nodes they join', () => {
    const result = visible({ relations: ['treats'], pinned: ['risk-factor:poverty'] });
    expect(sorted(result.nodes)).toEqual([
      'condition:depression',
      'drug-class:ssri',
      'drug:rapastinel',
      'drug:riluzole',
      'risk-factor:poverty',
    ]);
    expect([...result.edges].map((edge) => graph.getEdgeAttribute(edge, 'relation'))).toEqual([
      'treats',
      'treats',
      'treats',
    ]);
    expect(result.hidden.byRelation).toBe(NODES.length - 5);
  });

  it('shows only drugs with the statuses asked for, counts the rest and leaves nodes without a status alone', () => {
    const view = visible({ statuses: ['approved'] });
    expect(view.nodes.has('drug:fluoxetine')).toBe(true);
    expect(view.nodes.has('drug:riluzole')).toBe(false);
    expect(view.nodes.has('drug:rapastinel')).toBe(false);
    expect(view.nodes.has('drug:duloxetine')).toBe(true);
    expect(view.nodes.has('drug-class:ssri')).toBe(true);
    expect(view.hidden).toEqual({ ...NO_COUNTS, byStatus: 2 });
  });

  it('drops edges weaker than the minimum and hides the nodes left with no edge', () => {
    const view = visible({ minEvidence: 'clinical' });
    expect(view.edges.has('drug:riluzole|treats|condition:depression')).toBe(false);
    expect(view.edges.has('drug:rapastinel|treats|condition:depression')).toBe(false);
    expect(view.edges.has('drug:rapastinel|positive-modulator-of|receptor:nmda')).toBe(true);
    expect(view.nodes.has('drug:riluzole')).toBe(false);
    expect(view.nodes.has('mechanism:neuroinflammation')).toBe(false);
    // Rapastinel keeps a firm enough edge, so it stays.
    expect(view.nodes.has('drug:rapastinel')).toBe(true);
    expect(view.hidden).toEqual({ ...NO_COUNTS, byEvidence: 2 });
  });

  it('keeps a node that never had an edge when a minimum evidence is set', () => {
    expect(visible({ minEvidence: 'textbook' }).nodes.has('risk-factor:poverty')).toBe(true);
  });

  it('keeps a pinned node that a minimum evidence would leave with no edge, without counting it', () => {
    const view = visible({ minEvidence: 'clinical', pinned: ['drug:riluzole'] });
    expect(view.nodes.has('drug:riluzole')).toBe(true);
    expect(view.hidden.byEvidence).toBe(1);
  });

  it('does not blame evidence for nodes that other filters left with no edge', () => {
    // Every edge is at least "contested", so this minimum removes nothing: the view must not change.
    const withoutMinimum = visible({ kinds: ['drug', 'drug-class', 'neurotransmitter', 'condition'] });
    const withMinimum = visible({
      kinds: ['drug', 'drug-class', 'neurotransmitter', 'condition'],
      minEvidence: 'contested',
    });
    expect(sorted(withMinimum.nodes)).toEqual(sorted(withoutMinimum.nodes));
    expect(withMinimum.nodes.has('neurotransmitter:serotonin')).toBe(true);
    expect(withMinimum.hidden.byEvidence).toBe(0);
  });

  it('does not reach across edges weaker than the minimum when showing a neighbourhood', () => {
    const view = visible({ focus: 'condition:depression', depth: 1, minEvidence: 'clinical' });
    expect(sorted(view.nodes)).toEqual(['condition:depression', 'drug-class:ssri']);
  });

  it('counts the neighbours a minimum evidence no longer reaches as hidden by it, unless other filters hide them', () => {
    const whole = visible({ focus: 'condition:depression', depth: 1 });
    const firm = visible({ focus: 'condition:depression', depth: 1, minEvidence: 'clinical' });
    expect(firm.hidden.byEvidence).toBe(whole.nodes.size - firm.nodes.size);
    expect(firm.hidden.byEvidence).toBeGreaterThan(0);
    // Drugs switched off are the kind filter's, not the evidence's.
    const kinds = ['condition', 'drug-class'] as const;
    const noDrugs = visible({ focus: 'condition:depression', depth: 1, minEvidence: 'clinical', kinds: [...kinds] });
    const weakNotDrugs = [...whole.nodes].filter(
      (node) => !firm.nodes.has(node) && kinds.some((kind) => node.startsWith(`${kind}:`)),
    );
    expect(noDrugs.hidden.byEvidence).toBe(weakNotDrugs.length);
  });

  it('keeps pinned nodes visible whatever the filters say', () => {
    const view = visible({
      hidden: ['drug:riluzole'],
      kinds: ['condition'],
      statuses: ['approved'],
      pinned: ['drug:riluzole', 'drug:ketamine'],
    });
    expect(view.nodes.has('drug:riluzole')).toBe(true);
    expect(view.nodes.has('drug:ketamine')).toBe(false);
    expect(view.edges.has('drug:riluzole|treats|condition:depression')).toBe(true);
    expect(view.hidden.byHiding).toBe(0);
    expect(view.hidden.byStatus).toBe(0);
  });

  it('keeps pinned nodes (a path, the selection) visible outside the neighbourhood shown', () => {
    const view = visible({ focus: 'transporter:sert', depth: 1, pinned: ['drug-class:ssri', 'condition:depression'] });
    expect(view.nodes.has('drug-class:ssri')).toBe(true);
    expect(view.nodes.has('condition:depression')).toBe(true);
    expect(view.edges.has('drug-class:ssri|treats|condition:depression')).toBe(true);
  });

  it('always keeps the focus visible, even when a filter would hide it', () => {
    const view = visible({ focus: 'drug:riluzole', depth: 1, kinds: ['condition'], hidden: ['drug:riluzole'] });
    expect(sorted(view.nodes)).toEqual(['condition:depression', 'drug:riluzole']);
  });

  it.each<[string, VisibilityOptions]>([
    ['a neighbourhood', { focus: 'transporter:sert', depth: 2 }],
    ['hidden nodes', { hidden: ['transporter:sert', 'condition:depression'] }],
    ['a kind filter', { kinds: ['drug', 'transporter'] }],
    ['a status filter', { statuses: ['failed'] }],
    ['a minimum evidence', { minEvidence: 'established', pinned: ['drug:riluzole'] }],
  ])('only shows edges whose both ends are visible, with %s', (_name, options) => {
    expectEdgesBetweenVisibleNodes(visible(options));
  });
});

describe('visibleSubgraph on a large graph', () => {
  // Over ten thousand relationships: views are gathered from their nodes, or counted without copying the keys.
  const kinds = ['drug', 'transporter', 'condition', 'symptom'] as const;
  const relations = ['treats', 'inhibits', 'associated-with'] as const;
  const levels = ['established', 'clinical', 'preclinical', 'hypothesis'] as const;
  const ids = Array.from({ length: 1500 }, (_, index) => `${kinds[index % kinds.length]}:n${index}`);
  const large = buildGraph(
    ids.map((id) => nodeRecord(id, id)),
    Array.from({ length: 12_000 }, (_, index) => {
      // A hub (node 0) with many relationships, and a spread of the rest.
      const source = ids[index % 7 === 0 ? 0 : (index * 7919) % ids.length] ?? '';
      const target = ids[(index * 104_729 + 13) % ids.length] ?? '';
      return {
        ...edgeRecord(source, relations[index % relations.length] ?? 'treats', target, {
          evidence: levels[index % levels.length] ?? 'established',
        }),
        id: `e${index}`,
      };
    }),
  );
  /** The relationships a view shows, counted the plain way: both ends shown and every filter passed. */
  function expected(view: VisibleSubgraph, options: VisibilityOptions): string[] {
    const evidenceOrder = ['textbook', 'established', 'clinical', 'preclinical', 'hypothesis', 'contested'];
    return large
      .filterEdges(
        (_edge, attributes, source, target) =>
          view.nodes.has(source) &&
          view.nodes.has(target) &&
          (!options.minEvidence ||
            evidenceOrder.indexOf(attributes.evidence) <= evidenceOrder.indexOf(options.minEvidence)) &&
          (!options.relations || options.relations.includes(attributes.relation)),
      )
      .sort();
  }

  it.each<[string, VisibilityOptions]>([
    ['the whole graph', {}],
    ['one kind', { kinds: ['drug'] }],
    ['one type of relationship', { relations: ['treats'] }],
    ['a minimum evidence level', { minEvidence: 'clinical' }],
    ['a small neighbourhood', { focus: ids[5], depth: 1 }],
    ['the hub’s neighbourhood', { focus: ids[0], depth: 1, kinds: ['drug', 'condition'] }],
  ])('shows the same relationships as a plain count for %s', (_name, options) => {
    const view = visibleSubgraph(large, options);
    const edges = expected(view, options);
    expect(sorted(view.edges)).toEqual(edges);
    expect(view.edges.size).toBe(edges.length);
    const kept = new Set(edges);
    for (const edge of large.edges().slice(0, 2000)) expect(view.edges.has(edge)).toBe(kept.has(edge));
    expect(view.edges.has('no such relationship')).toBe(false);
  });
});
