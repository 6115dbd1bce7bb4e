// Mechanism paths: along the direction of relationships, firm evidence first, around hubs, chains through mechanisms
// before shortcuts, the direct claim last.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { mechanismPaths } from '../../src/lib/graph/mechanism-paths';
import type { EdgeRecord } from '../../src/lib/graph/types';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const nodes = (...ids: string[]) => ids.map((id) => nodeRecord(id, id.split(':')[1] ?? id));
const graphOf = (edges: EdgeRecord[]) => {
  const ids = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
  return buildGraph(nodes(...ids), edges);
};

describe('mechanismPaths', () => {
  it('follows relationships in their direction only', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'inhibits', 'receptor:b'),
      edgeRecord('mechanism:c', 'leads-to', 'receptor:b'),
    ]);
    expect(mechanismPaths(graph, 'drug:a', 'mechanism:c')).toEqual([]);
    expect(mechanismPaths(graph, 'mechanism:c', 'receptor:b')).toHaveLength(1);
  });

  it('walks a symmetric relation either way', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'increases', 'mechanism:b'),
      edgeRecord('mechanism:c', 'associated-with', 'mechanism:b'),
    ]);
    const [path] = mechanismPaths(graph, 'drug:a', 'mechanism:c');
    expect(path?.nodes).toEqual(['drug:a', 'mechanism:b', 'mechanism:c']);
  });

  it('goes around a hub along a longer chain of mechanisms', () => {
    const spokes = Array.from({ length: 40 }, (_, index) =>
      edgeRecord(`symptom:s${index}`, 'symptom-of', 'condition:hub'),
    );
    const graph = graphOf([
      ...spokes,
      edgeRecord('drug:a', 'treats', 'condition:hub'),
      edgeRecord('condition:hub', 'leads-to', 'mechanism:end'),
      edgeRecord('drug:a', 'inhibits', 'receptor:r'),
      edgeRecord('receptor:r', 'leads-to', 'mechanism:m1'),
      edgeRecord('mechanism:m1', 'leads-to', 'mechanism:m2'),
      edgeRecord('mechanism:m2', 'leads-to', 'mechanism:end'),
    ]);
    const paths = mechanismPaths(graph, 'drug:a', 'mechanism:end', 2);
    expect(paths[0]?.nodes).toEqual(['drug:a', 'receptor:r', 'mechanism:m1', 'mechanism:m2', 'mechanism:end']);
    expect(paths[1]?.nodes).toEqual(['drug:a', 'condition:hub', 'mechanism:end']);
  });

  it('shows the chain that explains how before a cheaper shortcut that only says that', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'increases', 'gene:g'),
      edgeRecord('gene:g', 'increases', 'mechanism:end'),
      edgeRecord('drug:a', 'inhibits', 'receptor:r'),
      edgeRecord('receptor:r', 'leads-to', 'mechanism:m1'),
      edgeRecord('mechanism:m1', 'leads-to', 'mechanism:m2'),
      edgeRecord('mechanism:m2', 'leads-to', 'mechanism:end'),
    ]);
    const paths = mechanismPaths(graph, 'drug:a', 'mechanism:end', 2);
    expect(paths.map((path) => path.nodes)).toEqual([
      ['drug:a', 'receptor:r', 'mechanism:m1', 'mechanism:m2', 'mechanism:end'],
      ['drug:a', 'gene:g', 'mechanism:end'],
    ]);
  });

  it('prefers firm evidence to a shorter chain of ideas', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'leads-to', 'mechanism:idea', { evidence: 'hypothesis' }),
      edgeRecord('mechanism:idea', 'leads-to', 'mechanism:end', { evidence: 'contested' }),
      edgeRecord('drug:a', 'leads-to', 'mechanism:m1', { evidence: 'established' }),
      edgeRecord('mechanism:m1', 'leads-to', 'mechanism:m2', { evidence: 'clinical' }),
      edgeRecord('mechanism:m2', 'leads-to', 'mechanism:end', { evidence: 'established' }),
    ]);
    const paths = mechanismPaths(graph, 'drug:a', 'mechanism:end');
    expect(paths.map((path) => path.nodes.length)).toEqual([4, 3]);
  });

  it('lists a direct relationship between the ends last, after the chains that explain it', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'leads-to', 'mechanism:end'),
      edgeRecord('drug:a', 'leads-to', 'mechanism:m'),
      edgeRecord('mechanism:m', 'leads-to', 'mechanism:end'),
    ]);
    expect(mechanismPaths(graph, 'drug:a', 'mechanism:end').map((path) => path.nodes)).toEqual([
      ['drug:a', 'mechanism:m', 'mechanism:end'],
      ['drug:a', 'mechanism:end'],
    ]);
  });

  it('returns nothing when no chain joins the two, or for unknown or equal ends', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'leads-to', 'mechanism:b'),
      edgeRecord('drug:c', 'leads-to', 'mechanism:d'),
    ]);
    expect(mechanismPaths(graph, 'drug:a', 'mechanism:d')).toEqual([]);
    expect(mechanismPaths(graph, 'drug:a', 'drug:zzz')).toEqual([]);
    expect(mechanismPaths(graph, 'drug:a', 'drug:a')).toEqual([]);
  });

  it('keeps only the edges the filter allows, and pairs each step with its edge', () => {
    const graph = graphOf([
      edgeRecord('drug:a', 'leads-to', 'mechanism:m', { evidence: 'hypothesis' }),
      edgeRecord('mechanism:m', 'leads-to', 'mechanism:end'),
    ]);
    const firm = (edge: string) => graph.getEdgeAttribute(edge, 'evidence') !== 'hypothesis';
    expect(mechanismPaths(graph, 'drug:a', 'mechanism:end', 3, firm)).toEqual([]);
    expect(mechanismPaths(graph, 'drug:a', 'mechanism:end')[0]?.edges).toEqual([
      'drug:a|leads-to|mechanism:m',
      'mechanism:m|leads-to|mechanism:end',
    ]);
  });
});

describe('mechanism paths on the curated graph', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const bundle = readGraphData(join(root, 'graph-data'), root);
  const graph = buildGraph(bundle.nodes, bundle.edges);

  it('finds the NMDA → disinhibition → glutamate burst → AMPA → BDNF → mTORC1 chain from ketamine to synaptogenesis', () => {
    const paths = mechanismPaths(graph, 'drug:ketamine', 'mechanism:synaptogenesis', 5);
    // The chain through the most mechanisms comes first, before shortcuts through BDNF that say only that it happens.
    expect(paths[0]?.nodes).toEqual([
      'drug:ketamine',
      'receptor:nmda-interneuron',
      'mechanism:disinhibition',
      'mechanism:glutamate-burst',
      'mechanism:ampa-activation',
      'mechanism:bdnf-release',
      'receptor:trkb',
      'enzyme:mtorc1',
      'mechanism:synaptogenesis',
    ]);
    // Every step follows its relationship's direction, and none passes through the major-depression hub.
    for (const path of paths) {
      path.edges.forEach((edge, index) => expect(graph.source(edge)).toBe(path.nodes[index]));
      expect(path.nodes).not.toContain('condition:major-depression');
    }
    // The direct claim comes last.
    expect(paths.at(-1)?.nodes).toEqual(['drug:ketamine', 'mechanism:synaptogenesis']);
  });
});
