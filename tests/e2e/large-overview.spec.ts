// A large graph whole: the wide Hetionet dataset opens on its summary, is drawn whole by the overview renderer
// (sigma.js), opens a node's neighbourhood in the detail view and comes back, and filters by kind and relationship.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cancelDrawingAsItStarts, collectErrors, openAtlas, openDatasetId, waitForCameraToSettle } from './helpers';

const rendererShown = (page: Page) => page.evaluate(() => window.atlas.renderer?.chosen);

/** How many nodes and relationships the overview renderer draws (not hidden by a filter). */
function drawnByOverview(page: Page) {
  return page.evaluate(() => {
    const sigma = window.atlas.sigma;
    if (!sigma) return null;
    const graph = sigma.getGraph();
    const nodes = graph.filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden).length;
    const edges = graph.filterEdges((edge) => !sigma.getEdgeDisplayData(edge)?.hidden).length;
    return { nodes, edges, order: graph.order, size: graph.size };
  });
}

/** Clicks a node where the overview renderer draws it, once the camera has stopped moving. */
async function clickOverviewNode(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.atlas.sigma?.getCamera().isAnimated())).toBe(false);
  const point = await page.evaluate((wanted) => {
    const sigma = window.atlas.sigma;
    const graph = window.atlas.graph;
    const id = graph.findNode((_node, attributes) => attributes.label === wanted);
    if (!sigma || !id) return null;
    // The overview renderer keeps each node's drawn position on the graph, in graph coordinates.
    const place = graph.getNodeAttributes(id) as unknown as { x: number; y: number };
    const onScreen = sigma.graphToViewport({ x: place.x, y: place.y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + onScreen.x, y: box.top + onScreen.y };
  }, label);
  expect(point).not.toBeNull();
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
}

/** The summary's landmarks drawn without a label, and the boxes' titles that run into a landmark's label. */
function summaryCollisions(page: Page) {
  return page.evaluate(() => {
    const cy = window.atlas.cy;
    const labelBox = (element: ReturnType<typeof cy.nodes>) =>
      element.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeOverlays: false });
    const landmarks = cy.nodes('.overview-landmark');
    const unlabelled = landmarks.filter((node) => !node.hasClass('labelled')).map((node) => String(node.data('label')));
    const crossing: string[] = [];
    cy.nodes('[decoration = "group"]').forEach((group) => {
      const title = labelBox(group);
      landmarks.forEach((node) => {
        const label = labelBox(node);
        const apart = label.x2 <= title.x1 || title.x2 <= label.x1 || label.y2 <= title.y1 || title.y2 <= label.y1;
        if (!apart) crossing.push(`${String(group.data('label'))} × ${String(node.data('label'))}`);
      });
    });
    return { landmarks: landmarks.length, unlabelled, crossing };
  });
}

async function openWide(page: Page): Promise<void> {
  await openAtlas(page, '/?dataset=hetionet-wide');
  await expect.poll(() => openDatasetId(page), { timeout: 90_000 }).toBe('hetionet-wide');
}

test('the wide dataset opens on its summary, is drawn whole, opens a node in detail and goes back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  // A desktop screen's size, where the summary's boxes are wide and their titles long.
  await page.setViewportSize({ width: 1440, height: 900 });
  await openWide(page);
  const caption = page.getByRole('navigation', { name: 'Where you are' });
  await expect(caption).toContainText('Summary');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Kinds' })).toBeVisible();
  await expect(details.getByRole('button', { name: /^Genes and proteins/ })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('230,883 relationships');
  await waitForCameraToSettle(page);
  await page.screenshot({ path: test.info().outputPath('summary.png') });
  // Every kind's best connected nodes are named, and no box's title runs into them.
  const collisions = await summaryCollisions(page);
  expect(collisions.landmarks).toBeGreaterThanOrEqual(8);
  expect(collisions).toEqual({ landmarks: collisions.landmarks, unlabelled: [], crossing: [] });
  // The summary was drawn before every relationship was in the graph; the rest followed without being asked for.
  const marks = await page.waitForFunction(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime;
    const whole = at('atlas:dataset-whole');
    return whole === undefined ? null : { ready: at('atlas:dataset-ready') ?? Infinity, whole };
  });
  const { ready, whole: wholeAt } = (await marks.jsonValue()) ?? { ready: Infinity, whole: 0 };
  expect(ready).toBeLessThan(wholeAt);

  await page.getByRole('button', { name: 'Show everything' }).click();
  await expect.poll(() => rendererShown(page), { timeout: 60_000 }).toBe('sigma');
  await expect(caption).toContainText('The whole graph');
  const whole = await drawnByOverview(page);
  expect(whole?.edges).toBe(230_883);
  expect(whole?.nodes).toBe(whole?.order);
  // The picture is finished (nodes, relationships, then the hubs' labels) before it is looked at.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:overview-drawn').length > 0, null, {
    timeout: 60_000,
  });
  await page.screenshot({ path: test.info().outputPath('whole.png') });

  // Export: a PNG of what the overview draws, with the title, a legend of kinds and the emergency notice.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/hetionet.*wide.*\.png$/);
  const picture = test.info().outputPath('overview-export.png');
  await download.saveAs(picture);
  const bytes = readFileSync(picture);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);

  // The overview drawn now is the one Back brings again, not a second drawing of it.
  await page.evaluate(() => Object.assign(window, { drawnOverview: window.atlas.sigma }));
  await clickOverviewNode(page, 'UBC');
  await expect(details.getByRole('heading', { name: 'UBC', level: 2 })).toBeVisible({ timeout: 30_000 });
  await expect(caption).toContainText('Around UBC');
  await expect.poll(() => rendererShown(page)).not.toBe('sigma');
  await expect.poll(() => page.evaluate(() => window.atlas.cy.nodes().length)).toBeGreaterThan(10);

  await expect(details.getByRole('button', { name: /^Show all [\d,]+ “/ }).first()).toBeVisible();

  await caption.getByRole('button', { name: 'Back to the overview' }).click();
  await expect.poll(() => rendererShown(page), { timeout: 60_000 }).toBe('sigma');
  await expect(caption).toContainText('The whole graph');
  expect(await page.evaluate(() => window.atlas.sigma === Reflect.get(window, 'drawnOverview'))).toBe(true);
  expect(errors).toEqual([]);
});

test('the whole graph is drawn with progress, and Cancel goes back to the summary', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openWide(page);
  const caption = page.getByRole('navigation', { name: 'Where you are' });
  await expect(caption).toContainText('Summary');
  // sigma's first look at a quarter of a million relationships is done in slices, under a progress card.
  expect(await cancelDrawingAsItStarts(page, 'Show everything')).toBe(true);
  await expect(page.getByRole('status', { name: 'Drawing' })).toBeHidden();
  await expect(caption).toContainText('Summary');
  await expect(page).not.toHaveURL(/layout=force/);
  expect(await rendererShown(page)).not.toBe('sigma');

  // Asked for again and left to finish, every relationship is drawn.
  await page.getByRole('button', { name: 'Show everything' }).click();
  await expect.poll(() => rendererShown(page), { timeout: 60_000 }).toBe('sigma');
  await expect(caption).toContainText('The whole graph');
  expect((await drawnByOverview(page))?.edges).toBe(230_883);
  expect(errors).toEqual([]);
});

test('the summary opens one kind, or one type of relationship, whole in the overview renderer', async ({ page }) => {
  test.setTimeout(180_000);
  await openWide(page);
  const details = page.getByRole('region', { name: 'Details' });
  const caption = page.getByRole('navigation', { name: 'Where you are' });

  await details.getByRole('button', { name: /^Drugs \d/ }).click();
  await expect(caption).toContainText('Drugs');
  await expect.poll(() => rendererShown(page), { timeout: 60_000 }).toBe('sigma');
  await expect
    .poll(async () => (await drawnByOverview(page))?.nodes)
    .toBe(
      await page.evaluate(
        () => window.atlas.graph.filterNodes((_node, attributes) => attributes.kind === 'drug').length,
      ),
    );
  await expect(page).toHaveURL(/kinds=drug/);

  await caption.getByRole('button', { name: 'Summary' }).click();
  await details.getByRole('button', { name: /^Show all \d+ relationship types/ }).click();
  await details.getByRole('button', { name: /^Drug treats condition/ }).click();
  await expect(page).toHaveURL(/relations=treats/);
  await expect(caption).toContainText('Drugs and conditions: treats');
  const treats = await page.evaluate(
    () => window.atlas.graph.filterEdges((_edge, attributes) => attributes.relation === 'treats').length,
  );
  await expect.poll(async () => (await drawnByOverview(page))?.edges).toBe(treats);
  await page.screenshot({ path: test.info().outputPath('treats.png') });
});

test('a gene searched for from the whole graph opens in detail', async ({ page }) => {
  test.setTimeout(180_000);
  await openAtlas(page, '/?dataset=hetionet-wide&layout=force');
  await expect.poll(() => rendererShown(page), { timeout: 90_000 }).toBe('sigma');
  await page.getByRole('combobox', { name: 'Search the graph' }).fill('SLC6A4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'SLC6A4' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Where you are' })).toContainText('Around SLC6A4');
  await expect.poll(() => rendererShown(page)).not.toBe('sigma');
});

test("a filter that leaves a hub's neighbourhood with its centre alone says what it hides, and gives it back", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const brain = encodeURIComponent('Anatomy::UBERON:0000955');
  await openAtlas(page, `/?dataset=hetionet-wide&focus=${brain}&depth=1`);
  await expect.poll(() => openDatasetId(page), { timeout: 90_000 }).toBe('hetionet-wide');
  const caption = page.getByRole('navigation', { name: 'Where you are' });
  await expect(caption).toContainText('Around brain');
  const filters = page.getByRole('group', { name: 'Filters' });
  // Hetionet's relationships are all below "Established": nothing around the brain is left.
  await filters.getByLabel('Evidence at least').selectOption({ label: 'Established' });
  const stage = page.getByRole('region', { name: 'Graph' });
  const cutShort = stage.getByRole('status').filter({ hasText: 'No relationship of brain' });
  await expect(cutShort).toContainText('is at least “Established”: the evidence filter hides 8,780 nodes around it.');
  await expect(filters).toContainText('Hides 8,780 nodes left with no firm enough link');
  await expect(caption).toContainText('Around brain');
  await page.screenshot({ path: test.info().outputPath('cut-short.png') });
  await cutShort.getByRole('button', { name: 'Any evidence' }).click();
  await expect(cutShort).toHaveCount(0);
  await expect(filters.getByLabel('Evidence at least')).toHaveValue('');
  await expect.poll(() => page.evaluate(() => window.atlas.cy.nodes().length)).toBeGreaterThan(100);
});
