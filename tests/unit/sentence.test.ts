// Edge sentences: templates filled with node phrases, capitalised, and worded cautiously when the evidence is weak.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { edgeSentence } from '../../src/lib/graph/sentence';
import type { EdgeRecord } from '../../src/lib/graph/types';
import { VOCABULARY, edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const NODES = [
  nodeRecord('drug:riluzole', 'Riluzole', { phrase: 'riluzole' }),
  nodeRecord('condition:trd', 'Treatment-resistant depression', { phrase: 'treatment-resistant depression' }),
  nodeRecord('transporter:sert', 'Serotonin transporter', { phrase: 'the serotonin transporter' }),
  nodeRecord('neurotransmitter:serotonin', 'Serotonin', { phrase: 'serotonin' }),
  nodeRecord('drug-class:ssri', 'SSRI'),
];

/** The sentence for the one edge of a graph made of NODES and that edge. */
function sentenceFor(edge: EdgeRecord): string {
  const graph = buildGraph(NODES, [edge]);
  return edgeSentence(graph, edge.id, VOCABULARY);
}

describe('edgeSentence', () => {
  it("fills the relation's template with both nodes' phrases and capitalises the first word", () => {
    expect(sentenceFor(edgeRecord('drug:riluzole', 'treats', 'condition:trd'))).toBe(
      'Riluzole treats treatment-resistant depression',
    );
  });

  it('uses the phrase a node reads as in a sentence rather than its label', () => {
    expect(sentenceFor(edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin'))).toBe(
      'The serotonin transporter carries serotonin across the cell membrane',
    );
  });

  it('uses the label when a node has no phrase', () => {
    expect(sentenceFor(edgeRecord('drug-class:ssri', 'inhibits', 'transporter:sert'))).toBe(
      'SSRI inhibits the serotonin transporter',
    );
  });

  it.each(['preclinical', 'hypothesis', 'contested'] as const)(
    'uses the cautious wording for %s evidence',
    (evidence) => {
      expect(sentenceFor(edgeRecord('drug:riluzole', 'treats', 'condition:trd', { evidence }))).toBe(
        'Riluzole may help treat treatment-resistant depression',
      );
    },
  );

  it('uses the cautious wording for an edge marked hedged, even with clinical evidence', () => {
    const edge = edgeRecord('drug:riluzole', 'treats', 'condition:trd', { evidence: 'clinical', hedged: true });
    expect(sentenceFor(edge)).toBe('Riluzole may help treat treatment-resistant depression');
  });

  it('uses the plain wording for an edge marked not hedged, even with weak evidence', () => {
    const edge = edgeRecord('drug:riluzole', 'treats', 'condition:trd', { evidence: 'hypothesis', hedged: false });
    expect(sentenceFor(edge)).toBe('Riluzole treats treatment-resistant depression');
  });

  it('falls back to the plain template when the relation has no cautious one', () => {
    const edge = edgeRecord('transporter:sert', 'transports', 'neurotransmitter:serotonin', { evidence: 'hypothesis' });
    expect(sentenceFor(edge)).toBe('The serotonin transporter carries serotonin across the cell membrane');
  });

  it('names the relation when the vocabulary has no template for it', () => {
    const graph = buildGraph(NODES, [edgeRecord('drug:riluzole', 'releases', 'neurotransmitter:serotonin')]);
    expect(() => edgeSentence(graph, 'drug:riluzole|releases|neurotransmitter:serotonin', VOCABULARY)).toThrow(
      'No sentence template for relation "releases"',
    );
  });
});
