// Rings around a centre node: one ring per step away, ordered by kind then label, so the picture is stable.
import type { AtlasGraph } from './build-graph';
import type { Position } from '../util/position';
import { compareKinds } from './kind-order';

const RING_GAP = 150;
const MIN_SPACING = 70;

export function concentricLayout(graph: AtlasGraph, nodes: ReadonlySet<string>, centre: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (!nodes.has(centre)) return positions;
  const distance = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!nodes.has(neighbour) || distance.has(neighbour)) return;
        distance.set(neighbour, (distance.get(node) ?? 0) + 1);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  const outermost = Math.max(0, ...distance.values()) + 1;
  for (const node of nodes) if (!distance.has(node)) distance.set(node, outermost);

  const rings = new Map<number, string[]>();
  for (const [node, ring] of distance) rings.set(ring, [...(rings.get(ring) ?? []), node]);
  let radius = 0;
  for (const ring of [...rings.keys()].sort((a, b) => a - b)) {
    const members = (rings.get(ring) ?? []).sort(
      (a, b) =>
        compareKinds(graph.getNodeAttribute(a, 'kind'), graph.getNodeAttribute(b, 'kind')) ||
        graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
    );
    if (ring === 0) {
      positions.set(members[0] ?? centre, { x: 0, y: 0 });
      continue;
    }
    // Each ring is at least one gap further out, and wide enough to space its members.
    radius = Math.max(radius + RING_GAP, (members.length * MIN_SPACING) / (2 * Math.PI));
    members.forEach((node, index) => {
      const angle = -Math.PI / 2 + (index * 2 * Math.PI) / members.length;
      positions.set(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    });
  }
  return positions;
}
