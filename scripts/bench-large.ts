// `npm run bench`, browser part: the app on the curated graph and the shipped datasets, measured beside
// naive Cytoscape.js and sigma.js drawing the same graph in the same run. Writes bench/results/<date>.json
// and returns the markdown table. Run alone with `tsx scripts/bench-large.ts [--quick]` (it builds the app).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import referenceConfig, { REFERENCE_BASE } from '../bench/vite.config.ts';
import { runAppPage, runDatasetSwitch, type AppPageResult } from '../bench/harness/app-run.ts';
import { BrowserHost } from '../bench/harness/browser-host.ts';
import { measureReference, type ReferenceSpec } from '../bench/harness/reference-run.ts';
import { markdownReport } from '../bench/harness/report.ts';
import type { AppRun, BenchResults, DatasetResult, Measured, ReferenceRun } from '../bench/harness/results.ts';
import { writeResults } from '../bench/harness/results.ts';
import { checkTargets } from '../bench/harness/targets.ts';
import type { BenchGraph } from '../bench/lib/bench-graph.ts';
import type { BenchWindow } from '../bench/lib/protocol.ts';
import { median } from '../bench/lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const PORT = 4176;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const REFERENCE_URL = `${BASE_URL}${REFERENCE_BASE}reference.html`;
const PROBE_URL = `${BASE_URL}${REFERENCE_BASE}assets/probe.js`;
/** Naive Cytoscape on the wide dataset may take minutes: its time-out is then a lower bound. */
const REFERENCE_TIMEOUT_MS = (Number(process.env.BENCH_REFERENCE_TIMEOUT_S) || 90) * 1000;
/** Enough for 120 frames at 8 fps; a renderer slower than that is timed on fewer frames. */
const PAN_ZOOM_BUDGET_MS = 15_000;
/** On a whole large dataset the app does not draw, pan/zoom is only a glimpse (a few frames). */
const WHOLE_GRAPH_PAN_ZOOM_BUDGET_MS = 5_000;
const DEFAULT_CANVAS = { width: 800, height: 700 };
const DATASET_MARK = 'atlas:dataset-ready';

interface DatasetSpec {
  id: string;
  label: string;
  /** Shipped file under the build folder; none for the curated graph, whose positions the app computes. */
  file?: string;
  loads: number;
}

const DATASETS: DatasetSpec[] = [
  { id: 'curated', label: 'Curated graph', loads: 3 },
  { id: 'hetionet-depression', label: 'Hetionet depression', file: 'data/hetionet-depression.json.gz', loads: 1 },
  { id: 'hetionet-wide', label: 'Hetionet wide', file: 'data/hetionet-wide.json.gz', loads: 1 },
];

export interface LargeBenchOptions {
  /** A production build of the app (vite build); the reference pages are built into it. */
  appDir: string;
  /** Skip naive Cytoscape on the wide dataset (the slowest part). */
  quick: boolean;
  /** Earlier measurements (build, bundle, data pipeline) to keep in the same results file. */
  context?: Record<string, unknown>;
}

const counts = ({ nodes, edges }: { nodes: number; edges: number }) => ({ nodes, edges });

function countsOf(appDir: string, file: string): { nodes: number; edges: number } {
  const bytes = readFileSync(join(appDir, file));
  const graph = JSON.parse(gunzipSync(bytes).toString('utf8')) as BenchGraph;
  return { nodes: graph.nodes.ids.length, edges: graph.edges.sources.length };
}

/** Whether the built app knows the dataset switcher's ready mark, so waiting for it can end. */
function appLoadsDatasets(appDir: string): boolean {
  const assets = join(appDir, 'assets');
  return readdirSync(assets).some(
    (file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes(DATASET_MARK),
  );
}

function summariseApp(url: string, pages: AppPageResult[]): AppRun {
  const [first] = pages;
  if (!first?.session) throw new Error('no interactive page load');
  const loads = pages.map((page) => page.load);
  return {
    url,
    loads,
    readyMs: median(loads.map((load) => load.readyMs)),
    interactiveMs: median(loads.map((load) => load.interactiveMs)),
    heapBytes: median(loads.map((load) => load.heapBytes)),
    longestLoadTaskMs: median(loads.map((load) => load.longestTaskMs)),
    renderer: first.load.renderer,
    drawn: first.load.drawn,
    marks: first.load.marks,
    progress: first.load.progress,
    initialJs: first.initialJs,
    initialData: first.initialData,
    ...first.session,
    pageErrors: [...new Set(pages.flatMap((page) => page.pageErrors))],
  };
}

/** One reference result from several runs of it: medians of the times and heaps, pan/zoom from the first. */
function combineRuns(runs: ReferenceRun[]): ReferenceRun {
  const [first] = runs;
  if (!first) throw new Error('no runs');
  const drawn = runs.filter((run) => run.outcome === 'drawn');
  if (drawn.length !== runs.length) return runs.find((run) => run.outcome !== 'drawn') ?? first;
  const of = (pick: (run: ReferenceRun) => number | undefined) => median(runs.map((run) => pick(run) ?? Number.NaN));
  return {
    ...first,
    readyMs: of((run) => run.readyMs),
    drawMs: of((run) => run.drawMs),
    heapBytes: of((run) => run.heapBytes),
    longestTaskMs: of((run) => run.longestTaskMs),
  };
}

async function benchDataset(
  host: BrowserHost,
  spec: DatasetSpec,
  appDir: string,
  quick: boolean,
): Promise<DatasetResult> {
  const result: DatasetResult = {
    id: spec.id,
    label: spec.label,
    nodes: 0,
    edges: 0,
    app: { unavailable: '' },
    references: [],
  };
  if (spec.file && !existsSync(join(appDir, spec.file))) {
    result.app = { unavailable: `${spec.file} is not in the build (npm run prepare:datasets)` };
    return result;
  }
  Object.assign(result, spec.file ? countsOf(appDir, spec.file) : {});
  const url = spec.file ? `${BASE_URL}/?dataset=${spec.id}` : `${BASE_URL}/`;
  const readyMark = spec.file ? DATASET_MARK : 'atlas:canvas-ready';
  const appReady = !spec.file || appLoadsDatasets(appDir);
  const pages: AppPageResult[] = [];
  const runs: Record<string, ReferenceRun[]> = { cytoscape: [], sigma: [] };
  let appProblem = appReady ? '' : `the app build sets no ${DATASET_MARK} mark yet`;
  let canvas = DEFAULT_CANVAS;
  /** The largest part of the graph the app drew (after Show everything when offered), for like-for-like runs. */
  let drawnBody: string | undefined;
  let drawnCounts = { nodes: 0, edges: 0 };
  const appDrewPart = () =>
    spec.file !== undefined &&
    drawnBody !== undefined &&
    (drawnCounts.nodes < result.nodes || drawnCounts.edges < result.edges);

  for (let load = 0; load < spec.loads; load++) {
    if (!appProblem) {
      try {
        const page = await runAppPage(host, {
          url,
          readyMark,
          ...(spec.file ? { datasetId: spec.id } : {}),
          timeoutMs: spec.file ? 60_000 : 30_000,
          probeUrl: PROBE_URL,
          appDir,
          interact: load === 0,
          panZoomBudgetMs: PAN_ZOOM_BUDGET_MS,
        });
        pages.push(page);
        canvas = page.load.canvas;
        const drawn = page.everythingGraph ?? page.drawnGraph;
        if (drawn) {
          drawnBody = JSON.stringify(drawn);
          drawnCounts = { nodes: drawn.nodes.ids.length, edges: drawn.edges.sources.length };
        }
      } catch (error) {
        appProblem = `the app did not get ready: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
      }
    }
    // The curated graph's positions come from the app, so its references draw what the app drew.
    const graphUrl = spec.file ? `/${spec.file}` : `${REFERENCE_BASE}graphs/curated.json`;
    const body = spec.file ? undefined : drawnBody;
    if (!spec.file && !body) break;
    if (!spec.file && result.nodes === 0) Object.assign(result, drawnCounts);
    for (const renderer of ['cytoscape', 'sigma'] as const) {
      const referenceSpec: ReferenceSpec = {
        renderer,
        graph: spec.file ? 'dataset' : 'drawn',
        graphUrl,
        nodes: result.nodes,
        edges: result.edges,
        canvas,
        timeoutMs: REFERENCE_TIMEOUT_MS,
        panZoomBudgetMs: load > 0 ? 0 : appDrewPart() ? WHOLE_GRAPH_PAN_ZOOM_BUDGET_MS : PAN_ZOOM_BUDGET_MS,
        ...(body === undefined ? {} : { body }),
      };
      if (quick && renderer === 'cytoscape' && spec.id === 'hetionet-wide') {
        runs[renderer]?.push({ renderer, graph: 'dataset', outcome: 'skipped', note: '--quick', ...counts(result) });
        continue;
      }
      runs[renderer]?.push(await measureReference(host, REFERENCE_URL, referenceSpec));
    }
  }
  result.references = Object.values(runs)
    .filter((list) => list.length > 0)
    .map(combineRuns);

  // Like-for-like frame times when the app draws only part of a large dataset.
  if (appDrewPart()) {
    for (const renderer of ['cytoscape', 'sigma'] as const) {
      result.references.push(
        await measureReference(host, REFERENCE_URL, {
          renderer,
          graph: 'drawn',
          graphUrl: `${REFERENCE_BASE}graphs/drawn-${spec.id}.json`,
          body: drawnBody,
          ...drawnCounts,
          canvas,
          timeoutMs: REFERENCE_TIMEOUT_MS,
          panZoomBudgetMs: PAN_ZOOM_BUDGET_MS,
        }),
      );
    }
  }
  const app: Measured<AppRun> =
    appProblem && pages.length === 0 ? { unavailable: appProblem } : summariseApp(url, pages);
  if (spec.file && !('unavailable' in app)) {
    app.chosenInApp = await runDatasetSwitch(host, {
      url: `${BASE_URL}/`,
      datasetId: spec.id,
      readyMark,
      timeoutMs: 60_000,
      probeUrl: PROBE_URL,
    });
  }
  result.app = app;
  return result;
}

async function webglInfo(host: BrowserHost): Promise<BenchResults['browser']['webgl']> {
  const { context, page } = await host.open();
  try {
    await page.goto(REFERENCE_URL);
    await page.waitForFunction(() => 'atlasBench' in window);
    return await page.evaluate(() => (window as unknown as BenchWindow).atlasBench.webgl());
  } finally {
    await host.dispose(context);
  }
}

export async function runLargeGraphBench(options: LargeBenchOptions): Promise<string> {
  const started = new Date();
  const loadAverage = loadavg();
  await build({
    ...referenceConfig,
    configFile: false,
    build: { ...referenceConfig.build, outDir: join(options.appDir, 'bench-reference') },
  });
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: options.appDir },
    preview: { port: PORT, strictPort: true },
  });
  const host = new BrowserHost();
  try {
    const version = (await host.browser()).version();
    const webgl = await webglInfo(host);
    const datasets: DatasetResult[] = [];
    for (const spec of DATASETS) {
      console.error(`bench: ${spec.label}…`);
      datasets.push(await benchDataset(host, spec, options.appDir, options.quick));
    }
    const appRenderer =
      datasets.map((dataset) => ('renderer' in dataset.app ? dataset.app.renderer : null)).find(Boolean) ?? null;
    const cpuList = cpus();
    const browser: BenchResults['browser'] = { version, headless: true, webgl, appRenderer };
    const results: BenchResults = {
      format: 'synapse-atlas-bench/1',
      startedAt: started.toISOString(),
      durationS: (Date.now() - started.getTime()) / 1000,
      quick: options.quick,
      machine: {
        cpus: cpuList.length,
        cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        platform: `${process.platform} ${process.arch}`,
        node: process.version,
        loadAverage,
      },
      browser,
      ...(options.context ? { context: options.context } : {}),
      datasets,
      targets: checkTargets(datasets, browser),
    };
    const file = await writeResults(RESULTS_DIR, results);
    return `${markdownReport(results)}\n\nResults written to ${file}`;
  } finally {
    await host.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const appDir = join(ROOT, 'dist-bench-large');
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: appDir, emptyOutDir: true } });
  console.log(await runLargeGraphBench({ appDir, quick: process.argv.includes('--quick') }));
}
