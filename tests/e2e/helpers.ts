// Shared steps for end-to-end tests: open the app, wait for the graph, click real canvas elements.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens the app at `path` and waits until Cytoscape has drawn the graph. */
/** The screens every visual change is judged on: a laptop, a small projector and a touch tablet held upright. */
export const REVIEW_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
] as const;

/** The dataset the page has open, as `window.atlas` says; undefined before the first drawing. */
export function openDatasetId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window.atlas as { dataset?: string } | undefined)?.dataset);
}

export async function openAtlas(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}

/**
 * axe-core for the page, run in one pass inside it. The app has no frames, so axe's cross-frame mode (which opens a
 * second page to merge each frame's results) would only add seconds to every scan.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}

/** The serious and critical findings of an axe scan, each with its rule, help and first few places. */
export function seriousViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      where: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
}

/** Collects console errors and uncaught page errors for the life of the page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits for the camera and the nodes to come to rest (and the labels to be placed), so screen positions are final. */
export async function waitForCameraToSettle(page: Page): Promise<void> {
  // A large view (lanes of the whole graph on a tablet) can take a while to draw and label on a busy machine.
  await expect(page.locator('[data-settled="true"]')).toBeVisible({ timeout: 30_000 });
  // Settled and still for a moment: a late resize (the first layout of the page) may lay the view out once more.
  await page.waitForFunction(
    () => {
      const still = window as unknown as { settledSince?: number };
      const cy = window.atlas?.cy;
      const settled = document.querySelector('[data-settled]')?.getAttribute('data-settled') === 'true';
      if (!settled || cy === undefined || cy.animated()) {
        still.settledSince = undefined;
        return false;
      }
      still.settledSince ??= performance.now();
      return performance.now() - still.settledSince >= 300;
    },
    undefined,
    { polling: 50 },
  );
}

async function clickAtModelPoint(page: Page, point: { x: number; y: number }): Promise<void> {
  const box = await page.locator('[data-ready="true"]').boundingBox();
  if (!box) throw new Error('The graph canvas has no size');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** Clicks a node where it is drawn on the canvas, like a person with a mouse. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await waitForCameraToSettle(page);
  const point = await page.evaluate((nodeId) => window.atlas.cy.$id(nodeId).renderedPosition(), id);
  await clickAtModelPoint(page, point);
}

/**
 * Clicks a spot of the canvas that no node or edge covers, found by scanning from the bottom-left corner: a dense
 * graph leaves no corner reliably empty.
 */
export async function clickEmptyBackground(page: Page): Promise<void> {
  await waitForCameraToSettle(page);
  const point = await page.evaluate(() => {
    const cy = window.atlas.cy;
    const margin = 16;
    const nodes = cy.nodes(':visible').map((node) => ({
      position: node.renderedPosition(),
      radius: Math.max(node.renderedOuterWidth(), node.renderedOuterHeight()) / 2 + margin,
    }));
    const segments = cy
      .edges(':visible')
      .map((edge) => [edge.source().renderedPosition(), edge.target().renderedPosition()]);
    const distanceToSegment = (
      p: { x: number; y: number },
      a: { x: number; y: number },
      b: { x: number; y: number },
    ) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    // Keep clear of the zoom and export buttons along the top right.
    for (let y = cy.height() - margin; y > 80; y -= 8) {
      for (let x = margin; x < cy.width() - 120; x += 8) {
        const spot = { x, y };
        const nearNode = nodes.some(({ position, radius }) => Math.hypot(x - position.x, y - position.y) < radius);
        const nearEdge = segments.some(([a, b]) => a && b && distanceToSegment(spot, a, b) < margin);
        if (!nearNode && !nearEdge) return spot;
      }
    }
    return undefined;
  });
  if (!point) throw new Error('The canvas has no empty spot to click');
  await clickAtModelPoint(page, point);
}

/** Clicks the middle of an edge where it is drawn on the canvas. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  await waitForCameraToSettle(page);
  const point = await page.evaluate((edgeId) => window.atlas.cy.$id(edgeId).renderedMidpoint(), id);
  await clickAtModelPoint(page, point);
}

/**
 * Presses the button named `start`, then "Cancel drawing" the moment its progress appears (a drawing can be quick on
 * a fast machine); returns whether Cancel was pressed.
 */
export async function cancelDrawingAsItStarts(page: Page, start: string): Promise<boolean> {
  return page.evaluate(async (name) => {
    let pressed = false;
    const observer = new MutationObserver(() => {
      const cancel = document.querySelector<HTMLButtonElement>('[role="status"][aria-label="Drawing"] button');
      if (cancel && !pressed) {
        pressed = true;
        cancel.click();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === name)?.click();
    // A busy machine may take a few seconds to start drawing: wait for it, and no longer once Cancel is pressed.
    for (let waited = 0; !pressed && waited < 10_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return pressed;
  }, start);
}

/** Reads a value from the app's IndexedDB store, as it is kept there (undefined when there is none yet). */
export async function readStorage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (storeKey) =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open('synapse-atlas');
        request.onerror = () => resolve(undefined);
        request.onsuccess = () => {
          const database = request.result;
          try {
            const read = database.transaction('saved-work').objectStore('saved-work').get(storeKey);
            read.onsuccess = () => {
              database.close();
              resolve(read.result as unknown);
            };
            read.onerror = () => resolve(undefined);
          } catch {
            // The app has not made its store yet.
            database.close();
            resolve(undefined);
          }
        };
      }),
    key,
  );
}
