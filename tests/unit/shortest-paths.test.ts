// Up to k shortest paths between two nodes, walking edges either way: simple, distinct, ordered by length, stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type AtlasGraph } from '../../src/lib/graph/build-graph';
import { meetsEvidence } from '../../src/lib/graph/evidence';
import { shortestPaths, type GraphPath } from '../../src/lib/graph/shortest-paths';
import type { EvidenceLevel } from '../../src/lib/graph/types';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('drug:fluoxetine', 'Fluoxetine'),
  nodeRecord('drug-class:ssri', 'SSRI'),
  nodeRecord('treatment:antidepressant', 'Antidepressant medication'),
  nodeRecord('transporter:sert', 'Serotonin transporter'),
  nodeRecord('neurotransmitter:serotonin', 'Serotonin'),
  nodeRecord('receptor:5ht1a', '5-HT1A receptor'),
  nodeRecord('condition:depression', 'Major depression'),
  nodeRecord('risk-factor:poverty', 'Poverty'),
];

const EDGES = [
  edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri', { evidence: 'textbook' }),
  edgeRecord('drug:fluoxetine', 'is-a', 'treatment:antidepressant', { evidence: 'textbook' }),
  edgeRecord('drug-class:ssri', 'treats', 'condition:depression'),
  edgeRecord('treatment:antidepressant', 'treats', 'condition:depression', { evidence: 'clinical' }),
  // Two edges between the same pair: a path should use the firmer one.
  edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
  edgeRecord('drug:fluoxetine', 'binds', 'transporter:sert', { evidence: 'textbook' }),
  edgeRecord('drug-class:ssri', 'inhibits', 'transporter:sert', { evidence: 'textbook' }),
  edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin', { evidence: 'textbook' }),
  edgeRecord('neurotransmitter:serotonin', 'binds', 'receptor:5ht1a', { evidence: 'textbook' }),
  edgeRecord('receptor:5ht1a', 'implicated-in', 'condition:depression', { evidence: 'hypothesis' }),
];

const graph = buildGraph(NODES, EDGES);
const atLeast = (minimum: EvidenceLevel) => (edge: string) =>
  meetsEvidence(graph.getEdgeAttribute(edge, 'evidence'), minimum);
const nodesOf = (paths: GraphPath[]) => paths.map((path) => path.nodes);

/** Every simple path between two nodes of a small graph, by walking all of them. */
function allSimplePaths(edges: readonly { source: string; target: string }[], from: string, to: string): string[][] {
  const neighbours = (node: string) =>
    edges.flatMap(({ source, target }) => (source === node ? [target] : target === node ? [source] : []));
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path.at(-1) ?? from;
    if (last === to) found.push(path);
    else for (const next of new Set(neighbours(last))) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return found;
}

function expectWellFormed(target: AtlasGraph, path: GraphPath) {
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  path.edges.forEach((edge, index) => {
    const ends = [target.source(edge), target.target(edge)].sort();
    expect(ends).toEqual([path.nodes[index], path.nodes[index + 1]].sort());
  });
}

describe('shortestPaths', () => {
  it('finds the shortest path first', () => {
    const [shortest] = shortestPaths(graph, 'drug:fluoxetine', 'condition:depression');
    expect(shortest?.nodes).toHaveLength(3);
    expect(shortest?.nodes[0]).toBe('drug:fluoxetine');
    expect(shortest?.nodes.at(-1)).toBe('condition:depression');
  });

  it('walks edges against their direction as readily as along it', () => {
    const paths = shortestPaths(graph, 'condition:depression', 'drug:fluoxetine', 1);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.nodes).toHaveLength(3);
    expectWellFormed(graph, paths[0] ?? { nodes: [], edges: [] });
  });

  it('gives up to k alternatives, shortest first, with no path twice', () => {
    const paths = shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 3);
    expect(paths).toHaveLength(3);
    expect(paths.map((path) => path.nodes.length)).toEqual([3, 3, 4]);
    expect(new Set(paths.map((path) => path.nodes.join(' '))).size).toBe(3);
  });

  it('gives every simple path when k is larger than their number, in order of length', () => {
    const paths = shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 10);
    expect(nodesOf(paths)).toHaveLength(5);
    expect(paths.map((path) => path.nodes.length)).toEqual([3, 3, 4, 5, 6]);
    expect(nodesOf(paths)).toContainEqual([
      'drug:fluoxetine',
      'drug-class:ssri',
      'transporter:sert',
      'neurotransmitter:serotonin',
      'receptor:5ht1a',
      'condition:depression',
    ]);
  });

  it('gives the k shortest of all simple paths on any small graph', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `mechanism:${letter}`);
    const pair = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { maxLength: 12, selector: ([a, b]) => `${a} ${b}` }),
        fc.nat(6),
        (pairs, extra) => {
          const edges = pairs.map(([source, target]) => edgeRecord(source, 'leads-to', target));
          const small = buildGraph(
            ids.map((id) => nodeRecord(id, id)),
            edges,
          );
          const k = extra + 1;
          const paths = shortestPaths(small, 'mechanism:a', 'mechanism:f', k);
          const expected = allSimplePaths(edges, 'mechanism:a', 'mechanism:f')
            .map((path) => path.length)
            .sort((a, b) => a - b)
            .slice(0, k);
          expect(paths.map((path) => path.nodes.length)).toEqual(expected);
          expect(new Set(paths.map((path) => path.nodes.join(' '))).size).toBe(paths.length);
          for (const path of paths) expectWellFormed(small, path);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives simple paths whose i-th edge joins the i-th and next node', () => {
    for (const path of shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 10)) {
      expectWellFormed(graph, path);
    }
  });

  it('takes the firmest of several edges between the same two nodes', () => {
    const paths = shortestPaths(graph, 'drug:fluoxetine', 'neurotransmitter:serotonin', 1);
    expect(paths[0]).toEqual({
      nodes: ['drug:fluoxetine', 'transporter:sert', 'neurotransmitter:serotonin'],
      edges: ['drug:fluoxetine|binds|transporter:sert', 'transporter:sert|transports|neurotransmitter:serotonin'],
    });
  });

  it('only uses edges the filter keeps', () => {
    const paths = shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 10, atLeast('clinical'));
    expect(nodesOf(paths)).toEqual([
      ['drug:fluoxetine', 'drug-class:ssri', 'condition:depression'],
      ['drug:fluoxetine', 'treatment:antidepressant', 'condition:depression'],
      ['drug:fluoxetine', 'transporter:sert', 'drug-class:ssri', 'condition:depression'],
    ]);
  });

  it('uses the firmest edge the filter keeps between two nodes', () => {
    const notBinding = (edge: string) => graph.getEdgeAttribute(edge, 'relation') !== 'binds';
    const [path] = shortestPaths(graph, 'drug:fluoxetine', 'neurotransmitter:serotonin', 1, notBinding);
    expect(path?.edges[0]).toBe('drug:fluoxetine|inhibits|transporter:sert');
  });

  it('finds nothing when the filter leaves no way through', () => {
    expect(shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 3, atLeast('textbook'))).toEqual([]);
  });

  it('finds nothing between nodes that are not connected', () => {
    expect(shortestPaths(graph, 'drug:fluoxetine', 'risk-factor:poverty')).toEqual([]);
  });

  it('gives nothing from a node to itself or for a node not in the graph', () => {
    expect(shortestPaths(graph, 'drug:fluoxetine', 'drug:fluoxetine')).toEqual([]);
    expect(shortestPaths(graph, 'drug:ketamine', 'condition:depression')).toEqual([]);
    expect(shortestPaths(graph, 'drug:fluoxetine', 'drug:ketamine')).toEqual([]);
  });

  it('gives the same paths every time, whatever order the graph was built in', () => {
    const paths = shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 10);
    expect(shortestPaths(graph, 'drug:fluoxetine', 'condition:depression', 10)).toEqual(paths);
    const reversed = buildGraph([...NODES].reverse(), [...EDGES].reverse());
    expect(shortestPaths(reversed, 'drug:fluoxetine', 'condition:depression', 10)).toEqual(paths);
  });
});
