// YAML parsing that remembers where each value came from, so problems can name a line.
import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../src/lib/data/yaml-document';

const TEXT = `topic: Glutamate
nodes:
  - id: neurotransmitter:glutamate
    label: Glutamate
    synonyms: [Glu, glutamic acid]
`;

describe('parseYamlDocument', () => {
  it('gives the plain data of the file', () => {
    expect(parseYamlDocument('topics/glutamate.yaml', TEXT).data).toEqual({
      topic: 'Glutamate',
      nodes: [{ id: 'neurotransmitter:glutamate', label: 'Glutamate', synonyms: ['Glu', 'glutamic acid'] }],
    });
  });

  it('finds the line of a value by its field path', () => {
    const document = parseYamlDocument('topics/glutamate.yaml', TEXT);
    expect(document.lineOf(['topic'])).toBe(1);
    expect(document.lineOf(['nodes', 0, 'label'])).toBe(4);
    expect(document.lineOf(['nodes', 0, 'synonyms', 1])).toBe(5);
  });

  it('falls back to the nearest existing parent for a field that is not there', () => {
    expect(parseYamlDocument('topics/glutamate.yaml', TEXT).lineOf(['nodes', 0, 'summary'])).toBe(3);
  });

  it('reports syntax errors with file and line, and gives no data', () => {
    const document = parseYamlDocument('topics/broken.yaml', 'topic: Glutamate\nnodes:\n  - label: a: b\n');
    expect(document.data).toBeUndefined();
    expect(document.syntaxProblems).toEqual([
      { file: 'topics/broken.yaml', line: 3, message: expect.stringMatching(/^YAML syntax: /) },
    ]);
  });

  it('treats a key written twice as an error rather than keeping the last one', () => {
    const document = parseYamlDocument('topics/twice.yaml', 'topic: One\ntopic: Two\n');
    expect(document.syntaxProblems).toEqual([expect.objectContaining({ file: 'topics/twice.yaml', line: 2 })]);
  });
});
