// The walk both heap measures of the graph-server bench make, in Node and in headless Chromium: one centre opened,
// then expansions, each the largest loaded node of at most `maxDegree` relationships not opened yet, each timed.
import type { LiveSource } from '../../src/lib/data/sparql/live-source';

/** What the walk in a browser page is given: the server, the mapping, where to start and how far to go. */
export interface LiveWalkInput {
  endpoint: string;
  graph: string;
  mapping: unknown;
  first: string;
  expansions: number;
  maxDegree: number;
  degrees: Record<string, number>;
}

export interface LiveWalk {
  expansions: number;
  /** Each expansion's time (ms) and its node's relationships, in order. */
  times: number[];
  degrees: number[];
  nodes: number;
  edges: number;
}

export async function expandLargest(
  live: LiveSource,
  first: string,
  count: number,
  degreeOf: (id: string) => number,
  maxDegree: number,
): Promise<LiveWalk> {
  const opened = new Set([first]);
  const walk: LiveWalk = { expansions: 0, times: [], degrees: [], nodes: 0, edges: 0 };
  await live.open(first);
  for (let expansion = 0; expansion < count; expansion++) {
    let next: string | undefined;
    for (const id of live.fetched.nodes.keys())
      if (!opened.has(id) && degreeOf(id) <= maxDegree && (next === undefined || degreeOf(id) > degreeOf(next)))
        next = id;
    if (next === undefined) break;
    opened.add(next);
    const started = performance.now();
    const result = await live.open(next);
    if (result.kind !== 'loaded') continue;
    walk.times.push(performance.now() - started);
    walk.degrees.push(degreeOf(next));
  }
  walk.expansions = opened.size - 1;
  walk.nodes = live.fetched.nodes.size;
  walk.edges = live.fetched.edges.size;
  return walk;
}
