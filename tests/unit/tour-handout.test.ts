// A handout's data: each step's nodes (focus and the ends of its relationships), and sources numbered at first use.
import { describe, expect, it } from 'vitest';
import type { Tour, TourStep } from '../../src/lib/data/tour-schema';
import { numberedSources, stepNodes } from '../../src/lib/data/tour-handout';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';

const graph = buildGraph(
  [nodeRecord('drug:a', 'A'), nodeRecord('transporter:b', 'B'), nodeRecord('condition:c', 'C')],
  [edgeRecord('drug:a', 'inhibits', 'transporter:b')],
);
const step = (focus: string[], highlight: string[], sources: string[]) =>
  ({ title: 't', narration: 'n', focus, highlight, sources }) as unknown as TourStep;

describe('tour handout data', () => {
  it('shows a step’s focus and both ends of its relationships, each once', () => {
    expect(stepNodes(graph, step(['drug:a', 'condition:c'], ['drug:a|inhibits|transporter:b', 'gone'], []))).toEqual([
      'drug:a',
      'condition:c',
      'transporter:b',
    ]);
  });

  it('numbers sources in the order they are first used', () => {
    const tour = { steps: [step([], [], ['s2', 's1']), step([], [], ['s1', 's3'])] } as unknown as Tour;
    expect(numberedSources(tour, (each) => each.sources)).toEqual(['s2', 's1', 's3']);
  });
});
