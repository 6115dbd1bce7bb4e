// Every view is legible: measured from Cytoscape's own rendered values at desktop, laptop and tablet sizes.
import { expect, test } from '@playwright/test';
import { openAtlas, waitForCameraToSettle } from './helpers';
import { measureLegibility } from './legibility-probe';

const SIZES = [
  { name: '1440 × 900', viewport: { width: 1440, height: 900 }, touch: false },
  { name: '1024 × 768', viewport: { width: 1024, height: 768 }, touch: false },
  { name: '768 × 1024 tablet', viewport: { width: 768, height: 1024 }, touch: true },
];

/** The views a reader meets most; `focused` views must fill at least half the canvas with what they emphasise. */
const VIEWS = [
  { name: 'the first screen', path: '/', focused: false },
  { name: 'two steps around ketamine', path: '/?focus=drug:ketamine&depth=2&around=drug:ketamine', focused: true },
  {
    name: 'one step around the NMDA receptor',
    path: '/?focus=receptor:nmda&depth=1&around=receptor:nmda',
    focused: true,
  },
  { name: 'lanes', path: '/?layout=lanes', focused: false },
  { name: 'a path', path: '/?from=drug:fluoxetine&to=mechanism:neurogenesis', focused: true },
  { name: 'a tour step', path: '/?tour=ketamine-fast-acting&step=4', focused: true },
  { name: 'a group', path: '/?group=glutamate', focused: false },
];

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch });

    for (const view of VIEWS) {
      test(`${view.name} is legible`, async ({ page }) => {
        await openAtlas(page, view.path);
        await waitForCameraToSettle(page);
        const measured = await measureLegibility(page);
        await page.screenshot({ path: test.info().outputPath('canvas.png') });
        const report = JSON.stringify({ ...measured, labels: measured.labels.slice(0, 8) });
        expect(measured.fullStrength, report).toBeGreaterThan(0);
        expect(measured.labelledShare, report).toBeGreaterThanOrEqual(0.8);
        expect(measured.overlaps, report).toBeLessThanOrEqual(2);
        if (view.focused) expect(measured.emphasisSpan, report).toBeGreaterThanOrEqual(0.5);
        if (view.path === '/') expect(measured.labelledLandmarks, report).toBeGreaterThanOrEqual(12);
      });
    }
  });
}

test('the overview is drawn with its labels from its first frame, not labelled a moment later', async ({ page }) => {
  // Looks at the graph every frame from the start: the first look that finds nodes says whether they were labelled.
  await page.addInitScript(() => {
    const look = () => {
      const cy = (window as { atlas?: { cy?: import('cytoscape').Core } }).atlas?.cy;
      if (!cy || cy.nodes('.overview-landmark').empty()) {
        requestAnimationFrame(look);
        return;
      }
      const landmarks = cy.nodes('.overview-landmark');
      Object.assign(window, {
        firstLook: { landmarks: landmarks.length, labelled: landmarks.filter('.labelled').length },
      });
    };
    requestAnimationFrame(look);
  });
  await openAtlas(page, '/');
  const first = await page.waitForFunction(() => Reflect.get(window, 'firstLook') as unknown);
  const { landmarks, labelled } = (await first.jsonValue()) as { landmarks: number; labelled: number };
  expect(landmarks).toBeGreaterThanOrEqual(12);
  expect(labelled).toBe(landmarks);
});
