// Runs ForceAtlas2 in a Web Worker on a set of nodes for a fixed running time, reporting progress; cancel keeps the
// old layout.
import Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AtlasGraph } from './build-graph';
import type { Position } from '../util/position';
import { RunningTime } from '../util/running-time';

/** How often progress is reported, in milliseconds. */
const TICK_MS = 100;

export interface LayoutJob {
  /** Resolves with new positions, or null when cancelled. */
  result: Promise<Map<string, Position> | null>;
  cancel(): void;
}

/** Keeps the new layout at the size of the old one, so labels keep their spacing. */
function rescaled(working: Graph, start: ReadonlyMap<string, Position>): Map<string, Position> {
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values) || 1;
  const nodes = working.nodes();
  const before = nodes.map((node) => start.get(node) ?? { x: 0, y: 0 });
  const after = nodes.map((node) => ({
    x: Number(working.getNodeAttribute(node, 'x')),
    y: Number(working.getNodeAttribute(node, 'y')),
  }));
  const scale = Math.max(
    spread(before.map((point) => point.x)) / spread(after.map((point) => point.x)),
    spread(before.map((point) => point.y)) / spread(after.map((point) => point.y)),
  );
  const positions = new Map<string, Position>();
  nodes.forEach((node, index) => {
    const point = after[index] ?? { x: 0, y: 0 };
    positions.set(node, { x: point.x * scale, y: point.y * scale });
  });
  return positions;
}

export function runLayoutInWorker(
  graph: AtlasGraph,
  nodes: ReadonlySet<string>,
  start: ReadonlyMap<string, Position>,
  options: { durationMs: number; onProgress: (fraction: number) => void },
): LayoutJob {
  const working = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) {
    const position = start.get(node) ?? { x: 0, y: 0 };
    working.addNode(node, { x: position.x, y: position.y, size: 1 });
  }
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target && nodes.has(source) && nodes.has(target)) working.mergeEdge(source, target);
  });
  const settings = { ...forceAtlas2.inferSettings(working), barnesHutOptimize: working.order > 500 };
  const supervisor = new FA2LayoutSupervisor(working, { settings });
  let settle: (value: Map<string, Position> | null) => void = () => {};
  const result = new Promise<Map<string, Position> | null>((resolve) => (settle = resolve));
  // The supervisor relays iterations through the main thread, so the layout runs only while the page is free:
  // its time is counted the same way, or a page busy drawing would end it before it had run.
  const running = new RunningTime(TICK_MS * 2.5);
  let finished = false;

  const finish = (keep: boolean) => {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    supervisor.stop();
    supervisor.kill();
    if (!keep) {
      settle(null);
      return;
    }
    settle(rescaled(working, start));
  };
  const timer = setInterval(() => {
    const fraction = Math.min(1, running.tick() / options.durationMs);
    options.onProgress(fraction);
    if (fraction >= 1) finish(true);
  }, TICK_MS);
  supervisor.start();
  return { result, cancel: () => finish(false) };
}
