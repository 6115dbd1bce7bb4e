// The overview's grid of boxes: chosen so its text reads on the canvas, and boxes in a row that line up whatever
// their landmarks' labels are like.
import { describe, expect, it } from 'vitest';
import { overviewLayout } from '../../src/lib/graph/layout-overview';
import type { Overview, OverviewGroup } from '../../src/lib/graph/overview';

function group(id: string, landmarkLabels: string[]): OverviewGroup {
  return {
    id,
    label: id,
    description: '',
    size: 10,
    landmarks: landmarkLabels.map((_label, index) => `${id}:${index}`),
    landmarkLabels,
  };
}

/** Six boxes, two rows of three on a wide canvas; some first landmarks have labels that wrap. */
const overview: Overview = {
  by: 'group',
  groups: [
    group('short', ['Glutamate', 'NMDA receptor', 'AMPA receptor']),
    group('long', ['Selective serotonin reuptake inhibitors', 'Ketamine', 'Esketamine']),
    group('plain', ['Inflammation', 'Raised cortisol', 'Stress']),
    group('longer', ['A first landmark whose name runs over three lines of the box at this size', 'B', 'C']),
    group('two', ['Low blood sodium (hyponatraemia)', 'Hypertensive crisis', 'Falls']),
    group('one', ['Psychotherapy', 'Exercise', 'Sleep']),
  ],
  links: [],
};

const canvas = { width: 1100, height: 760 };

function firstY(layout: ReturnType<typeof overviewLayout>, id: string): number {
  return layout.positions.get(`${id}:0`)?.y ?? Number.NaN;
}

describe('overviewLayout', () => {
  it('draws its text at a size that reads, in a grid of several columns', () => {
    const layout = overviewLayout(overview, canvas);
    expect(layout.zoom).toBeGreaterThanOrEqual(0.76);
    const columns = new Set(overview.groups.map((box) => layout.positions.get(`${box.id}:0`)?.x));
    expect(columns.size).toBeGreaterThan(1);
  });

  it('starts the boxes of a row level, though a first landmark’s label wraps onto two lines', () => {
    const layout = overviewLayout(overview, canvas);
    const columns = new Set(overview.groups.map((box) => layout.positions.get(`${box.id}:0`)?.x)).size;
    // Boxes grow from their first shape: level first shapes are level boxes. "longer" (three lines) is left out.
    let checked = 0;
    for (let start = 0; start < overview.groups.length; start += columns) {
      const row = overview.groups.slice(start, start + columns).filter((box) => box.id !== 'longer');
      const levels = row.map((box) => firstY(layout, box.id));
      expect(Math.max(...levels) - Math.min(...levels)).toBeLessThan(0.5);
      if (row.some((box) => box.id === 'long' || box.id === 'two') && row.length > 1) checked++;
    }
    // At least one row sets a two-line first label beside a one-line one.
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps each box’s landmarks in order and their shapes apart', () => {
    const layout = overviewLayout(overview, canvas);
    for (const box of overview.groups) {
      const ys = (layout.landmarks.get(box.id) ?? []).map((id) => layout.positions.get(id)?.y ?? Number.NaN);
      expect(ys.length).toBe(3);
      for (let index = 1; index < ys.length; index++)
        expect((ys[index] ?? 0) - (ys[index - 1] ?? 0)).toBeGreaterThanOrEqual(22 + 12);
    }
  });
});
