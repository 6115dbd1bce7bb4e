// The nodes within k steps of a node, following edges in either direction.
import type Graph from 'graphology';

export type EdgeFilter = (edge: string) => boolean;

export function neighbourhood(
  graph: Graph,
  centre: string,
  depth: number,
  keepEdge: EdgeFilter = () => true,
): Set<string> {
  const reached = new Set<string>([centre]);
  if (!graph.hasNode(centre)) return new Set();
  let frontier = [centre];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!keepEdge(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}
