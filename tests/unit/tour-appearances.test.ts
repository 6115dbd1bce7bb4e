// "In tours": the steps where a node is the focus or at an end of a highlighted relationship.
import { describe, expect, it } from 'vitest';
import { tourAppearances } from '../../src/lib/data/tour-appearances';
import type { Tour } from '../../src/lib/data/tour-schema';

const step = (title: string, focus: string[], highlight: string[] = []) => ({
  title,
  narration: 'Narration.',
  focus,
  highlight,
  sources: [],
});
const TOURS: Tour[] = [
  {
    id: 'fast',
    title: 'Fast',
    summary: 'Summary.',
    steps: [step('One', ['drug:a']), step('Two', ['receptor:r'], ['drug:a|inhibits|receptor:r']), step('Three', ['x'])],
  },
  { id: 'slow', title: 'Slow', summary: 'Summary.', steps: [step('Only', ['y'])] },
];
const ends = (edge: string) => [edge.split('|')[0] ?? '', edge.split('|')[2] ?? ''];

describe('tourAppearances', () => {
  it('lists each step where the node is focused or at an end of a highlighted relationship, 1-based', () => {
    expect(tourAppearances(TOURS, 'drug:a', ends)).toEqual([
      { tourId: 'fast', tourTitle: 'Fast', step: 1, stepTitle: 'One' },
      { tourId: 'fast', tourTitle: 'Fast', step: 2, stepTitle: 'Two' },
    ]);
  });

  it('is empty for a node in no tour', () => {
    expect(tourAppearances(TOURS, 'drug:none', ends)).toEqual([]);
  });
});
