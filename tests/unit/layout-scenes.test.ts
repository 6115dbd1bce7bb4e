// Layouts made for one view: a neighbourhood around its centre, and chains read left to right.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import type { Position } from '../../src/lib/graph/layout-force';
import { COLUMN_GAP, layeredLayout } from '../../src/lib/graph/layout-layered';
import { radialLayout } from '../../src/lib/graph/layout-radial';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('drug:ketamine', 'Ketamine'),
  nodeRecord('receptor:nmda', 'NMDA receptor'),
  nodeRecord('mechanism:disinhibition', 'Disinhibition'),
  nodeRecord('mechanism:glutamate-burst', 'Glutamate burst'),
  nodeRecord('receptor:ampa', 'AMPA receptor'),
  nodeRecord('mechanism:bdnf-release', 'BDNF release'),
  nodeRecord('mechanism:synaptogenesis', 'Synaptogenesis'),
  nodeRecord('drug:esketamine', 'Esketamine'),
  nodeRecord('condition:depression', 'Major depression'),
  nodeRecord('symptom:dissociation', 'Dissociation'),
];
const EDGES = [
  edgeRecord('drug:ketamine', 'antagonist-of', 'receptor:nmda'),
  edgeRecord('receptor:nmda', 'leads-to', 'mechanism:disinhibition'),
  edgeRecord('mechanism:disinhibition', 'leads-to', 'mechanism:glutamate-burst'),
  edgeRecord('mechanism:glutamate-burst', 'activates', 'receptor:ampa'),
  edgeRecord('receptor:ampa', 'leads-to', 'mechanism:bdnf-release'),
  edgeRecord('mechanism:bdnf-release', 'leads-to', 'mechanism:synaptogenesis'),
  edgeRecord('drug:ketamine', 'leads-to', 'mechanism:synaptogenesis'),
  edgeRecord('drug:esketamine', 'antagonist-of', 'receptor:nmda'),
  edgeRecord('drug:ketamine', 'treats', 'condition:depression'),
  edgeRecord('drug:ketamine', 'may-cause', 'symptom:dissociation'),
];
const graph = buildGraph(NODES, EDGES);
const ALL = new Set(NODES.map((node) => node.id));

function at(positions: Map<string, Position>, node: string): Position {
  const position = positions.get(node);
  if (!position) throw new Error(`${node} has no position`);
  return position;
}

describe('radialLayout', () => {
  const positions = radialLayout(graph, ALL, 'drug:ketamine');
  const distance = (node: string) => Math.hypot(at(positions, node).x, at(positions, node).y);

  it('puts the centre in the middle and every given node somewhere', () => {
    expect(at(positions, 'drug:ketamine')).toEqual({ x: 0, y: 0 });
    expect([...positions.keys()].sort()).toEqual([...ALL].sort());
  });

  it('puts direct neighbours on one ring and nodes two steps away outside it, but not far outside', () => {
    const first = ['receptor:nmda', 'mechanism:synaptogenesis', 'condition:depression', 'symptom:dissociation'];
    const radii = first.map(distance);
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1);
    const second = ['drug:esketamine', 'mechanism:disinhibition', 'mechanism:bdnf-release'];
    for (const node of second) {
      expect(distance(node)).toBeGreaterThan(Math.max(...radii));
      // The first ring spans at least half the picture.
      expect(distance(node)).toBeLessThan(2 * Math.max(...radii));
    }
  });

  it('keeps nodes apart and gives the same picture for the same nodes', () => {
    const points = [...positions.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(30);
    expect(radialLayout(graph, new Set([...ALL].reverse()), 'drug:ketamine')).toEqual(positions);
  });

  it("lays out part of a hub's neighbourhood as it would the graph of that part alone", () => {
    const spokes = Array.from({ length: 40 }, (_, index) => `gene:g${String(index).padStart(2, '0')}`);
    const records = [nodeRecord('anatomy:brain', 'Brain'), ...spokes.map((id) => nodeRecord(id, id.slice(5)))];
    const links = spokes.map((id) => edgeRecord(id, 'expressed-in', 'anatomy:brain'));
    const links2 = [
      edgeRecord('gene:g01', 'associated-with', 'gene:g02'),
      edgeRecord('gene:g02', 'associated-with', 'gene:g30'),
    ];
    const part = new Set(['anatomy:brain', 'gene:g01', 'gene:g02', 'gene:g05', 'gene:g30']);
    const whole = buildGraph(records, [...links, ...links2]);
    const alone = buildGraph(
      records.filter((record) => part.has(record.id)),
      [...links, ...links2].filter((record) => part.has(record.source) && part.has(record.target)),
    );
    expect(radialLayout(whole, part, 'anatomy:brain')).toEqual(radialLayout(alone, part, 'anatomy:brain'));
  });

  it('places nothing when the centre is not shown', () => {
    expect(radialLayout(graph, new Set(['receptor:nmda']), 'drug:ketamine').size).toBe(0);
  });
});

describe('layeredLayout', () => {
  it('reads a chain left to right in the direction of its relationships', () => {
    const chain = [
      'drug:ketamine',
      'receptor:nmda',
      'mechanism:disinhibition',
      'mechanism:glutamate-burst',
      'receptor:ampa',
      'mechanism:bdnf-release',
      'mechanism:synaptogenesis',
    ];
    const positions = layeredLayout(graph, new Set(chain), { spine: chain });
    const xs = chain.map((node) => at(positions, node).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(chain.length);
    // The spine is one straight row.
    expect(new Set(chain.map((node) => at(positions, node).y)).size).toBe(1);
  });

  it('honours fixed columns, and puts a node that only leads somewhere just before it', () => {
    const ranks = new Map([
      ['drug:ketamine', 0],
      ['drug:esketamine', 0],
      ['receptor:nmda', 1],
    ]);
    const positions = layeredLayout(graph, new Set(['drug:ketamine', 'drug:esketamine', 'receptor:nmda']), { ranks });
    expect(at(positions, 'drug:ketamine').x).toBe(0);
    expect(at(positions, 'drug:esketamine').x).toBe(0);
    expect(at(positions, 'receptor:nmda').x).toBe(COLUMN_GAP);
  });

  it('wraps a long chain onto further rows when asked for fewer columns', () => {
    const chain = ['drug:ketamine', 'receptor:nmda', 'mechanism:disinhibition', 'mechanism:glutamate-burst'];
    const positions = layeredLayout(graph, new Set(chain), { spine: chain, maxColumns: 2 });
    expect(at(positions, 'mechanism:disinhibition').x).toBe(0);
    expect(at(positions, 'mechanism:disinhibition').y).toBeGreaterThan(at(positions, 'drug:ketamine').y);
  });

  it('draws a crowded column zigzag in staggered lines, top to bottom in order, shorter than one tall line', () => {
    const targets = [...ALL].filter((node) => node !== 'drug:ketamine');
    const ranks = new Map([['drug:ketamine', 0], ...targets.map((node): [string, number] => [node, 1])]);
    const nodes = new Set(['drug:ketamine', ...targets]);
    const straight = layeredLayout(graph, nodes, { ranks });
    const zigzag = layeredLayout(graph, nodes, { ranks, maxRows: 3 });
    const span = (positions: Map<string, { x: number; y: number }>) => {
      const ys = targets.map((node) => at(positions, node).y);
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(new Set(targets.map((node) => at(zigzag, node).x)).size).toBeGreaterThan(1);
    expect(span(zigzag)).toBeLessThan(span(straight));
    const keys = new Set([...zigzag.values()].map(({ x, y }) => `${x},${y}`));
    expect(keys.size).toBe(nodes.size);
  });

  it('places any subset, cycles included, with no two nodes in one place', () => {
    fc.assert(
      fc.property(fc.subarray([...ALL], { minLength: 1 }), (subset) => {
        const positions = layeredLayout(graph, new Set(subset));
        expect(positions.size).toBe(subset.length);
        const keys = new Set([...positions.values()].map(({ x, y }) => `${x},${y}`));
        expect(keys.size).toBe(subset.length);
      }),
    );
  });
});
