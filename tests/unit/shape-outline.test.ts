// SVG outlines for the legend: each Cytoscape node shape gets a matching outline inside the 2×2 box around 0,0.
import { describe, expect, it } from 'vitest';
import { shapeOutline } from '../../src/lib/util/shape-outline';

/** The corner points of a polygon outline as numbers. */
function points(shape: string): [number, number][] {
  const outline = shapeOutline(shape);
  if (outline.type !== 'polygon') throw new Error(`${shape} is drawn as ${outline.type}, not a polygon`);
  return outline.points.split(' ').map((point) => point.split(',').map(Number) as [number, number]);
}

describe('shapeOutline', () => {
  it('draws ellipses and rectangles with their own SVG elements, rounding round-rectangle', () => {
    expect(shapeOutline('ellipse')).toEqual({ type: 'ellipse' });
    expect(shapeOutline('rectangle')).toEqual({ type: 'rect', corner: 0 });
    expect(shapeOutline('round-rectangle')).toMatchObject({ type: 'rect', corner: expect.any(Number) });
    expect(shapeOutline('round-rectangle')).not.toEqual(shapeOutline('rectangle'));
  });

  it.each([
    ['triangle', 3],
    ['diamond', 4],
    ['pentagon', 5],
    ['hexagon', 6],
    ['round-heptagon', 7],
    ['octagon', 8],
    ['star', 10],
  ])('draws %s with %i corners', (shape, corners) => {
    expect(points(shape)).toHaveLength(corners);
  });

  it('points a triangle upwards', () => {
    expect(points('triangle')[0]).toEqual([0, -1]);
  });

  it.each(['triangle', 'rhomboid', 'tag', 'vee', 'concave-hexagon', 'cut-rectangle', 'star', 'octagon'])(
    'keeps %s inside the 2×2 box',
    (shape) => {
      for (const [x, y] of points(shape)) {
        expect(Math.abs(x)).toBeLessThanOrEqual(1);
        expect(Math.abs(y)).toBeLessThanOrEqual(1);
      }
    },
  );

  it('draws barrel as a path', () => {
    expect(shapeOutline('barrel')).toMatchObject({ type: 'path', d: expect.stringMatching(/^M.*Z$/) });
  });

  it('falls back to an ellipse for a shape it does not know', () => {
    expect(shapeOutline('blob')).toEqual({ type: 'ellipse' });
  });
});
