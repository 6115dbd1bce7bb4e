// The Graph outline on a hand-built graph: groups by kind, relationships as sentences, every key, and the announcement.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { describeSelection } from '../../src/lib/graph/describe-selection';
import { outlineGroups, outlineRelationships } from '../../src/lib/graph/outline';
import { OUTLINE_PAGE, OutlineTree } from '../../src/lib/state/outline-tree.svelte';
import { edgeRecord, nodeRecord, VOCABULARY } from '../fixtures/tiny-graph';

const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine'),
    nodeRecord('drug:duloxetine', 'Duloxetine'),
    nodeRecord('transporter:sert', 'Serotonin transporter'),
    nodeRecord('condition:depression', 'Depression'),
  ],
  [
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert', { evidence: 'textbook' }),
    edgeRecord('drug:fluoxetine', 'treats', 'condition:depression'),
  ],
);
const everything = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
const vocabulary = {
  ...VOCABULARY,
  kinds: { drug: { label: 'Drug' }, transporter: { label: 'Transporter' }, condition: { label: 'Condition' } },
  evidence: Object.fromEntries(
    Object.entries(VOCABULARY.evidence).map(([level, style]) => [level, { ...style, label: level.toUpperCase() }]),
  ),
};
const tree = (shown = everything) => new OutlineTree(() => ({ graph, shown, vocabulary: VOCABULARY }));

describe('outline model', () => {
  it('groups shown nodes by kind in the vocabulary order, sorted by label', () => {
    expect(outlineGroups(graph, everything)).toEqual([
      {
        kind: 'transporter',
        nodes: [{ id: 'transporter:sert', label: 'Serotonin transporter' }],
      },
      {
        kind: 'drug',
        nodes: [
          { id: 'drug:duloxetine', label: 'Duloxetine' },
          { id: 'drug:fluoxetine', label: 'Fluoxetine' },
        ],
      },
      { kind: 'condition', nodes: [{ id: 'condition:depression', label: 'Depression' }] },
    ]);
  });

  it('lists only the shown relationships, as sentences', () => {
    const shown = { nodes: everything.nodes, edges: new Set(['drug:fluoxetine|treats|condition:depression']) };
    expect(outlineRelationships(graph, 'drug:fluoxetine', shown, VOCABULARY)).toEqual([
      {
        edge: 'drug:fluoxetine|treats|condition:depression',
        other: 'condition:depression',
        sentence: 'Fluoxetine treats Depression',
        evidence: 'established',
      },
    ]);
  });
});

describe('OutlineTree keys', () => {
  it('starts on the first kind, closed; → opens, → again enters, ↓ and ↑ move, ← goes back up', () => {
    const outline = tree();
    expect(outline.rows.map((row) => row.key)).toEqual(['k|transporter', 'k|drug', 'k|condition']);
    expect(outline.active).toBe('k|transporter');
    outline.keydown('ArrowDown');
    expect(outline.active).toBe('k|drug');
    outline.keydown('ArrowRight');
    expect(outline.rows.map((row) => row.key)).toContain('n|drug:fluoxetine');
    outline.keydown('ArrowRight');
    expect(outline.active).toBe('n|drug:duloxetine');
    outline.keydown('ArrowDown');
    expect(outline.active).toBe('n|drug:fluoxetine');
    outline.keydown('ArrowLeft');
    expect(outline.active).toBe('k|drug');
    outline.keydown('ArrowLeft');
    expect(outline.rows).toHaveLength(3);
    outline.keydown('ArrowUp');
    expect(outline.active).toBe('k|transporter');
    outline.keydown('ArrowUp');
    expect(outline.active).toBe('k|transporter');
  });

  it('Enter on a node asks to focus it; on a relationship, to show its evidence; → follows the relationship', () => {
    const outline = tree();
    outline.reveal('drug:fluoxetine');
    expect(outline.keydown('Enter').action).toEqual({ type: 'focus-node', id: 'drug:fluoxetine' });
    outline.keydown('ArrowRight');
    outline.keydown('ArrowDown');
    expect(outline.active).toBe('e|drug:fluoxetine|drug:fluoxetine|inhibits|transporter:sert');
    expect(outline.keydown('Enter').action).toEqual({
      type: 'show-evidence',
      edge: 'drug:fluoxetine|inhibits|transporter:sert',
    });
    outline.keydown('ArrowRight');
    expect(outline.active).toBe('n|transporter:sert');
    expect(outline.expanded.has('k|transporter')).toBe(true);
  });

  it('Home, End, Space and type-ahead', () => {
    const outline = tree();
    outline.keydown('End');
    expect(outline.active).toBe('k|condition');
    outline.keydown('Home');
    expect(outline.active).toBe('k|transporter');
    outline.keydown(' ');
    expect(outline.expanded.has('k|transporter')).toBe(true);
    expect(outline.keydown('c').handled).toBe(true);
    expect(outline.active).toBe('k|condition');
    expect(outline.keydown('z').handled).toBe(false);
    expect(outline.keydown('Tab').handled).toBe(false);
  });

  it('follows the shown subgraph: a row that disappears hands the keyboard back to the first row', () => {
    let shown = $state.raw(everything);
    const outline = new OutlineTree(() => ({ graph, shown, vocabulary: VOCABULARY }));
    expect(outline.reveal('condition:depression')).toBe(true);
    expect(outline.active).toBe('n|condition:depression');
    shown = { nodes: new Set(['drug:fluoxetine']), edges: new Set() };
    expect(outline.rows.map((row) => row.key)).toEqual(['k|drug']);
    expect(outline.active).toBe('k|drug');
    expect(outline.reveal('condition:depression')).toBe(false);
  });

  it(`lists ${OUTLINE_PAGE} nodes of a kind at a time, with a row that lists more`, () => {
    const many = buildGraph(
      Array.from({ length: OUTLINE_PAGE + 5 }, (_, index) =>
        nodeRecord(`drug:d${String(index).padStart(3, '0')}`, `D${String(index).padStart(3, '0')}`),
      ),
      [],
    );
    const outline = new OutlineTree(() => ({
      graph: many,
      shown: { nodes: new Set(many.nodes()), edges: new Set() },
      vocabulary: VOCABULARY,
    }));
    outline.keydown('ArrowRight');
    expect(outline.rows.at(-1)?.key).toBe('m|drug');
    expect(outline.branches[0]?.more?.remaining).toBe(5);
    outline.press('m|drug');
    expect(outline.branches[0]?.more).toBeNull();
    expect(outline.rows).toHaveLength(OUTLINE_PAGE + 6);
    const revealing = new OutlineTree(() => ({
      graph: many,
      shown: { nodes: new Set(many.nodes()), edges: new Set() },
      vocabulary: VOCABULARY,
    }));
    revealing.reveal(`drug:d${OUTLINE_PAGE + 3}`);
    expect(revealing.active).toBe(`n|drug:d${OUTLINE_PAGE + 3}`);
  });
});

describe('describeSelection', () => {
  it('names a node, its kind and how many relationships it has', () => {
    expect(describeSelection(graph, vocabulary, 'drug:fluoxetine', null)).toBe('Fluoxetine, drug, 2 relationships');
    expect(describeSelection(graph, vocabulary, 'drug:duloxetine', null)).toBe('Duloxetine, drug, 1 relationship');
  });

  it('reads an edge as its sentence and evidence level, and says nothing when nothing is selected', () => {
    expect(describeSelection(graph, vocabulary, 'drug:duloxetine', 'drug:duloxetine|inhibits|transporter:sert')).toBe(
      'Duloxetine inhibits Serotonin transporter. Evidence: textbook.',
    );
    expect(describeSelection(graph, vocabulary, null, null)).toBe('');
    expect(describeSelection(graph, vocabulary, 'drug:missing', null)).toBe('');
  });
});
