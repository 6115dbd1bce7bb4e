// A quick first placement for a graph that came without positions: nodes on a sunflower spiral, best connected in
// the middle, so the force layout that follows (in a worker) starts from something readable and deterministic.
import type { Position } from '../util/position';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 40;

export function spiralPlacement(nodes: readonly string[], degree: (node: string) => number): Map<string, Position> {
  const ordered = [...nodes].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    ordered.map((node, index) => {
      const radius = SPACING * Math.sqrt(index);
      const angle = index * GOLDEN_ANGLE;
      return [node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
    }),
  );
}
