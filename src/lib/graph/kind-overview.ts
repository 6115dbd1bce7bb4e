// The summary a large graph without topics opens on, its metagraph: each kind with how many nodes it has and its best
// connected nodes, and how many relationships of each type join two kinds.
import type { AtlasGraph } from './build-graph';
import { compareKinds } from './kind-order';
import type { Overview, OverviewGroup } from './overview';
import type { Relation } from './types';

/** How many of a kind's best-connected nodes stand for it. */
const LANDMARKS = 3;
/** Kind numbers are packed in pairs into one safe integer key: 2^26 kinds each way. */
const KIND_SPAN = 2 ** 26;

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

export interface KindNames {
  label: (kind: string) => string;
  plural: (kind: string) => string;
  /** A node's label, for the names under each kind's box. */
  node: (id: string) => string;
}

interface Ranked {
  id: string;
  degree: number;
}

/** Small integers for names, so counting a quarter of a million relationships needs no string keys. */
class Interned {
  readonly names: string[] = [];
  readonly #index = new Map<string, number>();

  of(name: string): number {
    let index = this.#index.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.#index.set(name, index);
    }
    return index;
  }
}

function byCount<T extends { count: number }>(key: (item: T) => string) {
  return (a: T, b: T) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** Keeps the `LANDMARKS` best-connected nodes of a kind, ties to the smaller id. */
function keepBest(best: Ranked[], id: string, degree: number): void {
  if (best.length === LANDMARKS && (best[LANDMARKS - 1]?.degree ?? 0) >= degree) return;
  best.push({ id, degree });
  best.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  if (best.length > LANDMARKS) best.pop();
}

/**
 * The counts behind a kind overview, taken one node and one relationship at a time, so a graph being built in slices
 * can be counted as it grows instead of in one long pass afterwards. Counting is by small integers.
 */
export class KindTally {
  readonly #kinds = new Interned();
  readonly #relations = new Interned();
  readonly #sizes: number[] = [];
  readonly #best: Ranked[][] = [];
  /** Per relation, counts keyed by source kind × KIND_SPAN + target kind. */
  readonly #counts: Map<number, number>[] = [];

  addNode(id: string, kind: string, degree: number): void {
    const index = this.#kinds.of(kind);
    this.#sizes[index] = (this.#sizes[index] ?? 0) + 1;
    keepBest((this.#best[index] ??= []), id, degree);
  }

  addEdge(relation: string, sourceKind: string, targetKind: string): void {
    this.addEdges(relation, sourceKind, targetKind, 1);
  }

  /** `count` relationships of one relation between two kinds, counted elsewhere (a dataset file's index arrays). */
  addEdges(relation: string, sourceKind: string, targetKind: string, count: number): void {
    const counts = (this.#counts[this.#relations.of(relation)] ??= new Map());
    const key = this.#kinds.of(sourceKind) * KIND_SPAN + this.#kinds.of(targetKind);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }

  overview(names: KindNames): KindOverview {
    const kinds = this.#kinds.names;
    const relations: RelationCount[] = [];
    const links = new Map<string, { source: string; target: string; count: number }>();
    this.#counts.forEach((counts, relationIndex) => {
      const relation = this.#relations.names[relationIndex] as Relation;
      for (const [key, count] of counts) {
        const source = kinds[Math.floor(key / KIND_SPAN)] ?? '';
        const target = kinds[key % KIND_SPAN] ?? '';
        relations.push({ relation, source, target, count });
        if (source === target) continue;
        const [first, second] = compareKinds(source, target) <= 0 ? [source, target] : [target, source];
        const linkKey = `${first}\u0000${second}`;
        const link = links.get(linkKey) ?? { source: first, target: second, count: 0 };
        link.count += count;
        links.set(linkKey, link);
      }
    });
    const groups = kinds
      .map((kind, index) => ({ kind, size: this.#sizes[index] ?? 0, best: this.#best[index] ?? [] }))
      .filter((entry) => entry.size > 0)
      .sort((a, b) => compareKinds(a.kind, b.kind))
      .map(({ kind, size, best }): OverviewGroup => {
        const landmarks = best.map((entry) => entry.id);
        const plural = names.plural(kind).toLowerCase();
        return {
          id: kind,
          label: names.plural(kind),
          description: `${size.toLocaleString('en')} ${size === 1 ? names.label(kind).toLowerCase() : plural}`,
          size,
          landmarks,
          landmarkLabels: landmarks.map(names.node),
        };
      });
    return {
      by: 'kind',
      groups,
      links: [...links.values()].sort(byCount((link) => `${link.source}\u0000${link.target}`)),
      relations: relations.sort(byCount((entry) => `${entry.relation}\u0000${entry.source}`)),
    };
  }
}

/** The counts of a graph that is already built: one pass over its nodes and one over its relationships. */
export function tallyKinds(graph: AtlasGraph): KindTally {
  const tally = new KindTally();
  graph.forEachNode((node, attributes) => tally.addNode(node, attributes.kind, graph.degree(node)));
  graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) =>
    tally.addEdge(attributes.relation, sourceAttributes.kind, targetAttributes.kind),
  );
  return tally;
}
