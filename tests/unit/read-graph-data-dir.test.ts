// Reading a graph-data directory from disk: a good one becomes a bundle, a broken one throws with `file:line field: message`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataValidationError } from '../../src/lib/data/errors';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { SOURCES_YAML, vocabYaml } from '../fixtures/graph-data/documents';

const NEUROTRANSMISSION = `topic: Neurotransmission
nodes:
  - id: neurotransmitter:serotonin
    kind: neurotransmitter
    label: Serotonin
    summary: A messenger.
  - id: transporter:sert
    kind: transporter
    label: Serotonin transporter
    summary: Clears serotonin.
edges:
  - source: transporter:sert
    relation: transports
    target: neurotransmitter:serotonin
    evidence: textbook
`;

const DRUGS = `topic: Drugs
nodes:
  - id: drug:fluoxetine
    kind: drug
    label: Fluoxetine
    summary: An SSRI.
edges:
  - source: drug:fluoxetine
    relation: inhibits
    target: transporter:sert
    evidence: established
    sources: [smith-2020]
`;

const DATASET = `name: Test data
version: 0.1.0
released: '2025-01-31'
`;

const directories: string[] = [];

/** Writes vocab.yaml, sources.yaml, dataset.yaml (unless null) and topics/*.yaml into a fresh directory under the system's temp folder. */
function graphDataDirectory(topics: Record<string, string>, dataset: string | null = DATASET): string {
  const directory = mkdtempSync(join(tmpdir(), 'graph-data-'));
  directories.push(directory);
  writeFileSync(join(directory, 'vocab.yaml'), vocabYaml());
  writeFileSync(join(directory, 'sources.yaml'), SOURCES_YAML);
  if (dataset !== null) writeFileSync(join(directory, 'dataset.yaml'), dataset);
  mkdirSync(join(directory, 'topics'));
  for (const [name, text] of Object.entries(topics)) writeFileSync(join(directory, 'topics', name), text);
  return directory;
}

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('readGraphData', () => {
  it('reads every topic file of a directory into one bundle', () => {
    const directory = graphDataDirectory({ 'neurotransmission.yaml': NEUROTRANSMISSION, 'drugs.yaml': DRUGS });
    const bundle = readGraphData(directory, directory);
    expect(bundle.nodes.map((node) => node.id).sort()).toEqual([
      'drug:fluoxetine',
      'neurotransmitter:serotonin',
      'transporter:sert',
    ]);
    expect(bundle.edges.map((edge) => edge.id).sort()).toEqual([
      'drug:fluoxetine|inhibits|transporter:sert',
      'transporter:sert|transports|neurotransmitter:serotonin',
    ]);
  });

  it('reads the data release details from dataset.yaml into the bundle', () => {
    const directory = graphDataDirectory({ 'neurotransmission.yaml': NEUROTRANSMISSION });
    expect(readGraphData(directory, directory).dataset).toEqual({
      name: 'Test data',
      version: '0.1.0',
      released: '2025-01-31',
    });
  });

  it('says plainly that dataset.yaml is missing, with the other problems', () => {
    const directory = graphDataDirectory({ 'neurotransmission.yaml': NEUROTRANSMISSION }, null);
    expect(() => readGraphData(directory, directory)).toThrow(/dataset\.yaml: file is missing: add dataset\.yaml/);
  });

  it('ignores files in topics/ that are not YAML', () => {
    const directory = graphDataDirectory({ 'neurotransmission.yaml': NEUROTRANSMISSION, 'notes.txt': 'not: [data' });
    expect(readGraphData(directory, directory).nodes).toHaveLength(2);
  });

  it('throws a DataValidationError whose text gives file:line, field and message relative to the root', () => {
    const broken = DRUGS.replace('kind: drug', 'kind: medicine');
    const directory = graphDataDirectory({ 'neurotransmission.yaml': NEUROTRANSMISSION, 'drugs.yaml': broken });
    const read = () => readGraphData(directory, directory);
    expect(read).toThrow(DataValidationError);
    expect(read).toThrow(
      /^Graph data has 1 problem:\n {2}topics\/drugs\.yaml:4 nodes\[0\]\.kind: Invalid option: expected one of /,
    );
  });

  it('lists every problem from every file in the error', () => {
    const directory = graphDataDirectory({
      'neurotransmission.yaml': NEUROTRANSMISSION.replace('kind: transporter', 'kind: pump'),
      'drugs.yaml': DRUGS.replace('sources: [smith-2020]', 'sources: [nobody-1999]'),
    });
    let error: unknown;
    try {
      readGraphData(directory, directory);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const problems = (error as DataValidationError).problems;
    expect(problems.map(({ file, line, field }) => `${file}:${line} ${field}`)).toEqual([
      'topics/neurotransmission.yaml:8 nodes[1].kind',
      'topics/drugs.yaml:12 edges[0].sources[0]',
    ]);
    expect((error as Error).message).toMatch(/^Graph data has 2 problems:/);
  });
});
