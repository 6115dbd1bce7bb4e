// Draws a graph with a reference renderer (naive Cytoscape.js or sigma.js) in a fresh page and measures it:
// navigation → drawn, heap, longest task and the scripted pan/zoom. Slow runs stop at a time-out.
import type { FrameStats } from '../lib/pan-zoom';
import type { BenchWindow, ReferenceState } from '../lib/protocol';
import type { BrowserHost } from './browser-host';
import type { ReferenceRun } from './results';

/** How long to try reading the heap of a page that timed out (it may be stuck in one long script). */
const HEAP_AT_TIMEOUT_WAIT_MS = 5_000;

export interface ReferenceSpec {
  renderer: ReferenceRun['renderer'];
  graph: ReferenceRun['graph'];
  /** Address of the graph file; when `body` is given, the page's request for it is answered with it. */
  graphUrl: string;
  body?: string;
  nodes: number;
  edges: number;
  canvas: { width: number; height: number };
  timeoutMs: number;
  panZoomBudgetMs: number;
}

export async function measureReference(host: BrowserHost, pageUrl: string, spec: ReferenceSpec): Promise<ReferenceRun> {
  const run: ReferenceRun = {
    renderer: spec.renderer,
    graph: spec.graph,
    outcome: 'failed',
    nodes: spec.nodes,
    edges: spec.edges,
  };
  const { context, page } = await host.open();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  try {
    const body = spec.body;
    if (body !== undefined) {
      await context.route(`**${spec.graphUrl}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
    }
    const query = new URLSearchParams({
      renderer: spec.renderer,
      graph: spec.graphUrl,
      width: String(Math.round(spec.canvas.width)),
      height: String(Math.round(spec.canvas.height)),
    });
    // Only until the response starts: a page busy drawing may not reach its load event for a long time.
    await page.goto(`${pageUrl}?${query}`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () => {
          const state = (window as unknown as BenchWindow).benchReference;
          return state !== undefined && state.status !== 'loading';
        },
        null,
        { timeout: spec.timeoutMs, polling: 100 },
      );
    } catch (error) {
      if (crashed) throw new Error('the page crashed (out of memory?)', { cause: error });
      run.outcome = 'timed-out';
      run.readyMs = spec.timeoutMs;
      run.note = `not drawn within ${Math.round(spec.timeoutMs / 1000)} s`;
      // Between tasks (elements built, first frame still coming) the heap can be read: a lower bound.
      const heap = await Promise.race([
        page.evaluate(() => (window as unknown as BenchWindow).atlasBench.heapBytes()),
        new Promise<undefined>((resolve) => setTimeout(resolve, HEAP_AT_TIMEOUT_WAIT_MS)),
      ]).catch(() => undefined);
      if (heap !== undefined) run.heapBytes = heap;
      return run;
    }
    const state = await page.evaluate(() => (window as unknown as BenchWindow).benchReference as ReferenceState);
    if (state.status !== 'drawn') throw new Error(state.status === 'failed' ? state.message : state.status);
    run.outcome = 'drawn';
    Object.assign(run, {
      nodes: state.nodes,
      edges: state.edges,
      readyMs: state.readyMs,
      drawMs: state.readyMs - state.dataMs,
      longestTaskMs: await page.evaluate(
        (end) => (window as unknown as BenchWindow).atlasBench.longestTask(0, end),
        state.readyMs,
      ),
      heapBytes: await page.evaluate(() => (window as unknown as BenchWindow).atlasBench.heapBytes()),
    });
    if (spec.panZoomBudgetMs <= 0) return run;
    run.panZoom = await page.evaluate(
      (budget): Promise<FrameStats> => (window as unknown as BenchWindow).atlasBench.panZoom(budget),
      spec.panZoomBudgetMs,
    );
    if (run.panZoom.steps < run.panZoom.planned) {
      run.note = `pan/zoom stopped after ${run.panZoom.steps} of ${run.panZoom.planned} steps (time budget)`;
    }
  } catch (error) {
    run.outcome = 'failed';
    run.note = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await host.dispose(context);
  }
  return run;
}
