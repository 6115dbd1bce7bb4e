// The open dataset: sources by id, counts, a search index built on first use, titles, and what an address may name.
import { describe, expect, it } from 'vitest';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();

describe('OpenDataset', () => {
  const data = new OpenDataset(tinyDataset(bundle.vocab), bundle);

  it('counts kinds and drug statuses', () => {
    expect(data.kindCounts.find((entry) => entry.kind === 'drug')?.count).toBe(3);
    expect(data.statusCounts).toEqual({ approved: 2, investigational: 1 });
  });

  it('finds nodes by name, building its index once', () => {
    expect(data.findNodes('fluox').map((hit) => hit.id)).toEqual(['drug:fluoxetine']);
    expect(data.searchIndex).toBe(data.searchIndex);
  });

  it('names a picture after the dataset, and the curated one after its subject, with its release', () => {
    expect(data.title).toBe('Tiny graph');
    expect(data.release).toBeUndefined();
    const curated = new OpenDataset(tinyDataset(bundle.vocab, { id: 'curated' }), bundle);
    expect(curated.title).toBe('Glutamate, monoamines and depression');
    expect(curated.release).toBe(bundle.dataset);
  });

  it('labels nodes, falling back to the id, and says what an address may name', () => {
    expect(data.label('transporter:sert')).toBe('Serotonin transporter');
    expect(data.label('drug:prozac')).toBe('drug:prozac');
    expect(data.addressContext.hasNode('drug:riluzole')).toBe(true);
    expect(data.addressContext.hasKind?.('symptom')).toBe(true);
    expect(data.addressContext.hasKind?.('constructor')).toBe(false);
  });
});
