// The force layout is deterministic: the same nodes and edges always land in the same, distinct, finite places.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { forceLayout, type Position } from '../../src/lib/graph/layout-force';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('neurotransmitter:serotonin', 'Serotonin'),
  nodeRecord('transporter:sert', 'Serotonin transporter'),
  nodeRecord('drug:fluoxetine', 'Fluoxetine'),
  nodeRecord('drug:duloxetine', 'Duloxetine'),
  nodeRecord('drug-class:ssri', 'SSRI'),
  nodeRecord('condition:depression', 'Major depression'),
  nodeRecord('symptom:fatigue', 'Loss of energy'),
  // A node with no edges still needs a place.
  nodeRecord('risk-factor:poverty', 'Poverty'),
];

const EDGES = [
  edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin'),
  edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri'),
  edgeRecord('drug-class:ssri', 'treats', 'condition:depression'),
  edgeRecord('symptom:fatigue', 'symptom-of', 'condition:depression'),
];

function layoutOf(nodes = NODES, edges = EDGES): Map<string, Position> {
  return forceLayout(buildGraph(nodes, edges), { iterations: 200 });
}

describe('forceLayout', () => {
  it('gives the same positions every time for the same graph', () => {
    expect(layoutOf()).toEqual(layoutOf());
  });

  it('gives every node a position with finite coordinates', () => {
    const positions = layoutOf();
    expect([...positions.keys()].sort()).toEqual(NODES.map((node) => node.id).sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  it('does not depend on the order nodes and edges were added in', () => {
    expect(layoutOf([...NODES].reverse(), [...EDGES].reverse())).toEqual(layoutOf());
  });

  it('never puts two nodes at the same point', () => {
    const points = [...layoutOf().values()].map(({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`);
    expect(new Set(points).size).toBe(points.length);
  });

  it('leaves the graph it was given untouched', () => {
    const graph = buildGraph(NODES, EDGES);
    forceLayout(graph, { iterations: 20 });
    expect(graph.getNodeAttributes('drug:fluoxetine')).toEqual(expect.not.objectContaining({ x: expect.anything() }));
  });
});
