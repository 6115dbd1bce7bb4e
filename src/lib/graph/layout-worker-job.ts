// Runs ForceAtlas2 in a Web Worker on a set of nodes for a fixed running time, reporting progress; cancel keeps the
// old layout.
import type Graph from 'graphology';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AtlasGraph } from './build-graph';
import type { Position } from '../util/position';
import { IndexKeys } from './index-keys';
import { UndirectedGraph } from './safe-graph';
import { RunningTime } from '../util/running-time';
import { forEachInTimeSlices } from '../util/time-slices';

/** How often progress is reported, in milliseconds. */
const TICK_MS = 100;

export interface LayoutJob {
  /** Resolves with new positions, or null when cancelled. */
  result: Promise<Map<string, Position> | null>;
  cancel(): void;
}

/** Keeps the new layout at the size of the old one, so labels keep their spacing. */
function rescaled(working: Graph, keys: IndexKeys, start: ReadonlyMap<string, Position>): Map<string, Position> {
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values) || 1;
  const nodes = working.nodes();
  const before = nodes.map((node) => start.get(keys.id(node)) ?? { x: 0, y: 0 });
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
    positions.set(keys.id(node), { x: point.x * scale, y: point.y * scale });
  });
  return positions;
}

export function runLayoutInWorker(
  graph: AtlasGraph,
  nodes: ReadonlySet<string>,
  start: ReadonlyMap<string, Position>,
  options: { durationMs: number; onProgress: (fraction: number) => void },
): LayoutJob {
  // ForceAtlas2 keeps positions in objects keyed by node, so the working copy is keyed by index.
  const keys = new IndexKeys(nodes);
  const working = new UndirectedGraph({ allowSelfLoops: false });
  for (const node of nodes) {
    const position = start.get(node) ?? { x: 0, y: 0 };
    working.addNode(keys.key(node), { x: position.x, y: position.y, size: 1 });
  }
  const copying = new AbortController();
  let stop: () => void = () => {};
  // The relationships are copied a slice at a time: 50,000 of them took 75 ms in one go, while a new dataset opened.
  const copied = forEachInTimeSlices(
    graph.edgeEntries(),
    graph.size,
    ({ source, target }) => {
      if (source !== target && nodes.has(source) && nodes.has(target))
        working.mergeEdge(keys.key(source), keys.key(target));
    },
    { signal: copying.signal },
  );
  const result = copied.then(
    () => {
      if (copying.signal.aborted) return null;
      const job = runForceAtlas2(working, keys, start, options);
      stop = job.cancel;
      return job.result;
    },
    () => null,
  );
  return {
    result,
    cancel: () => {
      copying.abort();
      stop();
    },
  };
}

/** ForceAtlas2 on the working copy in its worker, for a running time; cancel keeps the old layout. */
function runForceAtlas2(
  working: Graph,
  keys: IndexKeys,
  start: ReadonlyMap<string, Position>,
  options: { durationMs: number; onProgress: (fraction: number) => void },
): LayoutJob {
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
    settle(rescaled(working, keys, start));
  };
  const timer = setInterval(() => {
    const fraction = Math.min(1, running.tick() / options.durationMs);
    options.onProgress(fraction);
    if (fraction >= 1) finish(true);
  }, TICK_MS);
  supervisor.start();
  return { result, cancel: () => finish(false) };
}
