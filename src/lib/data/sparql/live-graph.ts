// Adds what a graph server answered to the live dataset's graph: new nodes placed in a ring around the node they were
// fetched for (so a view of everything loaded has somewhere to draw them), new edges once; nothing is ever replaced.
import type { AtlasGraph } from '../../graph/build-graph';
import type { Position } from '../../util/position';
import type { LiveEdge, LiveNode } from './to-model';

const RING = 160;

/** Adds `nodes` and `edges` not yet in `graph`; returns how many nodes and edges were new. */
export function addToGraph(
  graph: AtlasGraph,
  positions: Map<string, Position>,
  around: string | undefined,
  nodes: readonly LiveNode[],
  edges: readonly LiveEdge[],
): { nodes: number; edges: number } {
  const fresh = nodes.filter((node) => !graph.hasNode(node.id));
  const centre = (around !== undefined && positions.get(around)) || { x: 0, y: 0 };
  fresh.forEach((node, index) => {
    const { kind, label, synonyms, summary, ids, status, links } = node;
    graph.addNode(node.id, { kind, label, synonyms, summary, ids, status, links });
    const angle = (2 * Math.PI * index) / Math.max(1, fresh.length) + positions.size * 0.7;
    const radius = positions.size === 0 ? 0 : RING * (1 + Math.floor(positions.size / 40) * 0.25);
    positions.set(node.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
  let added = 0;
  for (const edge of edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const { id, source, target, relation, evidence, sources, note, claims, undirected } = edge;
    // A server's joins may name a cited work twice for one relationship; it is cited once.
    const attributes = { relation, evidence, sources: [...new Set(sources)], note, claims, undirected };
    if (undirected) graph.addUndirectedEdgeWithKey(id, source, target, attributes);
    else graph.addDirectedEdgeWithKey(id, source, target, attributes);
    added += 1;
  }
  return { nodes: fresh.length, edges: added };
}
