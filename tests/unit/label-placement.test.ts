// Label placement: the most important labels win, none overlap, none hide behind another node's shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_ANCHORS, placeLabels, wrapLabel, type LabelCandidate } from '../../src/lib/render/label-placement';

/** Every character is 0.6 of the font size wide: close enough to a sans-serif font for geometry. */
const measure = (text: string, fontPx: number) => text.length * fontPx * 0.6;
const screen = { width: 800, height: 600, maxLineWidthPx: 160, measure };

function label(id: string, x: number, y: number, priority = 1, text = id): LabelCandidate {
  return { id, text, x, y, halfWidth: 10, halfHeight: 10, anchors: ['below'], fontPx: 12, priority };
}

describe('wrapLabel', () => {
  it('breaks at spaces to keep lines under the width, and keeps a long word whole', () => {
    expect(wrapLabel('Selective serotonin reuptake inhibitors', 12, 100, measure)).toEqual([
      'Selective',
      'serotonin',
      'reuptake',
      'inhibitors',
    ]);
    expect(wrapLabel('NMDA receptor', 12, 200, measure)).toEqual(['NMDA receptor']);
    expect(wrapLabel('Dextromethorphan–bupropion', 12, 50, measure)).toEqual(['Dextromethorphan–bupropion']);
  });
});

describe('placeLabels', () => {
  it('draws the more important of two colliding labels and both of two apart', () => {
    const placed = placeLabels(
      [label('minor', 100, 100, 1), label('major', 105, 102, 5), label('far', 500, 400)],
      screen,
    );
    expect(placed.map((entry) => entry.id).sort()).toEqual(['far', 'major']);
  });

  it('moves a label to another side of its node when the first is taken', () => {
    const crowded = [label('major', 100, 100, 5), { ...label('minor', 100, 88, 1), anchors: NODE_ANCHORS }];
    const placed = placeLabels(crowded, screen);
    expect(placed.map(({ id, anchor }) => `${id} ${anchor}`)).toEqual(['major below', 'minor right']);
  });

  it('leaves out labels wholly off screen', () => {
    const placed = placeLabels([label('left', -300, 100), label('below', 100, 900), label('seen', 100, 100)], screen);
    expect(placed.map((entry) => entry.id)).toEqual(['seen']);
  });

  it("never lets a label cover another node's shape, but lets it touch its own", () => {
    const obstacles = [
      { id: 'a', x1: 90, y1: 90, x2: 110, y2: 110 },
      { id: 'b', x1: 90, y1: 115, x2: 110, y2: 135 },
    ];
    const placed = placeLabels([label('a', 100, 100)], { ...screen, obstacles });
    expect(placed).toEqual([]);
    const alone = placeLabels([label('a', 100, 100)], { ...screen, obstacles: obstacles.slice(0, 1) });
    expect(alone.map((entry) => entry.id)).toEqual(['a']);
  });

  it('puts a node label below its shape and an edge label on its midpoint', () => {
    const [node] = placeLabels([label('n', 100, 100)], screen);
    expect(node?.box.y1).toBeGreaterThan(110);
    const [edge] = placeLabels([{ ...label('e', 300, 300), anchors: ['centre'] }], screen);
    expect(edge ? (edge.box.y1 + edge.box.y2) / 2 : 0).toBeCloseTo(300);
  });

  it('for any candidates: no two placed labels overlap, and every label left out collides or is off screen', () => {
    const candidate = fc.record({
      x: fc.integer({ min: -100, max: 900 }),
      y: fc.integer({ min: -100, max: 700 }),
      priority: fc.integer({ min: 0, max: 5 }),
      text: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim().length > 0),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (raw) => {
        const candidates = raw.map((entry, index) => label(`n${index}`, entry.x, entry.y, entry.priority, entry.text));
        const placed = placeLabels(candidates, screen);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            const a = placed[i]!.box;
            const b = placed[j]!.box;
            expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
          }
        }
        const ids = new Set(placed.map((entry) => entry.id));
        for (const left of candidates.filter((entry) => !ids.has(entry.id))) {
          const [alone] = placeLabels([left], screen);
          if (!alone) continue; // off screen
          const blocked = placed.some(
            ({ box }) =>
              alone.box.x1 - 2 < box.x2 + 2 &&
              box.x1 - 2 < alone.box.x2 + 2 &&
              alone.box.y1 - 2 < box.y2 + 2 &&
              box.y1 - 2 < alone.box.y2 + 2,
          );
          expect(blocked).toBe(true);
        }
      }),
    );
  });
});
