// Deterministic force-directed positions: seeded start, ForceAtlas2, then overlap removal.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { hashString, seededRandom } from '../util/hash.ts';
import type { Position } from '../util/position.ts';

export type { Position };

export interface ForceLayoutOptions {
  iterations?: number;
  /** Space kept free around each node, in layout units. */
  nodeMargin?: number;
  /** Multiplies the result, so default label sizes read well at zoom 1. */
  scale?: number;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Positions every node of `graph` without touching it. The same graph (same node and edge keys)
 * always gives the same positions, so screenshots and shared views are stable.
 */
export function forceLayout(graph: Graph, options: ForceLayoutOptions = {}): Map<string, Position> {
  const { iterations = 500, nodeMargin = 14, scale = 1.6 } = options;
  // Nodes and edges go into the working copy in sorted order: the forces are summed in that order, so the
  // result must not depend on the order the data happened to list them in.
  const working = graph.nullCopy({ type: 'undirected', multi: false });
  const nodes = graph.nodes().sort();
  const random = seededRandom(hashString(nodes.join('\n')));
  for (const node of nodes) {
    const angle = random() * 2 * Math.PI;
    const radius = 10 + random() * 90;
    working.addNode(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius, size: 10 });
  }
  const pairs: [string, string][] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) pairs.push(source < target ? [source, target] : [target, source]);
  });
  pairs.sort((p, q) => compare(p[0], q[0]) || compare(p[1], q[1]));
  for (const [source, target] of pairs) working.mergeEdge(source, target);

  const settings = forceAtlas2.inferSettings(working);
  forceAtlas2.assign(working, {
    iterations,
    settings: {
      ...settings,
      gravity: 0.6,
      scalingRatio: 20,
      outboundAttractionDistribution: true,
      strongGravityMode: false,
      barnesHutOptimize: false,
    },
  });
  noverlap.assign(working, { maxIterations: 300, settings: { margin: nodeMargin, ratio: 1.5 } });

  const positions = new Map<string, Position>();
  working.forEachNode((node, attributes) => {
    positions.set(node, { x: Number(attributes.x) * scale, y: Number(attributes.y) * scale });
  });
  return positions;
}
