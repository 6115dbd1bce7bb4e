// A large graph file to import (50,000 relationships of GraphML) and a watch on the page's animation frames and long
// tasks while it is read, parsed and built: shared by the bench (numbers) and the end-to-end test (no freeze).
import type { Page } from '@playwright/test';

export const LARGE_IMPORT = { nodes: 10_000, edges: 50_000 };
const KINDS = ['gene', 'drug', 'symptom', 'pathway'];

/** A GraphML file of 10,000 nodes of a few kinds and 50,000 weighted relationships, without positions. */
export function largeGraphml(): Buffer {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '<graph edgedefault="directed">',
  ];
  for (let index = 0; index < LARGE_IMPORT.nodes; index++)
    lines.push(
      `<node id="n${index}"><data key="label">Node ${index}</data><data key="kind">${KINDS[index % KINDS.length]}</data></node>`,
    );
  for (let index = 0; index < LARGE_IMPORT.edges; index++) {
    const source = index % LARGE_IMPORT.nodes;
    const target = (index * 7919 + 13) % LARGE_IMPORT.nodes;
    lines.push(`<edge source="n${source}" target="n${target}"><data key="weight">${(index % 100) / 10}</data></edge>`);
  }
  lines.push('</graph>', '</graphml>');
  return Buffer.from(lines.join('\n'));
}

/** Starts recording every animation frame and long task, to find the longest gaps before and after a moment. */
export async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = { frames: [performance.now()], tasks: [] as [number, number][] };
    Object.assign(window, { frameWatch: watch });
    const tick = (time: number) => {
      watch.frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
  });
}

export interface FrameTimes {
  /** The longest wait between two animation frames (ms). */
  gap: number;
  /** The longest main-thread task (ms). */
  task: number;
}

/** Waits until the app marks the imported graph built (asking only twice a second, so the wait adds no work). */
export async function waitForImportBuilt(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('atlas:import-built').length > 0, undefined, {
    polling: 500,
    timeout: 150_000,
  });
}

/** The longest frame gap and task before the graph was built (reading, parsing, building), and after it until now. */
export const framesAround = (page: Page): Promise<{ importing: FrameTimes; opening: FrameTimes }> =>
  page.evaluate(() => {
    const watch = (window as unknown as { frameWatch: { frames: number[]; tasks: [number, number][] } }).frameWatch;
    const built = performance.getEntriesByName('atlas:import-built')[0]?.startTime ?? Infinity;
    // A frame gap or task counts for the part of it before the moment the graph was built, and for the rest after.
    const longest = (from: number, to: number) => {
      let gap = 0;
      watch.frames.forEach((time, index) => {
        const previous = watch.frames[index - 1];
        if (previous !== undefined) gap = Math.max(gap, Math.min(time, to) - Math.max(previous, from));
      });
      const task = Math.max(
        0,
        ...watch.tasks.map(([start, length]) => Math.min(start + length, to) - Math.max(start, from)),
      );
      return { gap: Math.round(gap), task: Math.round(task) };
    };
    return { importing: longest(0, built), opening: longest(built, Infinity) };
  });
