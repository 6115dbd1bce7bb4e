// The summary a large graph without topics opens on, its metagraph: each kind with how many nodes it has and its best
// connected nodes, and how many relationships of each type join two kinds.
import type { AtlasGraph } from './build-graph';
import { compareKinds } from './kind-order';
import type { Overview, OverviewGroup } from './overview';
import type { Relation } from './types';

/** How many of a kind's best-connected nodes stand for it. */
const LANDMARKS = 3;

export interface RelationCount {
  relation: Relation;
  /** The kinds at either end, as the relationships run (source kind first). */
  source: string;
  target: string;
  count: number;
}

export interface KindOverview extends Overview {
  by: 'kind';
  /** Every relation type between two kinds, most relationships first. */
  relations: RelationCount[];
}

interface KindNames {
  label: (kind: string) => string;
  plural: (kind: string) => string;
}

function byCount<T extends { count: number }>(key: (item: T) => string) {
  return (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Keeps the `LANDMARKS` best-connected nodes of a kind, ties to the smaller id. */
function keepBest(best: { id: string; degree: number }[], id: string, degree: number): void {
  if (best.length === LANDMARKS && (best[LANDMARKS - 1]?.degree ?? 0) >= degree) return;
  best.push({ id, degree });
  best.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  if (best.length > LANDMARKS) best.pop();
}

/** One pass over the nodes and one over the relationships, so it stays quick on a quarter of a million of them. */
export function kindOverview(graph: AtlasGraph, names: KindNames): KindOverview {
  const sizes = new Map<string, number>();
  const best = new Map<string, { id: string; degree: number }[]>();
  graph.forEachNode((node, attributes) => {
    sizes.set(attributes.kind, (sizes.get(attributes.kind) ?? 0) + 1);
    const list = best.get(attributes.kind) ?? [];
    keepBest(list, node, graph.degree(node));
    best.set(attributes.kind, list);
  });
  const relations = new Map<string, RelationCount>();
  const links = new Map<string, { source: string; target: string; count: number }>();
  graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const [source, target] = [sourceAttributes.kind, targetAttributes.kind];
    const relationKey = `${attributes.relation}\u0000${source}\u0000${target}`;
    const relation = relations.get(relationKey) ?? { relation: attributes.relation, source, target, count: 0 };
    relation.count++;
    relations.set(relationKey, relation);
    if (source === target) return;
    const [first, second] = compareKinds(source, target) <= 0 ? [source, target] : [target, source];
    const linkKey = `${first}\u0000${second}`;
    const link = links.get(linkKey) ?? { source: first, target: second, count: 0 };
    link.count++;
    links.set(linkKey, link);
  });
  const groups = [...sizes]
    .sort(([a], [b]) => compareKinds(a, b))
    .map(([kind, size]): OverviewGroup => {
      const landmarks = (best.get(kind) ?? []).map((entry) => entry.id);
      return {
        id: kind,
        label: names.plural(kind),
        description: `${size.toLocaleString('en')} ${size === 1 ? names.label(kind).toLowerCase() : names.plural(kind).toLowerCase()}`,
        size,
        landmarks,
        landmarkLabels: landmarks.map((node) => graph.getNodeAttribute(node, 'label')),
      };
    });
  return {
    by: 'kind',
    groups,
    links: [...links.values()].sort(byCount((link) => `${link.source}\u0000${link.target}`)),
    relations: [...relations.values()].sort(byCount((entry) => `${entry.relation}\u0000${entry.source}`)),
  };
}
