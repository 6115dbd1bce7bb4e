// A neighbourhood laid out around its centre: direct neighbours on a wide first ring, further steps in tight
// bands outside it, each node near the neighbour that led to it, so the first ring fills the picture.
import type { AtlasGraph } from './build-graph';
import { forEachEdgeAmong, outIndexOf } from './out-index';
import { compareKinds } from './kind-order';
import type { Position } from './layout-force';

/** Room each first-ring node gets along its ring, in layout units (about a short label's width). */
const FIRST_RING_SLOT = 150;
const FIRST_RING_MIN_RADIUS = 240;
/** A crowded first ring alternates between two radii, so neighbouring labels do not meet. */
const STAGGER_ABOVE = 16;
const STAGGER = 1.22;
/** Further rings: the gap to the ring inside, and the room per node along a band's sub-rings. */
const BAND_GAP = 0.2;
const BAND_SLOT = 26;
const SUB_RING_GAP = 26;

/**
 * Each node's neighbours among `nodes`, from the relationships among them alone: a large graph's hub has thousands
 * of neighbours, and its drawn neighbours hundreds more each, of which a drawing holds a few hundred.
 */
function neighboursAmong(graph: AtlasGraph, nodes: ReadonlySet<string>): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string) => neighbours.set(from, (neighbours.get(from) ?? new Set<string>()).add(to));
  forEachEdgeAmong(outIndexOf(graph), nodes, nodes, (_edge, _attributes, source, target) => {
    link(source, target);
    link(target, source);
  });
  return neighbours;
}

/**
 * Positions `nodes` around `centre` by their number of steps from it (edges in either direction, only through
 * `nodes`). Nodes that cannot be reached go on an outer band. Deterministic for the same graph and node set.
 */
export function radialLayout(graph: AtlasGraph, nodes: ReadonlySet<string>, centre: string): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (!nodes.has(centre)) return positions;
  const order = (a: string, b: string) => compareNodes(graph, a, b);

  // Breadth-first rings; a node's parent is the first neighbour (in reading order) that reached it.
  const parent = new Map<string, string>();
  const rings: string[][] = [[centre]];
  const seen = new Set([centre]);
  const neighboursOf = neighboursAmong(graph, nodes);
  for (let frontier = [centre]; frontier.length > 0;) {
    const next: string[] = [];
    for (const node of frontier) {
      const neighbours = [...(neighboursOf.get(node) ?? [])].filter((other) => !seen.has(other));
      for (const neighbour of neighbours.sort(order)) {
        seen.add(neighbour);
        parent.set(neighbour, node);
        next.push(neighbour);
      }
    }
    if (next.length > 0) rings.push(next);
    frontier = next;
  }
  const unreached = [...nodes].filter((node) => !seen.has(node)).sort(order);
  if (unreached.length > 0) rings.push(unreached);

  positions.set(centre, { x: 0, y: 0 });
  const angle = new Map<string, number>([[centre, 0]]);
  const first = (rings[1] ?? []).sort(order);
  const firstRadius = Math.max(FIRST_RING_MIN_RADIUS, (first.length * FIRST_RING_SLOT) / (2 * Math.PI));
  const stagger = first.length > STAGGER_ABOVE;
  first.forEach((node, index) => {
    const theta = -Math.PI / 2 + (index * 2 * Math.PI) / first.length;
    const radius = stagger && index % 2 === 1 ? firstRadius * STAGGER : firstRadius;
    angle.set(node, theta);
    positions.set(node, polar(radius, theta));
  });

  let outer = stagger ? firstRadius * STAGGER : firstRadius;
  for (const ring of rings.slice(2)) {
    // Sorted by where their parent sits, so each node lands near the neighbour that leads to it.
    const members = ring.sort(
      (a, b) => (angle.get(parent.get(a) ?? '') ?? 10) - (angle.get(parent.get(b) ?? '') ?? 10) || order(a, b),
    );
    const base = outer + firstRadius * BAND_GAP;
    const perSubRing = Math.max(1, Math.floor((2 * Math.PI * base) / BAND_SLOT));
    const subRings = Math.ceil(members.length / perSubRing);
    const start = -Math.PI / 2 - Math.PI / members.length;
    members.forEach((node, index) => {
      const theta = start + (index * 2 * Math.PI) / members.length;
      angle.set(node, theta);
      positions.set(node, polar(base + (index % subRings) * SUB_RING_GAP, theta));
    });
    outer = base + (subRings - 1) * SUB_RING_GAP;
  }
  return positions;
}

function polar(radius: number, theta: number): Position {
  return { x: Math.cos(theta) * radius, y: Math.sin(theta) * radius };
}

/** Reading order inside a ring: by group, so a topic stays together, then kind and label. */
function compareNodes(graph: AtlasGraph, a: string, b: string): number {
  const one = graph.getNodeAttributes(a);
  const other = graph.getNodeAttributes(b);
  return (
    (one.group ?? '').localeCompare(other.group ?? '') ||
    compareKinds(one.kind, other.kind) ||
    one.label.localeCompare(other.label) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}
