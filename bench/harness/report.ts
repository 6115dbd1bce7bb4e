// The markdown printed at the end of `npm run bench`: one table per dataset (app beside the two references,
// with ratios) and the targets with ✓/✗.
import type { TimedStep } from '../lib/protocol';
import { count, frames, kb, mb, ms, ratioTo, referenceReady } from './format';
import {
  isAvailable,
  type AppRun,
  type BenchResults,
  type DatasetResult,
  type FetchedFiles,
  type Measured,
  type ReferenceRun,
} from './results';
import { likeForLikeFrames, referenceFor } from './targets';

type Row = [string, string, string, string, string, string];

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function orWhy<T extends object>(value: Measured<T>, show: (value: T) => string): string {
  return isAvailable(value) ? show(value) : `n/a: ${value.unavailable}`;
}

/** "concentric 392 ms (longest task 449 ms), progress after 20 ms". */
function stepText(name: string, step: TimedStep): string {
  const progress = step.progressMs === undefined ? '' : `, progress after ${ms(step.progressMs)}`;
  const note = step.note ? `, ${step.note}` : '';
  return `${name ? `${name} ` : ''}${ms(step.ms)} (${ms(step.longestTaskMs)})${progress}${note}`;
}

/** When Show everything was offered, the like-for-like row above is after it; this is the view as opened. */
function showEverythingRows(app: AppRun): Row[] {
  const everything = app.showEverything;
  if (!everything) return [];
  const opened = `pan/zoom frame median / p95, as opened (${count(app.drawn.nodes)} nodes, ${count(app.drawn.edges)} edges)`;
  return [
    ['Show everything (longest task)', orWhy(everything, (step) => stepText('', step)), '', '', '', ''],
    [opened, orWhy(app.panZoom, frames), '', '', '', ''],
  ];
}

/** Files fetched, as the report writes them: "348.1 kB (1120.4 kB raw, 3 files)". */
function fetchedSize(fetched: FetchedFiles): string {
  return `${kb(fetched.gzipBytes)} (${kb(fetched.rawBytes)} raw, ${fetched.files.length} files)`;
}

function appRows(app: AppRun): Row[] {
  const only = (label: string, value: string): Row => [label, value, '', '', '', ''];
  const rows: Row[] = [];
  const start = app.marks['atlas:start'];
  const model = app.marks['atlas:model-ready'];
  if (start !== undefined && model !== undefined) rows.push(only('model + layout at start', ms(model - start)));
  if (app.chosenInApp) {
    rows.push(
      only(
        'chosen in the app: drawn, interactive (longest task); progress shown; every relationship in (longest task)',
        orWhy(
          app.chosenInApp,
          (chosen) =>
            `${ms(chosen.readyMs)}, ${ms(chosen.interactiveMs)} (${ms(chosen.longestTaskMs)}); ` +
            (chosen.progress
              ? `after ${ms(chosen.progress.atMs)}${chosen.progress.cancellable ? ', with Cancel' : ', no Cancel'}`
              : 'none seen') +
            (chosen.whole ? `; ${ms(chosen.whole.atMs)} (${ms(chosen.whole.longestTaskMs)})` : ''),
        ),
      ),
    );
  }
  if (app.detail) {
    rows.push(
      only(
        'best-connected node opened in detail from search (longest task)',
        orWhy(app.detail, (step) => stepText(step.hub, step)),
      ),
    );
  }
  if (app.backToOverview) {
    rows.push(
      only(
        'Back to the overview (longest task)',
        orWhy(app.backToOverview, (step) => stepText('', step)),
      ),
    );
  }
  rows.push(
    only(
      'layout change (longest task)',
      orWhy(app.layouts, (steps) => steps.map((step) => stepText(step.layout, step)).join(', ')),
    ),
    only(
      'filter (longest task)',
      orWhy(app.filter, (steps) => steps.map((step) => stepText(step.action, step)).join(', ')),
    ),
    only(
      'search to results shown: median, worst (longest task)',
      orWhy(app.search, (search) => `${ms(search.medianMs)}, ${ms(search.worstMs)} (${ms(search.longestTaskMs)})`),
    ),
    ...showEverythingRows(app),
    only(
      'PNG export (slide preset)',
      orWhy(app.exports.png, (value) => ms(value.ms)),
    ),
    only(
      'SVG export (paper preset)',
      orWhy(app.exports.svg, (value) => ms(value.ms)),
    ),
    only('JS fetched until interactive (gzip -9)', fetchedSize(app.initialJs)),
    only('data fetched until interactive (gzip -9)', app.initialData ? fetchedSize(app.initialData) : 'not measured'),
    only(
      'progress indicator while loading',
      app.progress
        ? `at ${ms(app.progress.atMs)}${app.progress.cancellable ? ', with Cancel' : ', no Cancel'}`
        : 'none seen',
    ),
    only('longest task, whole session', ms(app.longestSessionTaskMs)),
    only('renderer', app.renderer ? `${app.renderer.chosen} (WebGL: ${app.renderer.webglRenderer})` : 'not reported'),
  );
  if (app.pageErrors.length) rows.push(only('page errors', app.pageErrors.join('; ')));
  return rows;
}

/** A timed-out reference's heap, when it could be read, is a lower bound. */
function referenceHeap(run: ReferenceRun | undefined): string {
  if (run?.heapBytes === undefined) return '–';
  return `${run.outcome === 'timed-out' ? '≥ ' : ''}${mb(run.heapBytes)}`;
}

function datasetTable(dataset: DatasetResult): string {
  const app = isAvailable(dataset.app) ? dataset.app : undefined;
  const cy = referenceFor(dataset, 'cytoscape', 'dataset');
  const sigma = referenceFor(dataset, 'sigma', 'dataset');
  const cyDrawn = referenceFor(dataset, 'cytoscape', 'drawn');
  const sigmaDrawn = referenceFor(dataset, 'sigma', 'drawn');
  const appCell = (show: (app: AppRun) => string) => (app ? show(app) : '–');
  const rows: Row[] = [
    [
      'navigation → interactive (references: → drawn), whole graph',
      appCell((value) => ms(value.interactiveMs)),
      referenceReady(cy),
      referenceReady(sigma),
      ratioTo(app?.interactiveMs, cy, cy?.readyMs),
      ratioTo(app?.interactiveMs, sigma, sigma?.readyMs),
    ],
    [
      'JS heap after load',
      appCell((value) => mb(value.heapBytes)),
      referenceHeap(cy),
      referenceHeap(sigma),
      ratioTo(app?.heapBytes, cy, cy?.heapBytes),
      ratioTo(app?.heapBytes, sigma, sigma?.heapBytes),
    ],
    [
      'longest main-thread task while loading',
      appCell((value) => ms(value.longestLoadTaskMs)),
      ms(cy?.longestTaskMs ?? Number.NaN),
      ms(sigma?.longestTaskMs ?? Number.NaN),
      '',
      '',
    ],
  ];
  const likeForLike = app ? likeForLikeFrames(app) : undefined;
  const panZoom = likeForLike && isAvailable(likeForLike.panZoom) ? likeForLike.panZoom : undefined;
  const drawnLabel = likeForLike
    ? `${count(likeForLike.drawn.nodes)} nodes, ${count(likeForLike.drawn.edges)} edges`
    : 'what the app draws';
  const p95 = (run: typeof cy) => (run?.outcome === 'drawn' ? run : undefined);
  rows.push([
    `pan/zoom frame median / p95, ${drawnLabel} (as the app draws them)`,
    likeForLike ? orWhy(likeForLike.panZoom, frames) : '–',
    frames((cyDrawn ?? cy)?.panZoom),
    frames((sigmaDrawn ?? sigma)?.panZoom),
    ratioTo(panZoom?.p95Ms, p95(cyDrawn ?? cy), (cyDrawn ?? cy)?.panZoom?.p95Ms),
    ratioTo(panZoom?.p95Ms, p95(sigmaDrawn ?? sigma), (sigmaDrawn ?? sigma)?.panZoom?.p95Ms),
  ]);
  if (cyDrawn || sigmaDrawn) {
    rows.push(['pan/zoom frame median / p95, whole graph', '–', frames(cy?.panZoom), frames(sigma?.panZoom), '', '']);
  }
  if (app) rows.push(...appRows(app));
  const drew = app
    ? `; the app drew ${count(app.drawn.nodes)} nodes and ${count(app.drawn.edges)} edges`
    : `; app: ${isAvailable(dataset.app) ? '' : dataset.app.unavailable}`;
  const heading = `### ${dataset.label}: ${count(dataset.nodes)} nodes, ${count(dataset.edges)} edges${drew}`;
  return `${heading}\n\n${table(['', 'Synapse Atlas', 'naive Cytoscape.js', 'sigma.js 3', 'app ÷ Cytoscape', 'app ÷ sigma'], rows)}`;
}

export function markdownReport(results: BenchResults): string {
  const { browser, machine } = results;
  const intro = [
    `## Benchmark ${results.startedAt} (${results.quick ? 'quick, ' : ''}${Math.round(results.durationS)} s)`,
    '',
    `Chromium ${browser.version}, headless; WebGL ${browser.webgl.software ? 'software' : 'hardware'}: ${browser.webgl.renderer}. ` +
      `App renderer: ${browser.appRenderer ? browser.appRenderer.chosen : 'not reported'}. ` +
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, load average ${machine.loadAverage.map((value) => value.toFixed(1)).join(' ')} at start.`,
    'Ratios compare runs made minutes apart on the same machine; absolute times move with its load.',
  ].join('\n');
  const targets = table(
    ['target', 'measured', 'limit', ''],
    results.targets.map((target) => [
      target.target,
      target.measured,
      target.limit,
      target.pass === null ? '?' : target.pass ? '✓' : '✗',
    ]),
  );
  return [intro, ...results.datasets.map(datasetTable), `### Targets\n\n${targets}`].join('\n\n');
}
