// Shared steps for end-to-end tests: open the app, wait for the graph, click real canvas elements.
import { expect, type Page } from '@playwright/test';

/** Opens the app at `path` and waits until Cytoscape has drawn the graph. */
export async function openAtlas(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
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
  await expect(page.locator('[data-settled="true"]')).toBeVisible();
  await page.waitForFunction(() => {
    const cy = window.atlas?.cy;
    return cy !== undefined && !cy.animated();
  });
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

/** Clicks the middle of an edge where it is drawn on the canvas. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  await waitForCameraToSettle(page);
  const point = await page.evaluate((edgeId) => window.atlas.cy.$id(edgeId).renderedMidpoint(), id);
  await clickAtModelPoint(page, point);
}
