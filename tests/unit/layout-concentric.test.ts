// Concentric layout: the centre in the middle, one ring per step away, the same picture every time.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { concentricLayout } from '../../src/lib/graph/layout-concentric';
import type { Position } from '../../src/lib/graph/layout-force';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('transporter:sert', 'Serotonin transporter'),
  nodeRecord('drug:fluoxetine', 'Fluoxetine'),
  nodeRecord('drug:duloxetine', 'Duloxetine'),
  nodeRecord('neurotransmitter:serotonin', 'Serotonin'),
  nodeRecord('drug-class:ssri', 'SSRI'),
  nodeRecord('receptor:5ht1a', '5-HT1A receptor'),
  nodeRecord('condition:depression', 'Major depression'),
  nodeRecord('risk-factor:poverty', 'Poverty'),
];

const EDGES = [
  edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin'),
  edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri'),
  edgeRecord('neurotransmitter:serotonin', 'binds', 'receptor:5ht1a'),
  edgeRecord('receptor:5ht1a', 'implicated-in', 'condition:depression'),
];

const ALL = new Set(NODES.map((node) => node.id));
const graph = buildGraph(NODES, EDGES);
const radius = ({ x, y }: Position) => Math.hypot(x, y);

function radiusOf(positions: Map<string, Position>, node: string): number {
  const position = positions.get(node);
  if (!position) throw new Error(`${node} has no position`);
  return radius(position);
}

describe('concentricLayout', () => {
  it('gives every given node, and only those, a finite position', () => {
    const shown = new Set(['transporter:sert', 'drug:fluoxetine', 'neurotransmitter:serotonin', 'risk-factor:poverty']);
    const positions = concentricLayout(graph, shown, 'transporter:sert');
    expect([...positions.keys()].sort()).toEqual([...shown].sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('puts the centre at the origin', () => {
    expect(concentricLayout(graph, ALL, 'transporter:sert').get('transporter:sert')).toEqual({ x: 0, y: 0 });
  });

  it('puts nodes the same number of steps away on one ring, farther rings for more steps', () => {
    const positions = concentricLayout(graph, ALL, 'transporter:sert');
    const ring1 = ['drug:fluoxetine', 'drug:duloxetine', 'neurotransmitter:serotonin'].map((node) =>
      radiusOf(positions, node),
    );
    const ring2 = ['drug-class:ssri', 'receptor:5ht1a'].map((node) => radiusOf(positions, node));
    const ring3 = radiusOf(positions, 'condition:depression');
    for (const r of ring1) expect(r).toBeCloseTo(ring1[0] ?? 0);
    for (const r of ring2) expect(r).toBeCloseTo(ring2[0] ?? 0);
    expect(ring1[0]).toBeGreaterThan(0);
    expect(ring2[0]).toBeGreaterThan(ring1[0] ?? 0);
    expect(ring3).toBeGreaterThan(ring2[0] ?? 0);
  });

  it('puts nodes with no way to the centre on an outer ring of their own', () => {
    const positions = concentricLayout(graph, ALL, 'transporter:sert');
    expect(radiusOf(positions, 'risk-factor:poverty')).toBeGreaterThan(radiusOf(positions, 'condition:depression'));
  });

  it('counts steps only through the nodes given', () => {
    // Without serotonin, the 5-HT1A receptor cannot be reached from the transporter.
    const shown = new Set(['transporter:sert', 'drug:fluoxetine', 'drug-class:ssri', 'receptor:5ht1a']);
    const positions = concentricLayout(graph, shown, 'transporter:sert');
    expect(radiusOf(positions, 'receptor:5ht1a')).toBeGreaterThan(radiusOf(positions, 'drug-class:ssri'));
  });

  it('never puts two nodes at the same point', () => {
    const points = [...concentricLayout(graph, ALL, 'transporter:sert').values()].map(
      ({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`,
    );
    expect(new Set(points).size).toBe(points.length);
  });

  it('gives the same positions every time, whatever order the graph was built in', () => {
    const positions = concentricLayout(graph, ALL, 'transporter:sert');
    expect(concentricLayout(graph, ALL, 'transporter:sert')).toEqual(positions);
    const reversed = buildGraph([...NODES].reverse(), [...EDGES].reverse());
    expect(concentricLayout(reversed, new Set([...ALL].reverse()), 'transporter:sert')).toEqual(positions);
  });

  it('places nothing when the centre is not among the given nodes', () => {
    expect(concentricLayout(graph, new Set(['drug:fluoxetine']), 'transporter:sert').size).toBe(0);
  });
});
