// Up to k mechanism paths between two nodes: the cheapest along the direction of relationships, where firm evidence
// makes a step cheap and passing through a hub (a node with very many relationships) makes it dear; those that pass
// through more mechanisms are shown first.
import type { AtlasGraph } from './build-graph';
import type { EdgeFilter } from './neighbourhood';
import { flowSteps } from './relation-direction';
import type { GraphPath } from './shortest-paths';
import type { EvidenceLevel } from './types';
import { yenPaths } from './yen-paths';

/** What a step costs by the evidence behind it: firm findings are cheap, ideas and disputed findings dear. */
const EVIDENCE_COST: Record<EvidenceLevel, number> = {
  textbook: 1,
  established: 1,
  clinical: 1.25,
  preclinical: 1.5,
  hypothesis: 3,
  contested: 5,
};

/** How much passing through a node costs per unit of the logarithm of its number of relationships (beyond two). */
const HUB_WEIGHT = 1;

/** Relations that say what something is or where it is, not what it does: a mechanism step through them costs more. */
const STRUCTURAL = new Set<string>(['is-a', 'part-of', 'located-in', 'expressed-in']);
const STRUCTURAL_FACTOR = 3;

interface Step {
  edge: string;
  cost: number;
}

/**
 * The cost of walking `edge` into `next`: its evidence (doubled for a structural relation), plus a penalty for passing
 * through `next` that grows with the logarithm of its relationships, none for a plain link with two, none at the end.
 */
function stepCost(graph: AtlasGraph, edge: string, next: string, end: string): number {
  const attributes = graph.getEdgeAttributes(edge);
  const evidence = EVIDENCE_COST[attributes.evidence] * (STRUCTURAL.has(attributes.relation) ? STRUCTURAL_FACTOR : 1);
  if (next === end) return evidence;
  return evidence + HUB_WEIGHT * Math.log(Math.max(1, graph.degree(next) / 2));
}

const arc = (from: string, to: string) => `${from}\u0000${to}`;

/** The cheapest usable step from each neighbour reachable along the relationships. */
function cheapestSteps(graph: AtlasGraph, node: string, end: string, keepEdge: EdgeFilter): Map<string, Step> {
  const best = new Map<string, Step>();
  for (const { edge, next } of flowSteps(graph, node, 'downstream', keepEdge)) {
    const cost = stepCost(graph, edge, next, end);
    const kept = best.get(next);
    if (!kept || cost < kept.cost) best.set(next, { edge, cost });
  }
  return best;
}

/** A small binary heap of [cost, node], ordered by cost and then by node id so that results are stable. */
class Frontier {
  readonly #items: [number, string][] = [];
  get size(): number {
    return this.#items.length;
  }
  #before(a: [number, string], b: [number, string]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  #swap(i: number, j: number): void {
    const items = this.#items;
    [items[i], items[j]] = [items[j] as [number, string], items[i] as [number, string]];
  }
  push(item: [number, string]): void {
    const items = this.#items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#before(items[index] as [number, string], items[parent] as [number, string])) break;
      this.#swap(index, parent);
      index = parent;
    }
  }
  pop(): [number, string] | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        let smallest = index;
        for (const child of [left, left + 1]) {
          const candidate = items[child];
          if (candidate && this.#before(candidate, items[smallest] as [number, string])) smallest = child;
        }
        if (smallest === index) break;
        this.#swap(index, smallest);
        index = smallest;
      }
    }
    return top;
  }
}

interface Found {
  nodes: string[];
  edges: string[];
  cost: number;
}

/** Dijkstra's cheapest path from `from` to `to`, avoiding some nodes and some steps. */
function cheapestPath(
  graph: AtlasGraph,
  from: string,
  to: string,
  keepEdge: EdgeFilter,
  blockedNodes: ReadonlySet<string>,
  blockedArcs: ReadonlySet<string>,
): Found | undefined {
  const cost = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, { node: string; edge: string }>();
  const done = new Set<string>();
  const frontier = new Frontier();
  frontier.push([0, from]);
  while (frontier.size > 0) {
    const [reached, node] = frontier.pop() ?? [0, from];
    if (done.has(node)) continue;
    done.add(node);
    if (node === to) break;
    for (const [next, step] of cheapestSteps(graph, node, to, keepEdge)) {
      if (done.has(next) || blockedNodes.has(next) || blockedArcs.has(arc(node, next))) continue;
      const total = reached + step.cost;
      if (total < (cost.get(next) ?? Infinity)) {
        cost.set(next, total);
        previous.set(next, { node, edge: step.edge });
        frontier.push([total, next]);
      }
    }
  }
  if (!done.has(to)) return undefined;
  const nodes = [to];
  const edges: string[] = [];
  for (let node = to; node !== from;) {
    const back = previous.get(node);
    if (!back) return undefined;
    nodes.unshift(back.node);
    edges.unshift(back.edge);
    node = back.node;
  }
  return { nodes, edges, cost: cost.get(to) ?? 0 };
}

/** How many of a path's inner nodes are mechanisms: the steps that explain how, not only that. */
function mechanismCount(graph: AtlasGraph, nodes: readonly string[]): number {
  return nodes.slice(1, -1).filter((node) => graph.getNodeAttribute(node, 'kind') === 'mechanism').length;
}

/** What a path's steps cost (the sum of its steps' costs, as `cheapestPath` counts them). */
function pathCost(graph: AtlasGraph, nodes: readonly string[], edges: readonly string[], end: string): number {
  return edges.reduce((total, edge, index) => total + stepCost(graph, edge, nodes[index + 1] ?? end, end), 0);
}

/**
 * Up to `count` cheapest simple paths from `from` to `to` that follow relationships in their direction (Yen's
 * algorithm over Dijkstra). They are ordered to explain: the path through the most mechanisms first (a shortcut such
 * as "ketamine increases BDNF, BDNF increases synaptogenesis" says that, the chain through disinhibition and the
 * glutamate burst says how), then the cheapest, ties to the path whose node ids sort first; a direct relationship
 * between the two comes last.
 */
export function mechanismPaths(
  graph: AtlasGraph,
  from: string,
  to: string,
  count = 3,
  keepEdge: EdgeFilter = () => true,
): GraphPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to || count < 1) return [];
  // A relationship joining the two ends directly is the claim to explain, not its mechanism: it comes last.
  const direct = cheapestSteps(graph, from, to, keepEdge).get(to);
  const directPath = direct ? [{ nodes: [from, to], edges: [direct.edge] }] : [];
  const chains = count - directPath.length;
  const directArc = new Set([arc(from, to)]);
  const first = chains > 0 ? cheapestPath(graph, from, to, keepEdge, new Set(), directArc) : undefined;
  if (!first) return directPath;

  const found = yenPaths(first, chains, {
    spurPath: (spur, blockedNodes, blockedArcs) => cheapestPath(graph, spur, to, keepEdge, blockedNodes, blockedArcs),
    step: arc,
    detour: (nodes, last, index, spurPath) => {
      const edges = [...last.edges.slice(0, index), ...spurPath.edges];
      return { nodes, edges, cost: pathCost(graph, nodes, edges, to) };
    },
    compare: (a, b) => a.cost - b.cost,
    blocked: directArc,
  });
  const explaining = found
    .map((path) => ({ ...path, mechanisms: mechanismCount(graph, path.nodes) }))
    .sort((a, b) => b.mechanisms - a.mechanisms || a.cost - b.cost);
  return [...explaining.map(({ nodes, edges }) => ({ nodes, edges })), ...directPath];
}
