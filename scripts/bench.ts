// `npm run bench`: build time, bundle size, data pipeline time and time to first render in headless Chromium, and the
// live dataset against a Virtuoso graph server.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { readGraphData } from '../src/lib/data/read-graph-data-dir.ts';
import { buildGraph } from '../src/lib/graph/build-graph.ts';
import { errorMessage } from '../src/lib/util/error-message.ts';
import { forceLayout } from '../src/lib/graph/layout-force.ts';
import { serveBuiltApp } from './bench-browser.ts';
import { runExportBench } from './bench-export.ts';
import { runLargeGraphBench } from './bench-large.ts';
import { runImportBench } from './bench-import.ts';
import { runLiveBench, writeLiveResults } from './bench-live.ts';
import { reportMeasures, runMeasuresBench } from './bench-measures.ts';
import { runLegibilityBench } from './bench-legibility.ts';
import { loadHetionetWide, timeSearch } from './bench-search.ts';
import { runTableBench } from './bench-table.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'dist-bench');
const PORT = 4175;
const PAGE_LOADS = 5;
const DATA_RUNS = 7;
/** Performance marks the app sets while it starts (src/main.ts, GraphCanvas.svelte). */
const MARKS = ['atlas:start', 'atlas:model-ready', 'atlas:canvas-ready'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function measureBuild() {
  const started = performance.now();
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: OUT_DIR, emptyOutDir: true } });
  return performance.now() - started;
}

/** Sizes of the files index.html loads before anything else (entry script, preloads, styles). */
function measureInitialBundle() {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  let raw = 0;
  let gzip = 0;
  for (const file of referenced) {
    const content = readFileSync(join(OUT_DIR, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  const allAssets = readdirSync(join(OUT_DIR, 'assets')).reduce(
    (total, file) => total + statSync(join(OUT_DIR, 'assets', file)).size,
    0,
  );
  return { files: referenced.length, raw, gzip, allAssets };
}

function measureDataPipeline() {
  const validate: number[] = [];
  const model: number[] = [];
  const layout: number[] = [];
  let counts = { nodes: 0, edges: 0 };
  for (let run = 0; run < DATA_RUNS; run++) {
    let started = performance.now();
    const bundle = readGraphData(join(ROOT, 'graph-data'), ROOT);
    validate.push(performance.now() - started);
    started = performance.now();
    const graph = buildGraph(bundle.nodes, bundle.edges);
    model.push(performance.now() - started);
    started = performance.now();
    forceLayout(graph);
    layout.push(performance.now() - started);
    counts = { nodes: graph.order, edges: graph.size };
  }
  return { ...counts, validate: median(validate), model: median(model), layout: median(layout) };
}

async function measureFirstRender() {
  const served = await serveBuiltApp({
    root: ROOT,
    appDir: OUT_DIR,
    port: PORT,
    chromiumArgs: ['--enable-precise-memory-info'],
  });
  const { browser } = served;
  const scriptStart: number[] = [];
  const modelAndLayout: number[] = [];
  const ready: number[] = [];
  const heap: number[] = [];
  try {
    for (let load = 0; load < PAGE_LOADS; load++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForSelector('[data-ready="true"]');
      // No helper functions inside: the callback is serialised into the page as it is.
      const sample = await page.evaluate(
        (names) => ({
          marks: names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
          heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
        }),
        MARKS,
      );
      const [start = Number.NaN, model = Number.NaN, canvas = Number.NaN] = sample.marks;
      scriptStart.push(start);
      modelAndLayout.push(model - start);
      ready.push(canvas);
      heap.push(sample.heap);
      await page.close();
    }
  } finally {
    await served.close();
  }
  return {
    scriptStart: median(scriptStart),
    modelAndLayout: median(modelAndLayout),
    ready: median(ready),
    heap: median(heap),
  };
}

/** The data table's scroll on 10,000+ rows (frames over 50 ms; the target is none). */
async function reportTable(): Promise<void> {
  const table = await runTableBench({ root: ROOT, appDir: OUT_DIR });
  console.log('\nData table: scrolling every node of the Hetionet wide dataset, one step a frame');
  console.table({
    rows: table.rows,
    frames: table.frames,
    'frames over 50 ms': table.over50,
    'frame p95': ms(table.p95),
    'longest frame': ms(table.longest),
  });
}

// `npm run bench -- --import` measures only a large import.
if (process.argv.includes('--import')) {
  await measureBuild();
  await runImportBench({ appDir: OUT_DIR });
  process.exit(0);
}

// `npm run bench -- --table` measures only the data table.
if (process.argv.includes('--table')) {
  await measureBuild();
  await reportTable();
  process.exit(0);
}

// `npm run bench -- --measures` measures only the network measures on the wide dataset (`--exact`: against exact
// betweenness too, about a minute more).
if (process.argv.includes('--measures')) {
  reportMeasures(await runMeasuresBench(ROOT, { exact: process.argv.includes('--exact') }));
  process.exit(0);
}

// `npm run bench -- --live` measures only the live dataset against Virtuoso, in a results file of its own;
// `--browser-heap` adds the browser's heap after the same expansions (LiveSource in headless Chromium, no UI). The app
// is built first, for the same walk made in it by tapping nodes.
const LIVE_APP = { appDir: OUT_DIR, port: 4181 };
if (process.argv.includes('--live')) {
  await measureBuild();
  const live = await runLiveBench(ROOT, { browserHeap: process.argv.includes('--browser-heap'), app: LIVE_APP });
  if ('unavailable' in live) process.exit(1);
  console.log(`Results written to ${await writeLiveResults(join(ROOT, 'bench', 'results'), live)}`);
  process.exit(0);
}

const buildTime = await measureBuild();
const bundle = measureInitialBundle();
const data = measureDataPipeline();
const render = await measureFirstRender();

console.log('Synapse Atlas benchmark (medians; machine load changes absolute times, compare ratios within one run)\n');
console.table({
  'vite build (curated graph)': ms(buildTime),
  'initial JS+CSS, gzip -9': `${kB(bundle.gzip)} (${kB(bundle.raw)} raw, ${bundle.files} files)`,
  'all built assets, raw': kB(bundle.allAssets),
  'graph-data validate (YAML → bundle)': ms(data.validate),
  'graphology model build': `${data.model.toFixed(2)} ms`,
  'force layout': ms(data.layout),
  'page: navigation → app script starts': ms(render.scriptStart),
  'page: model + layout in the browser': ms(render.modelAndLayout),
  [`page: navigation → graph drawn (${data.nodes} nodes, ${data.edges} edges)`]: ms(render.ready),
  'JS heap after first render': `${(render.heap / 1024 / 1024).toFixed(1)} MB`,
});

reportMeasures(await runMeasuresBench(ROOT));

const curatedSearch = timeSearch(buildGraph(readGraphData(join(ROOT, 'graph-data'), ROOT).nodes, []));
const wideSearch = timeSearch(loadHetionetWide(ROOT));
console.log(
  '\nLegibility of the curated graph (targets: ≥ 80 % labelled, ≤ 2 overlaps, focused views ≥ 50 % of the canvas, ≥ 12 landmarks)',
);
console.log(await runLegibilityBench({ root: ROOT, appDir: OUT_DIR }));

console.log('\nSearch (MiniSearch index; median over queries of the median of repeated runs)');
console.table(
  Object.fromEntries(
    [
      ['curated graph', curatedSearch],
      ['Hetionet wide extract', wideSearch],
    ].map(([name, timing]) => {
      const t = timing as ReturnType<typeof timeSearch>;
      return [
        `${name as string} (${t.nodes} nodes)`,
        `index ${ms(t.buildMs)}, query ${t.queryMedianMs.toFixed(2)} ms (worst ${t.queryWorstMs.toFixed(2)} ms)`,
      ];
    }),
  ),
);

// The app on the curated graph and the shipped datasets beside naive Cytoscape.js and sigma.js (bench/README.md).
// The live dataset against Virtuoso (scripts/bench-live.ts), before the browser runs, so the server is gone by then.
// A failure there is recorded, and the browser parts still run.
const live = await runLiveBench(ROOT, { browserHeap: process.argv.includes('--browser-heap'), app: LIVE_APP }).catch(
  (error: unknown) => ({ unavailable: errorMessage(error) }),
);
const context = { buildMs: buildTime, bundle, dataPipeline: data, firstRender: render, live };
console.log(`\n${await runLargeGraphBench({ appDir: OUT_DIR, quick: process.argv.includes('--quick'), context })}`);

// Image and data-format exports (scripts/bench-export.ts).
await runExportBench({ root: ROOT, appDir: OUT_DIR });

// A large file imported (scripts/bench-import.ts).
await runImportBench({ appDir: OUT_DIR });

await reportTable();
