// SVG outlines of Cytoscape node shapes in a 2×2 box centred on 0,0, so HTML legends match the canvas.

export type ShapeOutline =
  | { type: 'ellipse' }
  | { type: 'rect'; corner: number }
  | { type: 'polygon'; points: string }
  | { type: 'path'; d: string };

function regularPolygon(sides: number, rotation = -Math.PI / 2): string {
  const points: string[] = [];
  for (let index = 0; index < sides; index++) {
    const angle = rotation + (index * 2 * Math.PI) / sides;
    points.push(`${Math.cos(angle).toFixed(3)},${Math.sin(angle).toFixed(3)}`);
  }
  return points.join(' ');
}

function star(): string {
  const points: string[] = [];
  for (let index = 0; index < 10; index++) {
    const angle = -Math.PI / 2 + (index * Math.PI) / 5;
    const radius = index % 2 === 0 ? 1 : 0.45;
    points.push(`${(Math.cos(angle) * radius).toFixed(3)},${(Math.sin(angle) * radius).toFixed(3)}`);
  }
  return points.join(' ');
}

const POLYGONS: Record<string, string> = {
  diamond: '0,-1 1,0 0,1 -1,0',
  rhomboid: '-1,-1 0.333,-1 1,1 -0.333,1',
  tag: '-1,-1 0.25,-1 1,0 0.25,1 -1,1',
  vee: '-1,-1 0,-0.333 1,-1 0,1',
  'concave-hexagon': '-1,-0.95 -0.75,0 -1,0.95 1,0.95 0.75,0 1,-0.95',
  'cut-rectangle': '-0.7,-1 0.7,-1 1,-0.7 1,0.7 0.7,1 -0.7,1 -1,0.7 -1,-0.7',
};

const REGULAR_SIDES: Record<string, number> = { triangle: 3, pentagon: 5, hexagon: 6, heptagon: 7, octagon: 8 };

export function shapeOutline(shape: string): ShapeOutline {
  const base = shape.replace(/^round-/, '');
  if (base === 'ellipse') return { type: 'ellipse' };
  if (base === 'rectangle') return { type: 'rect', corner: shape.startsWith('round-') ? 0.35 : 0 };
  if (base === 'barrel') return { type: 'path', d: 'M-0.75,-1 L0.75,-1 Q1.05,0 0.75,1 L-0.75,1 Q-1.05,0 -0.75,-1 Z' };
  if (base === 'star') return { type: 'polygon', points: star() };
  const polygon = POLYGONS[base];
  if (polygon) return { type: 'polygon', points: polygon };
  const sides = REGULAR_SIDES[base];
  if (sides)
    return { type: 'polygon', points: regularPolygon(sides, base === 'octagon' ? -Math.PI / 8 : -Math.PI / 2) };
  return { type: 'ellipse' };
}
