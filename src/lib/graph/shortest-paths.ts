// Up to k shortest paths between two nodes (Yen's algorithm over breadth-first search), following edges either way.
import type { AtlasGraph } from './build-graph';
import { evidenceRank } from './evidence';
import type { EdgeFilter } from './neighbourhood';
import { yenPaths } from './yen-paths';

export interface GraphPath {
  nodes: string[];
  /** `edges[i]` joins `nodes[i]` and `nodes[i + 1]`. */
  edges: string[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The firmest usable edge between two adjacent nodes (ties broken by id, so results are stable). */
function bestEdge(graph: AtlasGraph, a: string, b: string, keepEdge: EdgeFilter): string | undefined {
  let best: string | undefined;
  for (const edge of [...graph.edges(a, b), ...graph.edges(b, a)]) {
    if (!keepEdge(edge)) continue;
    if (
      best === undefined ||
      evidenceRank(graph.getEdgeAttribute(edge, 'evidence')) < evidenceRank(graph.getEdgeAttribute(best, 'evidence')) ||
      (graph.getEdgeAttribute(edge, 'evidence') === graph.getEdgeAttribute(best, 'evidence') && edge < best)
    ) {
      best = edge;
    }
  }
  return best;
}

function sortedNeighbours(graph: AtlasGraph, node: string, keepEdge: EdgeFilter): string[] {
  const neighbours = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (keepEdge(edge)) neighbours.add(source === node ? target : source);
  });
  return [...neighbours].sort();
}

function breadthFirst(
  graph: AtlasGraph,
  from: string,
  to: string,
  keepEdge: EdgeFilter,
  blockedNodes: ReadonlySet<string>,
  blockedPairs: ReadonlySet<string>,
): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of sortedNeighbours(graph, node, keepEdge)) {
        if (previous.has(neighbour) || blockedNodes.has(neighbour) || blockedPairs.has(pairKey(node, neighbour)))
          continue;
        previous.set(neighbour, node);
        if (neighbour === to) {
          const path = [to];
          let current = to;
          while (current !== from) {
            current = previous.get(current) ?? from;
            path.unshift(current);
          }
          return path;
        }
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return undefined;
}

function toGraphPath(graph: AtlasGraph, nodes: string[], keepEdge: EdgeFilter): GraphPath {
  const edges = nodes.slice(1).map((node, index) => bestEdge(graph, nodes[index] ?? '', node, keepEdge) ?? '');
  return { nodes, edges };
}

export function shortestPaths(
  graph: AtlasGraph,
  from: string,
  to: string,
  count = 3,
  keepEdge: EdgeFilter = () => true,
): GraphPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const first = breadthFirst(graph, from, to, keepEdge, new Set(), new Set());
  if (!first) return [];

  const found = yenPaths({ nodes: first }, count, {
    spurPath: (spur, blockedNodes, blockedPairs) => {
      const nodes = breadthFirst(graph, spur, to, keepEdge, blockedNodes, blockedPairs);
      return nodes && { nodes };
    },
    step: pairKey,
    detour: (nodes) => ({ nodes }),
    compare: (a, b) => a.nodes.length - b.nodes.length,
  });
  return found.map(({ nodes }) => toGraphPath(graph, nodes, keepEdge));
}
