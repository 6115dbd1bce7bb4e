// Opens the app in a fresh page, waits for its ready mark and measures the load; on request it then drives
// the interactions a reader would (pan/zoom, search, filter, layouts, PNG/SVG export) and times each.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import type { BenchGraph } from '../lib/bench-graph';
import type { FrameStats } from '../lib/pan-zoom';
import type { AppLoad, BenchWindow, DatasetSwitch, SearchStep, TimedStep } from '../lib/protocol';
import { median } from '../lib/stats';
import type { BrowserHost } from './browser-host';
import { isAvailable, type AppDetail, type AppRun, type FetchedFiles, type Measured } from './results';

/** Queries that find something in every shipped dataset (drug, gene symbol, receptor words). */
const SEARCH_QUERIES = ['fluoxetine', 'SLC6A4', 'glutamate', 'serotonin transporter'];
const EXPORTS = [
  { format: 'png', preset: 'Slide 16:9' },
  { format: 'svg', preset: 'Paper figure' },
] as const;
/** Generous: the machine the bench runs on may be busy with other work. */
const UI_TIMEOUT_MS = 15_000;
/** Datasets with more relationships than this are large in the app (see LARGE_EDGE_COUNT in atlas-dataset.ts). */
const LARGE_EDGE_COUNT = 2000;
const EXPORT_TIMEOUT_MS = 60_000;
/** Opening a hub's neighbourhood on a busy machine. */
const DETAIL_TIMEOUT_MS = 60_000;

/** What the bench reads of the app's graphology model through `window.atlas`. */
interface BenchModel {
  size: number;
  degree(node: string): number;
  forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void;
}

export interface AppPageOptions {
  url: string;
  readyMark: string;
  /** For a dataset, the page is ready when window.atlas.dataset is this id (the curated graph is marked first). */
  datasetId?: string;
  timeoutMs: number;
  probeUrl: string;
  appDir: string;
  /** Also drive the interactions (once per dataset; the other loads only time the start). */
  interact: boolean;
  panZoomBudgetMs: number;
}

type AppSession = Pick<
  AppRun,
  | 'panZoom'
  | 'search'
  | 'filter'
  | 'layouts'
  | 'exports'
  | 'showEverything'
  | 'detail'
  | 'backToOverview'
  | 'longestSessionTaskMs'
>;

export interface AppPageResult {
  load: AppLoad;
  initialJs: FetchedFiles;
  initialData: FetchedFiles;
  pageErrors: string[];
  /** What the app drew as it opened, and after Show everything (when offered). */
  drawnGraph?: BenchGraph;
  everythingGraph?: BenchGraph;
  session?: AppSession;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
}

async function attempt<T extends object>(action: () => Promise<T>): Promise<Measured<T>> {
  try {
    return await action();
  } catch (error) {
    return { unavailable: firstLine(error) };
  }
}

function measureFiles(appDir: string, paths: Iterable<string>): FetchedFiles {
  const files = [...new Set(paths)].filter((path) => {
    try {
      return statSync(join(appDir, path)).isFile();
    } catch {
      return false;
    }
  });
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(appDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

async function timeSearches(page: Page): Promise<AppRun['search']> {
  return attempt(async () => {
    const input = await page
      .getByRole('combobox', { name: 'Search the graph' })
      .elementHandle({ timeout: UI_TIMEOUT_MS });
    if (!input) throw new Error('no search box');
    const steps: SearchStep[] = [];
    for (const query of SEARCH_QUERIES) {
      steps.push(
        await page.evaluate(
          ([element, text]) =>
            (window as unknown as BenchWindow).atlasBench.timeSearch(element as HTMLInputElement, text),
          [input, query] as const,
        ),
      );
    }
    const times = steps.map((step) => step.ms);
    return {
      steps,
      medianMs: median(times),
      worstMs: Math.max(...times),
      longestTaskMs: Math.max(...steps.map((step) => step.longestTaskMs)),
    };
  });
}

const layoutSelect = (page: Page) => page.getByRole('combobox', { name: /^Layout\b/ });
const evidenceSelect = (page: Page) => page.getByLabel('Evidence at least', { exact: true });

/** Picks each value of a select in turn, timing until the graph has changed and settled. */
async function timeSelect(page: Page, locator: Locator, values: string[]): Promise<(TimedStep & { value: string })[]> {
  const select = await locator.elementHandle({ timeout: UI_TIMEOUT_MS });
  if (!select) throw new Error('no such select');
  const steps: (TimedStep & { value: string })[] = [];
  for (const value of values) {
    const step = await page.evaluate(
      ([element, option]) =>
        (window as unknown as BenchWindow).atlasBench.timeSelect(element as HTMLSelectElement, option),
      [select, value] as const,
    );
    steps.push({ ...step, value });
  }
  return steps;
}

async function optionValues(select: Locator): Promise<{ current: string; values: string[] }> {
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  return { current: await select.inputValue({ timeout: UI_TIMEOUT_MS }), values };
}

async function timeFilter(page: Page): Promise<AppRun['filter']> {
  return attempt(async () => {
    const { current, values } = await optionValues(evidenceSelect(page));
    const strict = values.includes('established') ? 'established' : values[Math.ceil(values.length / 2)];
    if (strict === undefined) throw new Error('no evidence levels to filter by');
    const steps = await timeSelect(page, evidenceSelect(page), [strict, current]);
    return steps.map(({ value, ...step }) => ({ ...step, action: value ? `evidence ≥ ${value}` : 'any evidence' }));
  });
}

async function timeLayouts(page: Page): Promise<AppRun['layouts']> {
  return attempt(async () => {
    const { current, values } = await optionValues(layoutSelect(page));
    const order = [...values.filter((value) => value !== current), current];
    const steps = await timeSelect(page, layoutSelect(page), order);
    return steps.map(({ value, ...step }) => ({ ...step, layout: value }));
  });
}

async function timeExports(page: Page): Promise<AppRun['exports']> {
  const opened = await attempt(async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('dialog', { name: 'Export' }).waitFor({ timeout: UI_TIMEOUT_MS });
    return {};
  });
  if (!isAvailable(opened)) return { png: opened, svg: opened };
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const results: Partial<AppRun['exports']> = {};
  for (const { format, preset } of EXPORTS) {
    results[format] = await attempt(async () => {
      const button = dialog.getByRole('button', { name: new RegExp(`^${preset}`) });
      await button.waitFor({ timeout: UI_TIMEOUT_MS });
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS }),
        button.click({ timeout: UI_TIMEOUT_MS }),
      ]);
      const ms = performance.now() - started;
      await download.delete();
      return { ms };
    });
  }
  await page.keyboard.press('Escape');
  return { png: results.png ?? { unavailable: 'not run' }, svg: results.svg ?? { unavailable: 'not run' } };
}

function timePanZoom(page: Page, budgetMs: number): Promise<Measured<FrameStats>> {
  return attempt(() =>
    page.evaluate(
      (budget): Promise<FrameStats> => (window as unknown as BenchWindow).atlasBench.panZoom(budget),
      budgetMs,
    ),
  );
}

/**
 * On a large dataset, opens the neighbourhood of its best-connected node from the search box, as a reader would, timed
 * from Enter until the detail view has drawn it. Says why when it did not open (filters and layouts would otherwise be
 * timed on the wrong view); nothing on a small dataset.
 */
async function openDetailIfLarge(page: Page): Promise<Measured<AppDetail> | undefined> {
  const hub = await page.evaluate((limit) => {
    const graph = (window as unknown as { atlas?: { graph?: BenchModel } }).atlas?.graph;
    if (!graph || graph.size <= limit) return null;
    let best = { label: '', degree: -1 };
    graph.forEachNode((node, attributes) => {
      const degree = graph.degree(node);
      if (degree > best.degree) best = { label: String(attributes.label), degree };
    });
    return best.label;
  }, LARGE_EDGE_COUNT);
  if (!hub) return undefined;
  const opened = await attempt(async (): Promise<AppDetail> => {
    const input = await page
      .getByRole('combobox', { name: 'Search the graph' })
      .elementHandle({ timeout: UI_TIMEOUT_MS });
    if (!input) throw new Error('no search box');
    const step = await page.evaluate(
      ([element, text]) =>
        (window as unknown as BenchWindow).atlasBench.timeSearchEnter(element as HTMLInputElement, text),
      [input, hub] as const,
    );
    await page
      .getByRole('navigation', { name: 'Where you are' })
      .getByText(`Around ${hub}`)
      .waitFor({ timeout: DETAIL_TIMEOUT_MS });
    return { ...step, hub };
  });
  return 'unavailable' in opened
    ? { unavailable: `the neighbourhood of ${hub} did not open: ${opened.unavailable}` }
    : opened;
}

/** From a large graph's detail view, Back to the overview, timed until the button has gone and two frames more. */
async function timeBackToOverview(page: Page): Promise<Measured<TimedStep>> {
  return attempt(async () => {
    const button = await page
      .getByRole('button', { name: 'Back to the overview', exact: true })
      .elementHandle({ timeout: UI_TIMEOUT_MS });
    if (!button) throw new Error('no Back to the overview button');
    return page.evaluate(
      (element) => (window as unknown as BenchWindow).atlasBench.timeUntilGone(element as HTMLElement),
      button,
    );
  });
}

/** Whether the open dataset is large, so Show everything hands it whole to the overview renderer. */
function isLarge(page: Page): Promise<boolean> {
  return page.evaluate((limit) => {
    const graph = (window as { atlas?: { graph?: { size: number } } }).atlas?.graph;
    return (graph?.size ?? 0) > limit;
  }, LARGE_EDGE_COUNT);
}

async function withReducedMotion<T>(page: Page, run: () => Promise<T>): Promise<T> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    return await run();
  } finally {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
}

/** Large datasets open on a part of the graph; Show everything draws as much as the app will draw at once. */
async function timeShowEverything(
  page: Page,
  budgetMs: number,
): Promise<{ result?: AppRun['showEverything']; graph?: BenchGraph }> {
  const button = page.getByRole('button', { name: 'Show everything', exact: true }).first();
  if ((await button.count()) === 0 || !(await button.isEnabled())) return {};
  let graph: BenchGraph | undefined;
  const result = await attempt(async () => {
    const element = await button.elementHandle({ timeout: UI_TIMEOUT_MS });
    if (!element) throw new Error('no Show everything button');
    // A large graph is handed whole to the overview renderer: timed until sigma.js has drawn, like the reference.
    const large = await isLarge(page);
    const step = await page.evaluate(
      ({ target, overview }) =>
        overview
          ? (window as unknown as BenchWindow).atlasBench.timeOverview(target as HTMLElement)
          : (window as unknown as BenchWindow).atlasBench.timeClick(target as HTMLElement),
      { target: element, overview: large },
    );
    graph = await page.evaluate(() => (window as unknown as BenchWindow).atlasBench.drawnGraph());
    const drawn = { nodes: graph.nodes.ids.length, edges: graph.edges.sources.length };
    return { ...step, drawn, panZoom: await timePanZoom(page, budgetMs) };
  });
  return graph ? { result, graph } : { result };
}

async function interact(page: Page, budgetMs: number): Promise<{ session: AppSession; everythingGraph?: BenchGraph }> {
  const panZoom = await timePanZoom(page, budgetMs);
  // A large graph's overview is timed before anything else can have drawn it: once drawn it stays, hidden behind
  // detail views, so a later Show everything would only show it again (and time nothing of its first drawing).
  const overviewFirst = (await isLarge(page))
    ? await withReducedMotion(page, () => timeShowEverything(page, budgetMs))
    : undefined;
  const search = await timeSearches(page);
  // Layout and filter changes are timed without the 350 ms animation a reader may switch off.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Filters and layouts are timed on Cytoscape's detail view; a large graph's whole views belong to the overview
  // renderer, whose first drawing is timed by Show everything against standalone sigma.js.
  const detail = await openDetailIfLarge(page);
  const notInDetail = detail && 'unavailable' in detail ? detail : undefined;
  const filter = notInDetail ?? (await timeFilter(page));
  const layouts = notInDetail ?? (await timeLayouts(page));
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const exports = await timeExports(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Back from the detail view to the overview sigma.js drew first.
  const back = detail && !notInDetail && overviewFirst?.result ? await timeBackToOverview(page) : undefined;
  const everything = overviewFirst ?? (await timeShowEverything(page, budgetMs));
  const longestSessionTaskMs = await page.evaluate(() =>
    (window as unknown as BenchWindow).atlasBench.longestTask(0, performance.now()),
  );
  const session: AppSession = { panZoom, search, filter, layouts, exports, longestSessionTaskMs };
  if (detail) session.detail = detail;
  if (back) session.backToOverview = back;
  if (everything.result) session.showEverything = everything.result;
  return everything.graph ? { session, everythingGraph: everything.graph } : { session };
}

/** Loads the app once; throws when it does not become ready in time. */
export async function runAppPage(host: BrowserHost, options: AppPageOptions): Promise<AppPageResult> {
  const { context, page } = await host.open();
  const pageErrors: string[] = [];
  const scripts: string[] = [];
  const data: string[] = [];
  let loading = true;
  page.on('pageerror', (error) => pageErrors.push(firstLine(error)));
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (loading && /\.m?js$/.test(path)) scripts.push(path);
    if (loading && path.endsWith('.json')) data.push(path);
  });
  try {
    await page.goto(options.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      ({ mark, dataset }) =>
        performance.getEntriesByName(mark).length > 0 &&
        (dataset === undefined || (window as { atlas?: { dataset?: string } }).atlas?.dataset === dataset),
      { mark: options.readyMark, dataset: options.datasetId },
      { timeout: options.timeoutMs, polling: 50 },
    );
    loading = false;
    await page.addScriptTag({ url: options.probeUrl, type: 'module' });
    await page.waitForFunction(() => 'atlasBench' in window, null, { timeout: UI_TIMEOUT_MS });
    const load = await page.evaluate(
      (mark) => (window as unknown as BenchWindow).atlasBench.appLoad(mark),
      options.readyMark,
    );
    const result: AppPageResult = {
      load,
      initialJs: measureFiles(options.appDir, scripts),
      initialData: measureFiles(options.appDir, data),
      pageErrors,
    };
    if (options.interact) {
      result.drawnGraph = await page.evaluate(() => (window as unknown as BenchWindow).atlasBench.drawnGraph());
      const { session, everythingGraph } = await interact(page, options.panZoomBudgetMs);
      result.session = session;
      if (everythingGraph) result.everythingGraph = everythingGraph;
    }
    return result;
  } finally {
    await host.dispose(context);
  }
}

export interface SwitchOptions {
  url: string;
  datasetId: string;
  readyMark: string;
  timeoutMs: number;
  probeUrl: string;
}

/** Opens the app on the curated graph, then chooses the dataset in its Dataset select, as a reader would. */
export async function runDatasetSwitch(host: BrowserHost, options: SwitchOptions): Promise<Measured<DatasetSwitch>> {
  const { context, page } = await host.open();
  try {
    return await attempt(async () => {
      await page.goto(options.url);
      await page.locator('[data-ready="true"]').waitFor({ timeout: options.timeoutMs });
      await page.addScriptTag({ url: options.probeUrl, type: 'module' });
      await page.waitForFunction(() => 'atlasBench' in window, null, { timeout: UI_TIMEOUT_MS });
      const select = await page.getByRole('combobox', { name: /^Dataset\b/ }).elementHandle({ timeout: UI_TIMEOUT_MS });
      if (!select) throw new Error('no Dataset select');
      return page.evaluate(
        ([element, id, mark, timeout]) =>
          (window as unknown as BenchWindow).atlasBench.switchDataset(element as HTMLSelectElement, id, mark, timeout),
        [select, options.datasetId, options.readyMark, options.timeoutMs] as const,
      );
    });
  } finally {
    await host.dispose(context);
  }
}
