// The summary a large graph opens on: its kinds with their sizes and best-connected nodes, and the relationship types
// between kinds with their counts.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { tallyKinds } from '../../src/lib/graph/kind-overview';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine'),
    nodeRecord('drug:sertraline', 'Sertraline'),
    nodeRecord('drug:ketamine', 'Ketamine'),
    nodeRecord('transporter:sert', 'Serotonin transporter'),
    nodeRecord('receptor:nmda', 'NMDA receptor'),
    nodeRecord('condition:depression', 'Major depression'),
  ],
  [
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:sertraline', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:ketamine', 'antagonist-of', 'receptor:nmda'),
    edgeRecord('drug:fluoxetine', 'treats', 'condition:depression'),
    edgeRecord('drug:sertraline', 'treats', 'condition:depression'),
    edgeRecord('drug:ketamine', 'treats', 'condition:depression'),
    edgeRecord('drug:ketamine', 'associated-with', 'drug:fluoxetine'),
  ],
);
const names = {
  label: (kind: string) => kind,
  plural: (kind: string) => `${kind}s`,
  node: (id: string) => graph.getNodeAttribute(id, 'label'),
};

describe('a kind overview', () => {
  const overview = tallyKinds(graph).overview(names);

  it('has a box for each kind, sized by its nodes, with its best-connected nodes first', () => {
    expect(overview.by).toBe('kind');
    const drugs = overview.groups.find((group) => group.id === 'drug');
    expect(drugs).toMatchObject({ label: 'drugs', size: 3, description: '3 drugs' });
    expect(drugs?.landmarks).toEqual(['drug:fluoxetine', 'drug:ketamine', 'drug:sertraline']);
    expect(drugs?.landmarkLabels[0]).toBe('Fluoxetine');
    expect(overview.groups.find((group) => group.id === 'condition')?.description).toBe('1 condition');
  });

  it('joins two kinds (in the order kinds are listed) by how many relationships run between them, not within one', () => {
    expect(overview.links).toEqual([
      { source: 'drug', target: 'condition', count: 3 },
      { source: 'transporter', target: 'drug', count: 2 },
      { source: 'receptor', target: 'drug', count: 1 },
    ]);
  });

  it('counts every relationship type between two kinds, as the relationships run, most first', () => {
    expect(overview.relations).toEqual([
      { relation: 'treats', source: 'drug', target: 'condition', count: 3 },
      { relation: 'inhibits', source: 'drug', target: 'transporter', count: 2 },
      { relation: 'antagonist-of', source: 'drug', target: 'receptor', count: 1 },
      { relation: 'associated-with', source: 'drug', target: 'drug', count: 1 },
    ]);
  });
});
