// The overview of a grouped graph: each group with its size and landmark nodes, and how many links join two groups.
import type { AtlasGraph } from './build-graph';

export interface OverviewGroup {
  id: string;
  label: string;
  description: string;
  /** How many nodes belong to the group. */
  size: number;
  /** The nodes that stand for it, best connected first. */
  landmarks: string[];
  /** Their labels, in the same order. */
  landmarkLabels: string[];
}

interface OverviewLink {
  /** Group ids, in the order the groups are listed. */
  source: string;
  target: string;
  /** Relationships between a node of one group and a node of the other, either way. */
  count: number;
}

export interface Overview {
  /** What the boxes stand for: the curated graph's topics, or the kinds of a large graph without topics. */
  by: 'group' | 'kind';
  groups: OverviewGroup[];
  /** Most links first. */
  links: OverviewLink[];
}

/** Landmarks a group shows when its curators named none (a graph grouped some other way). */
const FALLBACK_LANDMARKS = 3;

/**
 * Summarises `graph` by the groups its nodes belong to, in the order `groups` lists them. Returns null when no
 * node belongs to a listed group (imported and public graphs), so such datasets open on the graph itself.
 */
export function buildOverview(
  graph: AtlasGraph,
  groups: Readonly<Record<string, { label: string; description: string }>>,
): Overview | null {
  const order = Object.keys(groups);
  const members = new Map<string, string[]>(order.map((id) => [id, []]));
  graph.forEachNode((node, attributes) => {
    if (attributes.group !== undefined) members.get(attributes.group)?.push(node);
  });
  if ([...members.values()].every((nodes) => nodes.length === 0)) return null;

  const byDegree = (a: string, b: string) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0);
  const overviewGroups = order.flatMap((id): OverviewGroup[] => {
    const nodes = members.get(id) ?? [];
    if (nodes.length === 0) return [];
    const named = nodes.filter((node) => graph.getNodeAttribute(node, 'landmark'));
    const landmarks = (named.length > 0 ? named : nodes).sort(byDegree).slice(0, named.length || FALLBACK_LANDMARKS);
    const style = groups[id] ?? { label: id, description: '' };
    const landmarkLabels = landmarks.map((node) => graph.getNodeAttribute(node, 'label'));
    return [{ id, label: style.label, description: style.description, size: nodes.length, landmarks, landmarkLabels }];
  });

  const rank = new Map(order.map((id, index) => [id, index]));
  const counts = new Map<string, OverviewLink>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const one = graph.getNodeAttribute(source, 'group');
    const other = graph.getNodeAttribute(target, 'group');
    if (one === undefined || other === undefined || one === other || !rank.has(one) || !rank.has(other)) return;
    const [first, second] = (rank.get(one) ?? 0) < (rank.get(other) ?? 0) ? [one, other] : [other, one];
    const key = `${first}|${second}`;
    const link = counts.get(key) ?? { source: first, target: second, count: 0 };
    link.count++;
    counts.set(key, link);
  });
  const links = [...counts.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) ||
      (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0),
  );
  return { by: 'group', groups: overviewGroups, links };
}
