// A node's relationships for the Details panel: grouped by relation and direction, in a fixed order, sorted by name.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { nodeRelationships } from '../../src/lib/graph/relationships';
import { VOCABULARY, edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine', { phrase: 'fluoxetine' }),
    nodeRecord('drug:duloxetine', 'Duloxetine', { phrase: 'duloxetine' }),
    nodeRecord('drug-class:ssri', 'Selective serotonin reuptake inhibitors', { phrase: 'the SSRI group' }),
    nodeRecord('treatment:antidepressant', 'Antidepressant medication', { phrase: 'antidepressant medication' }),
    nodeRecord('transporter:sert', 'Serotonin transporter', { phrase: 'the serotonin transporter' }),
    nodeRecord('neurotransmitter:serotonin', 'Serotonin', { phrase: 'serotonin' }),
    nodeRecord('condition:depression', 'Major depression', { phrase: 'major depression' }),
  ],
  [
    // Listed out of order on purpose: the groups and items must not depend on it.
    edgeRecord('drug-class:ssri', 'treats', 'condition:depression'),
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug-class:ssri', 'inhibits', 'transporter:sert', { evidence: 'textbook' }),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin'),
    edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri'),
    edgeRecord('drug-class:ssri', 'is-a', 'treatment:antidepressant'),
  ],
);

describe('nodeRelationships', () => {
  it('groups edges by relation and direction, in vocabulary order with outgoing before incoming', () => {
    const groups = nodeRelationships(graph, 'drug-class:ssri', VOCABULARY);
    expect(groups.map(({ relation, direction }) => `${relation} ${direction}`)).toEqual([
      'is-a outgoing',
      'is-a incoming',
      'inhibits outgoing',
      'treats outgoing',
    ]);
  });

  it('sorts the items of a group by the name of the node at the other end', () => {
    const [inhibitedBy] = nodeRelationships(graph, 'transporter:sert', VOCABULARY);
    expect(inhibitedBy).toMatchObject({ relation: 'inhibits', direction: 'incoming' });
    expect(inhibitedBy?.items.map((item) => item.otherLabel)).toEqual([
      'Duloxetine',
      'Fluoxetine',
      'Selective serotonin reuptake inhibitors',
    ]);
  });

  it('gives each item the other node, the sentence and the evidence of its edge', () => {
    const transports = nodeRelationships(graph, 'transporter:sert', VOCABULARY).find(
      (group) => group.relation === 'transports',
    );
    expect(transports).toEqual({
      relation: 'transports',
      direction: 'outgoing',
      items: [
        {
          edge: 'transporter:sert|transports|neurotransmitter:serotonin',
          other: 'neurotransmitter:serotonin',
          otherLabel: 'Serotonin',
          sentence: 'The serotonin transporter carries serotonin across the cell membrane',
          evidence: 'established',
        },
      ],
    });
  });

  it('gives nothing for a node without edges', () => {
    const lonely = buildGraph([nodeRecord('symptom:fatigue', 'Loss of energy')], []);
    expect(nodeRelationships(lonely, 'symptom:fatigue', VOCABULARY)).toEqual([]);
  });
});
