// Drugs side by side: classes, targets, mechanisms, onset, status, treatment evidence (own and inherited) and shared targets.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { compareDrugs } from '../../src/lib/graph/compare-drugs';
import type { SentenceVocabulary } from '../../src/lib/graph/sentence';
import { VOCABULARY, edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const vocabulary: SentenceVocabulary = {
  ...VOCABULARY,
  relations: {
    ...VOCABULARY.relations,
    'antagonist-of': { label: 'blocks', inverse_label: 'blocked by', template: '{source} blocks {target}', sign: '-' },
    'leads-to': { label: 'leads to', inverse_label: 'follows', template: '{source} leads to {target}', sign: 'none' },
    increases: {
      label: 'increases',
      inverse_label: 'increased by',
      template: '{source} increases {target}',
      sign: '+',
    },
  },
};

const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine', {
      phrase: 'fluoxetine',
      onset: 'Usually two to six weeks',
      status: { value: 'approved', year: 1987 },
    }),
    nodeRecord('drug:duloxetine', 'Duloxetine', { phrase: 'duloxetine' }),
    nodeRecord('drug:ketamine', 'Ketamine', {
      phrase: 'ketamine',
      onset: 'Within hours',
      approvedFor: [{ use: 'anaesthesia', year: 1970 }],
    }),
    nodeRecord('drug:phenelzine', 'Phenelzine', { phrase: 'phenelzine', status: { value: 'approved', year: 1961 } }),
    nodeRecord('drug-class:ssri', 'SSRI', { phrase: 'the SSRI group' }),
    nodeRecord('drug-class:snri', 'SNRI', { phrase: 'the SNRI group' }),
    nodeRecord('treatment:antidepressant', 'Antidepressant medication', { phrase: 'antidepressant medication' }),
    nodeRecord('transporter:sert', 'Serotonin transporter', { phrase: 'the serotonin transporter' }),
    nodeRecord('transporter:net', 'Noradrenaline transporter', { phrase: 'the noradrenaline transporter' }),
    nodeRecord('receptor:5ht2c', '5-HT2C receptor', { phrase: 'the 5-HT2C receptor' }),
    nodeRecord('receptor:nmda', 'NMDA receptor', { phrase: 'the NMDA receptor' }),
    nodeRecord('enzyme:mao-a', 'Monoamine oxidase A', { phrase: 'monoamine oxidase A' }),
    nodeRecord('neurotransmitter:glutamate', 'Glutamate', { phrase: 'glutamate' }),
    nodeRecord('mechanism:synaptogenesis', 'Synaptogenesis', { phrase: 'the growth of new synapses' }),
    nodeRecord('condition:depression', 'Major depression', { phrase: 'major depression' }),
    nodeRecord('condition:gad', 'Generalised anxiety disorder', { phrase: 'generalised anxiety disorder' }),
  ],
  [
    edgeRecord('drug:fluoxetine', 'is-a', 'drug-class:ssri', { evidence: 'textbook' }),
    // Antidepressant medication is a treatment, not a drug class: it is not listed as a class.
    edgeRecord('drug:fluoxetine', 'is-a', 'treatment:antidepressant', { evidence: 'textbook' }),
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert', { evidence: 'textbook' }),
    edgeRecord('drug:fluoxetine', 'antagonist-of', 'receptor:5ht2c', { evidence: 'preclinical' }),
    edgeRecord('drug:fluoxetine', 'treats', 'condition:depression', {
      evidence: 'clinical',
      sources: ['cipriani-2018'],
    }),
    edgeRecord('drug-class:ssri', 'treats', 'condition:depression', { evidence: 'textbook', sources: ['nice-2022'] }),
    edgeRecord('drug-class:ssri', 'treats', 'condition:gad', { evidence: 'established' }),
    edgeRecord('drug-class:ssri', 'inhibits', 'transporter:sert', { evidence: 'textbook' }),
    edgeRecord('drug:duloxetine', 'is-a', 'drug-class:snri', { evidence: 'textbook' }),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:net'),
    edgeRecord('drug:ketamine', 'antagonist-of', 'receptor:nmda', { evidence: 'textbook' }),
    edgeRecord('drug:ketamine', 'increases', 'neurotransmitter:glutamate', { evidence: 'preclinical' }),
    edgeRecord('drug:ketamine', 'leads-to', 'mechanism:synaptogenesis', { evidence: 'preclinical' }),
    edgeRecord('drug:ketamine', 'treats', 'condition:depression', { evidence: 'hypothesis', hedged: true }),
    edgeRecord('drug:phenelzine', 'inhibits', 'enzyme:mao-a', { evidence: 'textbook' }),
  ],
);

const compare = (...drugs: string[]) => compareDrugs(graph, drugs, vocabulary);
const rowFor = (drug: string) => compare(drug).rows[0];

describe('compareDrugs', () => {
  it('gives one row per drug, in the order asked, skipping ids that are not in the graph', () => {
    const { rows } = compare('drug:ketamine', 'drug:bupropion', 'drug:fluoxetine');
    expect(rows.map((row) => row.drug)).toEqual(['drug:ketamine', 'drug:fluoxetine']);
    expect(rows.map((row) => row.label)).toEqual(['Ketamine', 'Fluoxetine']);
  });

  it('lists as classes only the drug classes the drug is an example of', () => {
    expect(rowFor('drug:fluoxetine')?.classes).toEqual(['drug-class:ssri']);
    expect(rowFor('drug:ketamine')?.classes).toEqual([]);
  });

  it('lists receptors, transporters and enzymes as targets, sorted by name, and nothing else', () => {
    expect(rowFor('drug:fluoxetine')?.targets).toEqual([
      {
        target: 'receptor:5ht2c',
        label: '5-HT2C receptor',
        relation: 'antagonist-of',
        edge: 'drug:fluoxetine|antagonist-of|receptor:5ht2c',
      },
      {
        target: 'transporter:sert',
        label: 'Serotonin transporter',
        relation: 'inhibits',
        edge: 'drug:fluoxetine|inhibits|transporter:sert',
      },
    ]);
    expect(rowFor('drug:ketamine')?.targets.map((target) => target.target)).toEqual(['receptor:nmda']);
    expect(rowFor('drug:phenelzine')?.targets.map((target) => target.target)).toEqual(['enzyme:mao-a']);
  });

  it('lists the mechanisms a drug leads to', () => {
    expect(rowFor('drug:ketamine')?.mechanisms).toEqual(['mechanism:synaptogenesis']);
    expect(rowFor('drug:fluoxetine')?.mechanisms).toEqual([]);
  });

  it('passes the onset and status through, and leaves them out when the drug has none', () => {
    expect(rowFor('drug:fluoxetine')).toMatchObject({
      onset: 'Usually two to six weeks',
      status: { value: 'approved', year: 1987 },
    });
    expect(rowFor('drug:ketamine')?.onset).toBe('Within hours');
    expect(rowFor('drug:ketamine')?.status).toBeUndefined();
    expect(rowFor('drug:duloxetine')?.onset).toBeUndefined();
  });

  it('lists licensed uses other than depression apart from the status, and none when there are none', () => {
    expect(rowFor('drug:ketamine')?.approvedFor).toEqual([{ use: 'anaesthesia', year: 1970 }]);
    expect(rowFor('drug:ketamine')?.status).toBeUndefined();
    expect(rowFor('drug:fluoxetine')?.approvedFor).toEqual([]);
  });

  it("includes what the drug's classes treat, saying which class, sorted from the firmest evidence", () => {
    expect(rowFor('drug:fluoxetine')?.treats).toEqual([
      {
        condition: 'condition:depression',
        sentence: 'The SSRI group treats major depression',
        evidence: 'textbook',
        sources: ['nice-2022'],
        edge: 'drug-class:ssri|treats|condition:depression',
        via: 'drug-class:ssri',
      },
      {
        condition: 'condition:gad',
        sentence: 'The SSRI group treats generalised anxiety disorder',
        evidence: 'established',
        sources: [],
        edge: 'drug-class:ssri|treats|condition:gad',
        via: 'drug-class:ssri',
      },
      {
        condition: 'condition:depression',
        sentence: 'Fluoxetine treats major depression',
        evidence: 'clinical',
        sources: ['cipriani-2018'],
        edge: 'drug:fluoxetine|treats|condition:depression',
        via: undefined,
      },
    ]);
  });

  it('puts evidence about depression, then its forms, before evidence about other uses', () => {
    const withUses = buildGraph(
      [
        nodeRecord('drug:duloxetine', 'Duloxetine', { phrase: 'duloxetine' }),
        nodeRecord('condition:major-depression', 'Major depression', { phrase: 'major depression' }),
        nodeRecord('condition:late-life-depression', 'Depression in older adults', {
          phrase: 'depression in later life',
        }),
        nodeRecord('condition:fibromyalgia', 'Fibromyalgia', { phrase: 'fibromyalgia' }),
      ],
      [
        edgeRecord('condition:late-life-depression', 'is-a', 'condition:major-depression', { evidence: 'textbook' }),
        edgeRecord('drug:duloxetine', 'treats', 'condition:fibromyalgia', { evidence: 'textbook' }),
        edgeRecord('drug:duloxetine', 'treats', 'condition:late-life-depression', { evidence: 'textbook' }),
        edgeRecord('drug:duloxetine', 'treats', 'condition:major-depression', { evidence: 'clinical' }),
      ],
    );
    const [row] = compareDrugs(withUses, ['drug:duloxetine'], vocabulary).rows;
    expect(row?.treats.map((item) => item.condition)).toEqual([
      'condition:major-depression',
      'condition:late-life-depression',
      'condition:fibromyalgia',
    ]);
  });

  it("words a drug's own weak treatment claim cautiously, with no class named", () => {
    expect(rowFor('drug:ketamine')?.treats).toEqual([
      expect.objectContaining({
        sentence: 'Ketamine may help treat major depression',
        evidence: 'hypothesis',
        via: undefined,
      }),
    ]);
  });

  it('names the targets two or more of the drugs share', () => {
    expect(compare('drug:fluoxetine', 'drug:duloxetine', 'drug:ketamine').sharedTargets).toEqual(['transporter:sert']);
    expect(compare('drug:fluoxetine', 'drug:ketamine', 'drug:phenelzine').sharedTargets).toEqual([]);
  });

  it('gives no rows and no shared targets when no id is in the graph', () => {
    expect(compare('drug:bupropion')).toEqual({ rows: [], sharedTargets: [] });
  });
});
