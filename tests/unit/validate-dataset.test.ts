// The graph-data validator: a good dataset becomes a bundle; each kind of bad data is reported where a curator can fix it.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate-dataset';
import { parseYamlDocument } from '../../src/lib/data/yaml-document';
import { SOURCES_YAML, lineContaining, vocabYaml } from '../fixtures/graph-data/documents';

const TOPIC = `topic: Glutamate
nodes:
  - id: neurotransmitter:glutamate
    kind: neurotransmitter
    label: Glutamate
    summary: The main excitatory messenger.
  - id: receptor:nmda
    kind: receptor
    label: NMDA receptor
    summary: A glutamate receptor.
edges:
  - source: neurotransmitter:glutamate
    relation: binds
    target: receptor:nmda
    evidence: established
    sources: [smith-2020]
`;

const DATASET = `name: Test data
version: 1.2.0
released: '2025-01-31'
`;

interface Texts {
  topics?: string[];
  sources?: string;
  vocab?: string;
  dataset?: string;
}

/** Validates YAML texts as they would be read from vocab.yaml, sources.yaml, dataset.yaml and topics/topic-N.yaml. */
function validate({ topics = [TOPIC], sources = SOURCES_YAML, vocab = vocabYaml(), dataset = DATASET }: Texts = {}) {
  return validateDataset({
    vocab: parseYamlDocument('vocab.yaml', vocab),
    sources: parseYamlDocument('sources.yaml', sources),
    dataset: parseYamlDocument('dataset.yaml', dataset),
    topics: topics.map((text, index) => parseYamlDocument(`topics/topic-${index + 1}.yaml`, text)),
  });
}

function problemsOf(texts: Texts) {
  const result = validate(texts);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

/** The topic with one line's text replaced, for a single deliberate mistake. */
function topicWith(line: string, replacement: string): string {
  if (!TOPIC.includes(line)) throw new Error(`"${line}" is not in the topic`);
  return TOPIC.replace(line, replacement);
}

describe('validateDataset', () => {
  it('turns a valid minimal dataset into a bundle of nodes, edges and sources', () => {
    const result = validate();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.nodes.map((node) => node.id)).toEqual(['neurotransmitter:glutamate', 'receptor:nmda']);
    expect(result.bundle.edges).toEqual([
      expect.objectContaining({
        source: 'neurotransmitter:glutamate',
        relation: 'binds',
        target: 'receptor:nmda',
        sources: ['smith-2020'],
      }),
    ]);
    expect(result.bundle.sources.map((source) => source.id)).toEqual(['smith-2020', 'jones-2021']);
    expect(result.bundle.dataset).toEqual({ name: 'Test data', version: '1.2.0', released: '2025-01-31' });
  });

  it('reports a data version that is not major.minor.patch', () => {
    const dataset = DATASET.replace('version: 1.2.0', 'version: v1.2');
    expect(problemsOf({ dataset })).toEqual([
      {
        file: 'dataset.yaml',
        line: lineContaining(dataset, 'version:'),
        field: 'version',
        message: 'a version like "1.2.0" (major.minor.patch)',
      },
    ]);
  });

  it('reports a release date that is not a real year-month-day date', () => {
    const dataset = DATASET.replace("'2025-01-31'", "'2025-02-30'");
    expect(problemsOf({ dataset })).toEqual([
      expect.objectContaining({ file: 'dataset.yaml', field: 'released', message: 'a real calendar date' }),
    ]);
  });

  it('asks for the data release name when dataset.yaml leaves it out', () => {
    const dataset = DATASET.replace('name: Test data\n', '');
    expect(problemsOf({ dataset })).toEqual([
      expect.objectContaining({ file: 'dataset.yaml', field: 'name', message: 'missing "name" (expected string)' }),
    ]);
  });

  it('reports an unknown node kind and lists the kinds it accepts', () => {
    const topic = topicWith('kind: receptor', 'kind: receptr');
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, 'kind: receptr'),
        field: 'nodes[1].kind',
        message: expect.stringMatching(/expected one of .*"receptor".*"transporter"/),
      },
    ]);
  });

  it('reports an edge whose end is not a node', () => {
    const topic = topicWith('target: receptor:nmda', 'target: receptor:ampa');
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, 'target: receptor:ampa'),
        field: 'edges[0].target',
        message: 'no node with id "receptor:ampa": add the node to a topic file or fix the id',
      },
    ]);
  });

  it('asks for a source on every edge whose evidence is not "textbook"', () => {
    const topic = topicWith('    sources: [smith-2020]\n', '');
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, '- source: neurotransmitter:glutamate'),
        field: 'edges[0].sources',
        message: expect.stringContaining('evidence "established" needs at least one source from sources.yaml'),
      },
    ]);
  });

  it('accepts a "textbook" edge with no source', () => {
    const topic = topicWith('    evidence: established\n    sources: [smith-2020]\n', '    evidence: textbook\n');
    expect(validate({ topics: [topic] }).ok).toBe(true);
  });

  it('reports an edge that cites a source missing from sources.yaml', () => {
    const topic = topicWith('sources: [smith-2020]', 'sources: [smith-2021]');
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, 'sources: [smith-2021]'),
        field: 'edges[0].sources[0]',
        message: 'unknown source "smith-2021": add it to sources.yaml or fix the id',
      },
    ]);
  });

  it('reports a node id used in two topic files and names where it was first defined', () => {
    const second = `topic: Receptors
nodes:
  - id: receptor:nmda
    kind: receptor
    label: NMDA receptor again
    summary: The same receptor.
`;
    expect(problemsOf({ topics: [TOPIC, second] })).toEqual([
      {
        file: 'topics/topic-2.yaml',
        line: 3,
        field: 'nodes[0].id',
        message: `duplicate node id "receptor:nmda": already defined at topics/topic-1.yaml:${lineContaining(TOPIC, 'id: receptor:nmda')}`,
      },
    ]);
  });

  it('reports the same edge listed twice', () => {
    const topic = `${TOPIC}  - source: neurotransmitter:glutamate
    relation: binds
    target: receptor:nmda
    evidence: textbook
`;
    const secondEdgeLine = topic.split('\n').lastIndexOf('  - source: neurotransmitter:glutamate') + 1;
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: secondEdgeLine,
        field: 'edges[1]',
        message: expect.stringContaining('duplicate edge neurotransmitter:glutamate —binds→ receptor:nmda'),
      },
    ]);
  });

  it('reports a DOI written as a web address and shows the expected form', () => {
    const sources = SOURCES_YAML.replace('    year: 2020\n', '    year: 2020\n    doi: https://doi.org/10.1000/xyz\n');
    expect(problemsOf({ sources })).toEqual([
      {
        file: 'sources.yaml',
        line: lineContaining(sources, 'doi:'),
        field: 'sources[0].doi',
        message: 'a DOI like "10.1176/appi.ajp.161.1.171" (no "https://doi.org/")',
      },
    ]);
  });

  it('reports a PubMed id that is not just digits', () => {
    const sources = SOURCES_YAML.replace('    year: 2020\n', '    year: 2020\n    pmid: PMID14702270\n');
    expect(problemsOf({ sources })).toEqual([
      {
        file: 'sources.yaml',
        line: lineContaining(sources, 'pmid:'),
        field: 'sources[0].pmid',
        message: 'a PubMed id: digits only, like "14702270"',
      },
    ]);
  });

  it('reports a node whose id prefix does not match its kind', () => {
    const topic = topicWith('kind: receptor', 'kind: transporter');
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, 'id: receptor:nmda'),
        field: 'nodes[1].id',
        message: 'id "receptor:nmda" must start with its kind: "transporter:"',
      },
    ]);
  });

  it('reports a misspelt field at its own line and lists the fields a node may have', () => {
    const topic = topicWith('    summary: A glutamate receptor.', '    sumary: A glutamate receptor.');
    const problems = problemsOf({ topics: [topic] });
    expect(problems).toContainEqual({
      file: 'topics/topic-1.yaml',
      line: lineContaining(topic, 'sumary:'),
      field: 'nodes[1].sumary',
      message: expect.stringMatching(/^unknown field "sumary": expected one of .*\bsummary\b/),
    });
    // With the typo the real field is absent too, and that is said plainly.
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'nodes[1].summary', message: 'missing "summary" (expected string)' }),
    );
  });

  it('reports a YAML syntax error with the line it is on', () => {
    // An unquoted colon inside a value is the usual slip.
    const topic = topicWith('label: Glutamate', 'label: Glutamate: the main one');
    expect(problemsOf({ topics: [topic] })).toEqual([
      {
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, 'label: Glutamate: the main one'),
        message: expect.stringMatching(/^YAML syntax: /),
      },
    ]);
  });

  it('reports a vocab that has no entry for one relation', () => {
    const vocab = vocabYaml({ without: 'treats' });
    expect(problemsOf({ vocab })).toEqual([
      {
        file: 'vocab.yaml',
        // The missing entry has no line of its own, so the start of the relations block is given.
        line: lineContaining(vocab, 'relations:') + 1,
        field: 'relations.treats',
        message: 'missing "treats" (expected object)',
      },
    ]);
  });

  it('reports every problem in a file, not just the first', () => {
    const topic = topicWith('kind: receptor', 'kind: receptr').replace('label: Glutamate', 'label: ""');
    const problems = problemsOf({ topics: [topic] });
    expect(problems.map((problem) => problem.field)).toEqual(['nodes[0].label', 'nodes[1].kind']);
    expect(problems.map((problem) => problem.line)).toEqual([
      lineContaining(topic, 'label: ""'),
      lineContaining(topic, 'kind: receptr'),
    ]);
  });

  describe('the evidence rubric: each level needs sources of a fitting design', () => {
    /** The fixture's sources plus one of each design the rules tell apart. */
    const RUBRIC_SOURCES = `${SOURCES_YAML}  - id: trial-2019
    type: journal-article
    title: A placebo-controlled trial
    design: rct
  - id: mice-2018
    type: journal-article
    title: A study in mice
    design: animal
  - id: label-2020
    type: regulatory
    title: A product label
    design: regulatory-label
`;
    /** The fixture topic with its one edge graded `evidence` and citing `sources`. */
    const edgeWith = (evidence: string, sources: string) =>
      topicWith(
        '    evidence: established\n    sources: [smith-2020]\n',
        `    evidence: ${evidence}\n    sources: [${sources}]\n`,
      );
    const rubricProblems = (evidence: string, sources: string) => {
      const topic = edgeWith(evidence, sources);
      return { topic, problems: problemsOf({ topics: [topic], sources: RUBRIC_SOURCES }) };
    };
    const accepts = (evidence: string, sources: string) =>
      validate({ topics: [edgeWith(evidence, sources)], sources: RUBRIC_SOURCES }).ok;

    it('asks every source what kind of study it is', () => {
      const sources = SOURCES_YAML.replace('    design: meta-analysis\n', '');
      expect(problemsOf({ sources })).toEqual([
        expect.objectContaining({
          file: 'sources.yaml',
          field: 'sources[0].design',
          message: expect.stringContaining('missing "design"'),
        }),
      ]);
    });

    it('lets "established" rest on a meta-analysis, systematic review, guideline or textbook, and nothing weaker', () => {
      expect(accepts('established', 'smith-2020')).toBe(true);
      const { topic, problems } = rubricProblems('established', 'trial-2019');
      expect(problems).toEqual([
        {
          file: 'topics/topic-1.yaml',
          line: lineContaining(topic, 'evidence: established'),
          field: 'edges[0].evidence',
          message:
            'evidence "established" needs a meta-analysis, systematic review, guideline or textbook among its sources (cites trial-2019: rct)',
        },
      ]);
    });

    it('lets "clinical" rest on a study in people, not on animal work or a product label', () => {
      expect(accepts('clinical', 'trial-2019')).toBe(true);
      expect(accepts('clinical', 'mice-2018, trial-2019')).toBe(true);
      const { problems } = rubricProblems('clinical', 'mice-2018, label-2020');
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'edges[0].evidence',
          message: expect.stringMatching(
            /^evidence "clinical" needs a study in people .*\(cites mice-2018: animal, label-2020: regulatory-label\)$/,
          ),
        }),
      ]);
    });

    it('lets "preclinical" rest on animal or laboratory work, not on a trial in people', () => {
      expect(accepts('preclinical', 'mice-2018')).toBe(true);
      const { problems } = rubricProblems('preclinical', 'trial-2019');
      expect(problems.map((problem) => problem.message)).toEqual([
        'evidence "preclinical" needs an animal or laboratory study, or a review of such work among its sources (cites trial-2019: rct)',
      ]);
    });

    it('asks a "contested" edge for sources on both sides: at least two', () => {
      expect(accepts('contested', 'trial-2019, smith-2020')).toBe(true);
      const { problems } = rubricProblems('contested', 'trial-2019');
      expect(problems.map((problem) => problem.message)).toEqual([
        'evidence "contested" needs sources on both sides of the disagreement, at least 2 that are not consumer articles (cites trial-2019: rct)',
      ]);
    });

    it('never lets the consumer article alone carry more than a hypothesis', () => {
      expect(accepts('hypothesis', 'jones-2021')).toBe(true);
      for (const level of ['established', 'clinical', 'preclinical', 'contested']) {
        const { problems } = rubricProblems(level, 'jones-2021');
        expect(problems.map((problem) => problem.message)).toEqual([
          `evidence "${level}" cannot rest on a consumer article alone (jones-2021: consumer-article): cite the studies behind it or grade it "hypothesis"`,
        ]);
      }
      // Beside a real study the article may stay, but it never counts as one side of a disagreement.
      expect(accepts('clinical', 'jones-2021, trial-2019')).toBe(true);
      expect(accepts('contested', 'jones-2021, trial-2019')).toBe(false);
    });

    it('lets a "textbook" edge cite any source, or none', () => {
      expect(accepts('textbook', 'jones-2021')).toBe(true);
      expect(accepts('textbook', 'label-2020')).toBe(true);
    });
  });

  it("carries a drug's other licensed uses into the bundle as approvedFor", () => {
    const topic = `${TOPIC.replace(
      'edges:',
      `  - id: drug:ketamine
    kind: drug
    label: Ketamine
    summary: An anaesthetic.
    status: { value: investigational }
    approved_for:
      - { use: anaesthesia, year: 1970 }
edges:`,
    )}  - source: drug:ketamine
    relation: antagonist-of
    target: receptor:nmda
    evidence: textbook
`;
    const result = validate({ topics: [topic] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const ketamine = result.bundle.nodes.find((node) => node.id === 'drug:ketamine');
    expect(ketamine?.approvedFor).toEqual([{ use: 'anaesthesia', year: 1970 }]);
    expect(ketamine).not.toHaveProperty('approved_for');
  });

  describe('groups for the overview', () => {
    const GROUPS = `groups:
  glutamate-system: { label: Glutamate system, description: The main excitatory messenger and its receptors. }
  receptors: { label: Receptors, description: Where messengers bind. }
`;
    const grouped = (topic: string) => topic.replace('topic: Glutamate', 'topic: Glutamate\ngroup: glutamate-system');

    it("gives every node its file's group unless it names its own, and keeps the landmarks", () => {
      const topic = grouped(TOPIC).replace(
        '    kind: receptor\n',
        '    kind: receptor\n    group: receptors\n    landmark: true\n',
      );
      const withLandmark = topic.replace(
        '    kind: neurotransmitter\n',
        '    kind: neurotransmitter\n    landmark: true\n',
      );
      const result = validate({ topics: [withLandmark], vocab: vocabYaml() + GROUPS });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.bundle.nodes.map(({ id, group, landmark }) => ({ id, group, landmark }))).toEqual([
        { id: 'neurotransmitter:glutamate', group: 'glutamate-system', landmark: true },
        { id: 'receptor:nmda', group: 'receptors', landmark: true },
      ]);
    });

    it('reports a group that vocab.yaml does not define, at the line that names it, with the groups it knows', () => {
      const topic = TOPIC.replace('topic: Glutamate', 'topic: Glutamate\ngroup: glutamate');
      const problems = problemsOf({ topics: [topic], vocab: vocabYaml() + GROUPS });
      expect(problems[0]).toEqual({
        file: 'topics/topic-1.yaml',
        line: lineContaining(topic, 'group: glutamate'),
        field: 'group',
        message: 'unknown group "glutamate": use one of vocab.yaml\'s groups ("glutamate-system", "receptors")',
      });
    });

    it('asks for a group on every node once vocab.yaml defines groups', () => {
      const problems = problemsOf({ topics: [TOPIC], vocab: vocabYaml() + GROUPS });
      expect(problems.map((problem) => problem.message)).toContain(
        '"receptor:nmda" belongs to no group: give the file a `group:` or the node its own',
      );
    });

    it('reports a group without nodes and a group that names no landmark, at its line in vocab.yaml', () => {
      const vocab = vocabYaml() + GROUPS;
      const problems = problemsOf({ topics: [grouped(TOPIC)], vocab });
      expect(problems).toEqual([
        {
          file: 'vocab.yaml',
          line: lineContaining(vocab, 'glutamate-system: {'),
          field: 'groups.glutamate-system',
          message:
            'group "glutamate-system" names 0 landmarks: mark 1–5 of its nodes `landmark: true` for the overview',
        },
        {
          file: 'vocab.yaml',
          line: lineContaining(vocab, 'receptors: {'),
          field: 'groups.receptors',
          message: 'group "receptors" has no nodes: give some nodes `group: receptors` or remove it',
        },
      ]);
    });
  });
});
