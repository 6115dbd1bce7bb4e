// A path told as numbered sentences, and the net effect of its start on the furthest node the signs can reach.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { explainPath } from '../../src/lib/graph/explain-path';
import type { SentenceVocabulary } from '../../src/lib/graph/sentence';
import type { GraphPath } from '../../src/lib/graph/shortest-paths';
import { VOCABULARY, edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const vocabulary: SentenceVocabulary = {
  ...VOCABULARY,
  relations: {
    ...VOCABULARY.relations,
    increases: {
      label: 'increases',
      inverse_label: 'increased by',
      template: '{source} increases {target}',
      sign: '+',
    },
    decreases: {
      label: 'decreases',
      inverse_label: 'decreased by',
      template: '{source} decreases {target}',
      hedged_template: '{source} may decrease {target}',
      sign: '-',
    },
  },
};

const graph = buildGraph(
  [
    nodeRecord('risk-factor:stress', 'Chronic stress', { phrase: 'chronic stress' }),
    nodeRecord('mechanism:hpa', 'HPA axis activity', { phrase: 'HPA axis activity' }),
    nodeRecord('mechanism:neurogenesis', 'Hippocampal neurogenesis', { phrase: 'hippocampal neurogenesis' }),
    nodeRecord('drug:fluoxetine', 'Fluoxetine', { phrase: 'fluoxetine' }),
    nodeRecord('drug:duloxetine', 'Duloxetine', { phrase: 'duloxetine' }),
    nodeRecord('drug-class:ssri', 'SSRI', { phrase: 'the SSRI group' }),
    nodeRecord('transporter:sert', 'Serotonin transporter', { phrase: 'the serotonin transporter' }),
    nodeRecord('neurotransmitter:serotonin', 'Serotonin', { phrase: 'serotonin' }),
  ],
  [
    edgeRecord('risk-factor:stress', 'increases', 'mechanism:hpa', { evidence: 'textbook', sources: ['lupien-2009'] }),
    edgeRecord('mechanism:hpa', 'decreases', 'mechanism:neurogenesis', {
      evidence: 'preclinical',
      sources: ['sapolsky-2000', 'snyder-2011'],
    }),
    edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri'),
    edgeRecord('drug-class:ssri', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin'),
  ],
);

/** A path through the given nodes, taking the one edge between each pair. */
function pathThrough(...nodes: string[]): GraphPath {
  const edges = nodes.slice(1).map((node, index) => {
    const previous = nodes[index] ?? '';
    const [edge] = [...graph.edges(previous, node), ...graph.edges(node, previous)];
    if (!edge) throw new Error(`No edge between ${previous} and ${node}`);
    return edge;
  });
  return { nodes, edges };
}

const explain = (...nodes: string[]) => explainPath(graph, pathThrough(...nodes), vocabulary);

describe('explainPath', () => {
  it('numbers one sentence per step, with its evidence and sources', () => {
    const { steps } = explain('risk-factor:stress', 'mechanism:hpa', 'mechanism:neurogenesis');
    expect(steps).toEqual([
      {
        number: 1,
        edge: 'risk-factor:stress|increases|mechanism:hpa',
        sentence: 'Chronic stress increases HPA axis activity',
        evidence: 'textbook',
        sources: ['lupien-2009'],
        forward: true,
      },
      {
        number: 2,
        edge: 'mechanism:hpa|decreases|mechanism:neurogenesis',
        sentence: 'HPA axis activity may decrease hippocampal neurogenesis',
        evidence: 'preclinical',
        sources: ['sapolsky-2000', 'snyder-2011'],
        forward: true,
      },
    ]);
  });

  it('marks a step walked against its edge, and still tells the edge the way it points', () => {
    const { steps } = explain('drug:fluoxetine', 'transporter:sert', 'drug:duloxetine');
    expect(steps.map((step) => step.forward)).toEqual([true, false]);
    expect(steps[1]?.sentence).toBe('Duloxetine inhibits the serotonin transporter');
  });

  it('turns "more" then "less" into less, naming the start, the target and the steps covered', () => {
    expect(explain('risk-factor:stress', 'mechanism:hpa', 'mechanism:neurogenesis').netEffect).toEqual({
      sign: -1,
      target: 'mechanism:neurogenesis',
      steps: 2,
      text: 'Chronic stress should mean less of hippocampal neurogenesis (steps 1–2).',
    });
  });

  it('gives "more" for a single increasing step', () => {
    expect(explain('risk-factor:stress', 'mechanism:hpa').netEffect).toEqual({
      sign: 1,
      target: 'mechanism:hpa',
      steps: 1,
      text: 'Chronic stress should mean more of HPA axis activity (step 1).',
    });
  });

  it('passes an effect through "is an example of" and stops at a relation with no sign', () => {
    const { netEffect } = explain(
      'drug:fluoxetine',
      'drug-class:ssri',
      'transporter:sert',
      'neurotransmitter:serotonin',
    );
    expect(netEffect).toEqual({
      sign: -1,
      target: 'transporter:sert',
      steps: 2,
      text: 'Fluoxetine should mean less of the serotonin transporter (steps 1–2).',
    });
  });

  it('stops at the first step walked backwards', () => {
    const { netEffect } = explain('drug:fluoxetine', 'transporter:sert', 'drug:duloxetine');
    expect(netEffect).toMatchObject({ sign: -1, target: 'transporter:sert', steps: 1 });
    expect(netEffect?.text).toBe('Fluoxetine should mean less of the serotonin transporter (step 1).');
  });

  it('gives no net effect when the first step has no sign', () => {
    expect(explain('transporter:sert', 'neurotransmitter:serotonin').netEffect).toBeUndefined();
  });

  it('gives no net effect when the first step is walked backwards', () => {
    expect(explain('transporter:sert', 'drug:fluoxetine').netEffect).toBeUndefined();
  });

  it('gives no net effect when only "is an example of" steps come before the effect stops', () => {
    expect(explain('drug:fluoxetine', 'drug-class:ssri').netEffect).toBeUndefined();
  });
});
