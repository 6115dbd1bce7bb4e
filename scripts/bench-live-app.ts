// `npm run bench`, graph-server part, in the app itself: the built app connected to the Virtuoso of scripts/bench-live.ts,
// a node opened from the search box, then 20 expansions by tapping drawn nodes, as a reader would. Reports each
// expansion's time from the tap to the new neighbourhood drawn, and the page's heap before and after.
import { serveBuiltApp } from './bench-browser.ts';
import type { Page } from '@playwright/test';
import { errorMessage } from '../src/lib/util/error-message.ts';

export interface AppWalkInput {
  appDir: string;
  port: number;
  endpoint: string;
  graph: string;
  /** The node opened first, and its label to type in the search box. */
  first: { id: string; label: string };
  expansions: number;
  maxDegree: number;
  degrees: ReadonlyMap<string, number>;
}

export interface AppWalk {
  expansions: number;
  /** Each expansion's time (ms) from the tap to its neighbourhood in the page's graph. */
  loadedTimes: number[];
  /** Each expansion's time (ms) from the tap to its neighbourhood drawn (layout, camera animations, canvas settled). */
  times: number[];
  nodes: number;
  edges: number;
  /** The page's used JS heap after a full GC: connected with nothing loaded, and after the expansions. */
  baselineBytes: number;
  heapBytes: number;
}

const VIEWPORT = { width: 1440, height: 900 };
const WAIT_MS = 60_000;

const loaded = (page: Page) =>
  page.evaluate(() => {
    const graph = (window as unknown as { atlas: { graph: { order: number; size: number } } }).atlas.graph;
    return { nodes: graph.order, edges: graph.size };
  });

/** Waits until the graph-server strip says nothing is being asked (no "…") and the canvas has settled. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const strip = document.querySelector('section[aria-label="Graph server"]');
      return strip !== null && !strip.textContent?.includes('…');
    },
    undefined,
    { timeout: WAIT_MS, polling: 20 },
  );
  await page.locator('[data-settled="true"]').waitFor({ timeout: WAIT_MS });
}

/** The drawn node with the most relationships on the server (at most `maxDegree`) that was not opened yet. */
function nextToExpand(page: Page, opened: ReadonlySet<string>, input: AppWalkInput): Promise<string | undefined> {
  const candidates = Object.fromEntries(
    [...input.degrees].filter(([id, degree]) => degree <= input.maxDegree && !opened.has(id)),
  );
  return page.evaluate((degrees) => {
    const cy = (window as unknown as { atlas: { cy: { nodes(): { map<T>(f: (n: { id(): string }) => T): T[] } } } })
      .atlas.cy;
    let best: string | undefined;
    for (const id of cy.nodes().map((node) => node.id()))
      if (degrees[id] !== undefined && (best === undefined || (degrees[id] ?? 0) > (degrees[best] ?? 0))) best = id;
    return best;
  }, candidates);
}

export async function measureAppWalk(input: AppWalkInput): Promise<AppWalk | { unavailable: string }> {
  try {
    const served = await serveBuiltApp({ appDir: input.appDir, port: input.port });
    try {
      const page = await served.browser.newPage({ viewport: VIEWPORT });
      const address = new URLSearchParams({
        dataset: 'live',
        endpoint: input.endpoint,
        mapping: 'synapse-atlas',
        graph: input.graph,
      });
      await page.goto(`http://127.0.0.1:${input.port}/?${address}`);
      const strip = page.getByRole('region', { name: 'Graph server' });
      await strip.getByText('0 nodes and 0 relationships loaded').waitFor({ timeout: WAIT_MS });
      const cdp = await page.context().newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const baselineBytes = await heap();

      await page.getByRole('combobox', { name: 'Search the graph' }).fill(input.first.label);
      await page.getByRole('option', { name: input.first.label }).first().click({ timeout: WAIT_MS });
      await page.waitForFunction(
        () => (window as unknown as { atlas: { graph: { order: number } } }).atlas.graph.order > 1,
        undefined,
        {
          timeout: WAIT_MS,
        },
      );
      await idle(page);

      const opened = new Set([input.first.id]);
      const times: number[] = [];
      const loadedTimes: number[] = [];
      for (let expansion = 0; expansion < input.expansions; expansion++) {
        const next = await nextToExpand(page, opened, input);
        if (next === undefined) break;
        opened.add(next);
        const before = await loaded(page);
        const started = performance.now();
        await page.evaluate((id) => {
          const cy = (window as unknown as { atlas: { cy: { $id(id: string): { emit(event: string): void } } } }).atlas
            .cy;
          cy.$id(id).emit('tap');
        }, next);
        await page.waitForFunction(
          (counts) => {
            const graph = (window as unknown as { atlas: { graph: { order: number; size: number } } }).atlas.graph;
            return graph.order !== counts.nodes || graph.size !== counts.edges;
          },
          before,
          { timeout: WAIT_MS, polling: 10 },
        );
        loadedTimes.push(performance.now() - started);
        await idle(page);
        times.push(performance.now() - started);
      }
      const counts = await loaded(page);
      return { expansions: times.length, loadedTimes, times, ...counts, baselineBytes, heapBytes: await heap() };
    } finally {
      await served.close();
    }
  } catch (error) {
    return { unavailable: errorMessage(error) };
  }
}
