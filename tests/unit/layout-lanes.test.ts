// Lanes layout: drugs, classes, targets and conditions in columns from left to right, the same picture every time.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import type { Position } from '../../src/lib/graph/layout-force';
import { lanesLayout } from '../../src/lib/graph/layout-lanes';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('condition:depression', 'Major depression'),
  nodeRecord('transporter:sert', 'Serotonin transporter'),
  nodeRecord('transporter:net', 'Noradrenaline transporter'),
  nodeRecord('drug:fluoxetine', 'Fluoxetine'),
  nodeRecord('drug:duloxetine', 'Duloxetine'),
  nodeRecord('drug-class:ssri', 'SSRI'),
  nodeRecord('drug-class:snri', 'SNRI'),
  nodeRecord('receptor:nmda', 'NMDA receptor'),
  nodeRecord('drug:ketamine', 'Ketamine'),
];

const EDGES = [
  edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri'),
  edgeRecord('drug:duloxetine', 'is-a', 'drug-class:snri'),
  edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:duloxetine', 'inhibits', 'transporter:net'),
  edgeRecord('drug:ketamine', 'antagonist-of', 'receptor:nmda'),
  edgeRecord('drug-class:ssri', 'treats', 'condition:depression'),
  edgeRecord('drug-class:snri', 'treats', 'condition:depression'),
  edgeRecord('drug:ketamine', 'treats', 'condition:depression'),
];

const ALL = new Set(NODES.map((node) => node.id));
const graph = buildGraph(NODES, EDGES);

function xOf(positions: Map<string, Position>, node: string): number {
  const position = positions.get(node);
  if (!position) throw new Error(`${node} has no position`);
  return position.x;
}

describe('lanesLayout', () => {
  it('puts drugs left of drug classes, left of targets, left of conditions', () => {
    const positions = lanesLayout(graph, ALL);
    const x = (node: string) => xOf(positions, node);
    expect(x('drug:fluoxetine')).toBeLessThan(x('drug-class:ssri'));
    expect(x('drug-class:ssri')).toBeLessThan(x('transporter:sert'));
    expect(x('transporter:sert')).toBeLessThan(x('condition:depression'));
  });

  it('lines up nodes of one lane in a column, each at its own height', () => {
    const positions = lanesLayout(graph, ALL);
    const drugs = ['drug:fluoxetine', 'drug:duloxetine', 'drug:ketamine'].map((node) => positions.get(node));
    expect(new Set(drugs.map((position) => position?.x)).size).toBe(1);
    expect(new Set(drugs.map((position) => position?.y)).size).toBe(3);
    // Receptors and transporters share the targets lane.
    expect(xOf(positions, 'receptor:nmda')).toBe(xOf(positions, 'transporter:sert'));
  });

  it('orders the columns so that links between neighbouring lanes do not cross', () => {
    // By name alone Amitriptyline and Tricyclics would sit on different rows, crossing Zimelidine's link to SSRI.
    const crossing = buildGraph(
      [
        nodeRecord('drug:amitriptyline', 'Amitriptyline'),
        nodeRecord('drug:zimelidine', 'Zimelidine'),
        nodeRecord('drug-class:ssri', 'SSRI'),
        nodeRecord('drug-class:tca', 'Tricyclics'),
      ],
      [
        edgeRecord('drug:amitriptyline', 'is-a', 'drug-class:tca'),
        edgeRecord('drug:zimelidine', 'is-a', 'drug-class:ssri'),
      ],
    );
    const positions = lanesLayout(crossing, new Set(crossing.nodes()));
    const y = (node: string) => positions.get(node)?.y;
    expect(y('drug:amitriptyline')).toBe(y('drug-class:tca'));
    expect(y('drug:zimelidine')).toBe(y('drug-class:ssri'));
  });

  it('gives every given node, and only those, a finite position', () => {
    const shown = new Set(['drug:ketamine', 'receptor:nmda', 'condition:depression']);
    const positions = lanesLayout(graph, shown);
    expect([...positions.keys()].sort()).toEqual([...shown].sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('leaves no empty column for a lane with no nodes', () => {
    const positions = lanesLayout(graph, new Set(['drug:ketamine', 'receptor:nmda']));
    const classLane = lanesLayout(graph, new Set(['drug:fluoxetine', 'drug-class:ssri']));
    expect(xOf(positions, 'receptor:nmda') - xOf(positions, 'drug:ketamine')).toBe(
      xOf(classLane, 'drug-class:ssri') - xOf(classLane, 'drug:fluoxetine'),
    );
  });

  it('places nothing when given no nodes', () => {
    expect(lanesLayout(graph, new Set()).size).toBe(0);
  });

  it('gives the same positions every time, whatever order the graph was built in', () => {
    const positions = lanesLayout(graph, ALL);
    expect(lanesLayout(graph, ALL)).toEqual(positions);
    const reversed = buildGraph([...NODES].reverse(), [...EDGES].reverse());
    expect(lanesLayout(reversed, new Set([...ALL].reverse()))).toEqual(positions);
  });
});
