// Which dataset an address asks for, whether it links into it, and the address that opens a dataset afresh.
import { describe, expect, it } from 'vitest';
import {
  datasetInQuery,
  datasetQuery,
  LEADING_PARAMETERS,
  namesMoreThanDataset,
} from '../../src/lib/state/address-parameters';

describe('address parameters', () => {
  it('reads the dataset, the curated graph when none is named', () => {
    expect(datasetInQuery('?dataset=hetionet-wide&focus=x')).toBe('hetionet-wide');
    expect(datasetInQuery('?focus=x')).toBe('curated');
    expect(datasetInQuery('')).toBe('curated');
  });

  it('tells a link into a dataset from one that opens it afresh', () => {
    expect(namesMoreThanDataset('?dataset=hetionet-wide')).toBe(false);
    expect(namesMoreThanDataset('')).toBe(false);
    expect(namesMoreThanDataset('?dataset=hetionet-wide&focus=x')).toBe(true);
    expect(namesMoreThanDataset('?tour=ssri-snri')).toBe(true);
  });

  it('writes a bare address for the curated graph and only the dataset for others', () => {
    expect(datasetQuery('curated')).toBe('');
    expect(datasetQuery('import-my file')).toBe('?dataset=import-my+file');
    expect(datasetInQuery(datasetQuery('import-my file'))).toBe('import-my file');
  });

  it('keeps the dataset first, then the graph server a live dataset reads and what was opened on it, then tour, step and quiz', () => {
    expect(LEADING_PARAMETERS).toEqual([
      'dataset',
      'endpoint',
      'mapping',
      'graph',
      'page-size',
      'open',
      'tour',
      'step',
      'quiz',
    ]);
  });

  it('writes where a live dataset lives right after it', () => {
    expect(datasetQuery('live', { endpoint: 'https://x.org/sparql', mapping: 'hetionet' })).toBe(
      '?dataset=live&endpoint=https%3A%2F%2Fx.org%2Fsparql&mapping=hetionet',
    );
  });
});
