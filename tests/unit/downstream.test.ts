// Upstream and downstream: what a node leads to, or what leads to it, step by step along the relationships.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { followFlow } from '../../src/lib/graph/downstream';
import { explainFlow } from '../../src/lib/graph/explain-flow';
import { edgeRecord, nodeRecord, VOCABULARY } from '../fixtures/tiny-graph';

const EDGES = [
  edgeRecord('drug:a', 'inhibits', 'receptor:r'),
  edgeRecord('receptor:r-sub', 'is-a', 'receptor:r'),
  edgeRecord('receptor:r-sub', 'inhibits', 'mechanism:m1'),
  edgeRecord('receptor:r', 'inhibits', 'mechanism:m2'),
  edgeRecord('mechanism:m2', 'inhibits', 'mechanism:m3'),
  edgeRecord('mechanism:m3', 'inhibits', 'mechanism:m4'),
  edgeRecord('drug:b', 'inhibits', 'receptor:r-sub'),
];
const ids = [...new Set(EDGES.flatMap((edge) => [edge.source, edge.target]))];
const graph = buildGraph(
  ids.map((id) => nodeRecord(id, id)),
  EDGES,
);

describe('followFlow', () => {
  it('goes downstream along the relationships, step by step, up to the steps asked for', () => {
    const flow = followFlow(graph, 'receptor:r', 'downstream', 2);
    expect(flow?.levels.map((level) => level.edges)).toEqual([
      ['receptor:r|inhibits|mechanism:m2', 'receptor:r-sub|is-a|receptor:r'],
      ['mechanism:m2|inhibits|mechanism:m3', 'receptor:r-sub|inhibits|mechanism:m1'],
    ]);
    expect(flow?.stepOf.get('mechanism:m3')).toBe(2);
    expect(flow?.nodes).not.toContain('mechanism:m4');
    expect(flow?.nodes).not.toContain('drug:a');
  });

  it('goes upstream against the relationships, and from an example to its class', () => {
    const flow = followFlow(graph, 'receptor:r-sub', 'upstream', 2);
    expect(flow?.levels[0]?.edges).toEqual(['drug:b|inhibits|receptor:r-sub', 'receptor:r-sub|is-a|receptor:r']);
    expect(flow?.levels[1]?.edges).toEqual(['drug:a|inhibits|receptor:r']);
  });

  it('follows what things do, not what they are: never on to a class, nor from one example to another', () => {
    const flow = followFlow(graph, 'drug:b', 'downstream', 3);
    expect(flow?.nodes).toEqual(['drug:b', 'receptor:r-sub', 'mechanism:m1']);
  });

  it('is empty past a node with nothing further, and null for an unknown node', () => {
    expect(followFlow(graph, 'mechanism:m4', 'downstream', 3)?.levels).toEqual([]);
    expect(followFlow(graph, 'nope', 'downstream', 1)).toBeNull();
  });

  it('reads as sentences grouped by step', () => {
    const flow = followFlow(graph, 'drug:a', 'downstream', 2);
    const explained = flow ? explainFlow(graph, flow, VOCABULARY) : [];
    expect(explained.map((level) => level.step)).toEqual([1, 2]);
    expect(explained[0]?.items[0]?.sentence).toBe('Drug:a inhibits receptor:r');
  });
});
