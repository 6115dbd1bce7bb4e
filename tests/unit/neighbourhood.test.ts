// The nodes within k steps of a centre: edges count in both directions, a filter can cut edges, an unknown centre gives nothing.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { neighbourhood } from '../../src/lib/graph/neighbourhood';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

// A chain fluoxetine → SERT → serotonin ← 5-HT1A … told in mixed directions, and a weak side branch.
const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine'),
    nodeRecord('drug-class:ssri', 'SSRI'),
    nodeRecord('transporter:sert', 'Serotonin transporter'),
    nodeRecord('neurotransmitter:serotonin', 'Serotonin'),
    nodeRecord('receptor:5ht1a', '5-HT1A receptor'),
    nodeRecord('condition:depression', 'Major depression'),
    nodeRecord('risk-factor:poverty', 'Poverty'),
  ],
  [
    edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri'),
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin'),
    edgeRecord('neurotransmitter:serotonin', 'binds', 'receptor:5ht1a'),
    edgeRecord('receptor:5ht1a', 'implicated-in', 'condition:depression', { evidence: 'hypothesis' }),
  ],
);

const sorted = (nodes: Set<string>) => [...nodes].sort();

describe('neighbourhood', () => {
  it('is just the centre at depth 0', () => {
    expect(sorted(neighbourhood(graph, 'transporter:sert', 0))).toEqual(['transporter:sert']);
  });

  it('follows edges both into and out of the centre at depth 1', () => {
    expect(sorted(neighbourhood(graph, 'transporter:sert', 1))).toEqual([
      'drug:fluoxetine',
      'neurotransmitter:serotonin',
      'transporter:sert',
    ]);
  });

  it('reaches two steps away at depth 2, whatever the direction of each edge', () => {
    expect(sorted(neighbourhood(graph, 'transporter:sert', 2))).toEqual([
      'drug-class:ssri',
      'drug:fluoxetine',
      'neurotransmitter:serotonin',
      'receptor:5ht1a',
      'transporter:sert',
    ]);
  });

  it('reaches three steps away at depth 3 and never a node with no path to the centre', () => {
    const nodes = neighbourhood(graph, 'transporter:sert', 3);
    expect(nodes.has('condition:depression')).toBe(true);
    expect(nodes.has('risk-factor:poverty')).toBe(false);
    expect(nodes.size).toBe(6);
  });

  it('walks backwards against edge direction from a node that only has incoming edges', () => {
    expect(sorted(neighbourhood(graph, 'condition:depression', 2))).toEqual([
      'condition:depression',
      'neurotransmitter:serotonin',
      'receptor:5ht1a',
    ]);
  });

  it('does not cross edges the filter rejects', () => {
    const firmOnly = (edge: string) => graph.getEdgeAttribute(edge, 'evidence') !== 'hypothesis';
    const nodes = neighbourhood(graph, 'transporter:sert', 3, firmOnly);
    expect(nodes.has('receptor:5ht1a')).toBe(true);
    expect(nodes.has('condition:depression')).toBe(false);
  });

  it('gives a node with no edges only itself', () => {
    expect(sorted(neighbourhood(graph, 'risk-factor:poverty', 3))).toEqual(['risk-factor:poverty']);
  });

  it('gives an empty set for a centre that is not in the graph', () => {
    expect(neighbourhood(graph, 'drug:ketamine', 2).size).toBe(0);
  });
});
