// The graph-server bench's walk inside headless Chromium, without the app's UI: `window.liveWalk` reads a live
// dataset from the endpoint (cross-origin, as the app would) and makes the expansions, so the bench can read the
// page's heap afterwards. Built as one script by scripts/bench-live.ts.
import { LiveSource } from '../../src/lib/data/sparql/live-source';
import { readMapping } from '../../src/lib/data/sparql/mapping';
import { expandLargest, type LiveWalk, type LiveWalkInput } from '../lib/live-walk';

const page = window as unknown as { liveWalk: (input: LiveWalkInput) => Promise<LiveWalk>; live?: LiveSource };

page.liveWalk = (input) => {
  // Kept on the page, as the app keeps its live dataset, so the heap measured afterwards holds what was fetched.
  page.live = new LiveSource({ endpoint: input.endpoint, graph: input.graph, mapping: readMapping(input.mapping) });
  return expandLargest(page.live, input.first, input.expansions, (id) => input.degrees[id] ?? 0, input.maxDegree);
};
