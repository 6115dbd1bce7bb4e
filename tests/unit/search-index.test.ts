// Search by name, brand name or abbreviation: forgiving of typos, accents and case, exact matches first.
import { describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { NodeSearch } from '../../src/lib/graph/search-index';
import { nodeRecord } from '../fixtures/tiny-graph';

const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine', { synonyms: ['Prozac'] }),
    nodeRecord('drug:duloxetine', 'Duloxetine', { synonyms: ['Cymbalta'] }),
    nodeRecord('drug:sertraline', 'Sertraline', { synonyms: ['Zoloft'] }),
    nodeRecord('transporter:sert', 'Serotonin transporter', { synonyms: ['SERT', '5-HTT'] }),
    nodeRecord('neurotransmitter:serotonin', 'Serotonin', { synonyms: ['5-HT'] }),
    nodeRecord('receptor:nmda', 'NMDA receptor', { synonyms: ['NMDAR'] }),
    nodeRecord('condition:major-depression', 'Major depression', { synonyms: ['MDD'] }),
    nodeRecord('drug:phenelzine', 'Phénelzine', { synonyms: ['Nardil'] }),
    nodeRecord('drug:olanzapine-fluoxetine', 'Olanzapine–fluoxetine', {
      synonyms: ['Symbyax', 'olanzapine/fluoxetine', 'OFC fluoxetine combination'],
    }),
  ],
  [],
);
const index = new NodeSearch(graph);
const ids = (query: string, limit?: number) => index.find(query, limit).map((hit) => hit.id);

describe('NodeSearch', () => {
  it('finds a drug by its brand name and says which synonym matched', () => {
    expect(index.find('prozac')[0]).toEqual({
      id: 'drug:fluoxetine',
      label: 'Fluoxetine',
      kind: 'drug',
      matchedSynonym: 'Prozac',
    });
    expect(ids('cymbalta')[0]).toBe('drug:duloxetine');
  });

  it('names no synonym when the label itself matched', () => {
    expect(index.find('fluoxetine')[0]).toMatchObject({ id: 'drug:fluoxetine', matchedSynonym: undefined });
  });

  it('puts an exact abbreviation first, before names that merely start the same way', () => {
    expect(ids('SERT')[0]).toBe('transporter:sert');
    expect(index.find('SERT')[0]?.matchedSynonym).toBe('SERT');
    expect(ids('5-HT')[0]).toBe('neurotransmitter:serotonin');
    expect(ids('5-HTT')[0]).toBe('transporter:sert');
  });

  it('finds a condition by its abbreviation', () => {
    expect(index.find('mdd')[0]).toMatchObject({ id: 'condition:major-depression', matchedSynonym: 'MDD' });
  });

  it('finds a node by the start of its name', () => {
    expect(ids('nmda')[0]).toBe('receptor:nmda');
    expect(ids('fluoxetin')[0]).toBe('drug:fluoxetine');
  });

  it('puts a name that begins with what was typed before one that only contains it', () => {
    expect(ids('fluoxetin')[0]).toBe('drug:fluoxetine');
    expect(ids('fluoxetin')).toContain('drug:olanzapine-fluoxetine');
  });

  it('forgives a typo', () => {
    expect(ids('fluoxitine')[0]).toBe('drug:fluoxetine');
    expect(ids('duloxitine')[0]).toBe('drug:duloxetine');
  });

  it('ignores case and accents, in the query and in the names', () => {
    expect(ids('FLUOXÉTINE')[0]).toBe('drug:fluoxetine');
    expect(ids('phenelzine')[0]).toBe('drug:phenelzine');
  });

  it('matches every word of a query of several words', () => {
    expect(ids('major depression')[0]).toBe('condition:major-depression');
    expect(ids('serotonin transporter')).toEqual(['transporter:sert']);
  });

  it('finds nothing for an empty query or one of spaces', () => {
    expect(index.find('')).toEqual([]);
    expect(index.find('   ')).toEqual([]);
  });

  it('finds nothing for a query that matches no name', () => {
    expect(index.find('xylophone')).toEqual([]);
  });

  it('gives no more hits than the limit', () => {
    expect(ids('sero').length).toBeGreaterThan(1);
    expect(ids('sero', 1)).toHaveLength(1);
  });
});

describe('indexing a large graph', () => {
  const many = buildGraph(
    Array.from({ length: 3000 }, (_, index) => nodeRecord(`gene:g${index}`, `Gene ${index}`)),
    [],
  );

  it('indexes a slice at a time, letting the page run between slices', async () => {
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const pauses = vi.spyOn(globalThis, 'setTimeout');
    const search = new NodeSearch(many);
    await search.indexInSlices();
    expect(pauses.mock.calls.length).toBeGreaterThan(1);
    now.mockRestore();
    pauses.mockRestore();
    expect(search.find('Gene 2999')[0]?.id).toBe('gene:g2999');
  });

  it('finds everything when a search comes before the slices are done', async () => {
    const search = new NodeSearch(many);
    const slices = search.indexInSlices();
    expect(search.find('Gene 2999')[0]?.id).toBe('gene:g2999');
    await slices;
    expect(search.find('Gene 1')[0]?.id).toBe('gene:g1');
  });
});
