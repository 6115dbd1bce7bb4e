// Checks the issue's performance targets against one run's results; ratios use references from the same run.
import type { FrameStats } from '../lib/pan-zoom';
import type { TimedStep } from '../lib/protocol';
import { count, kb, mb, ms, ratio } from './format';
import {
  isAvailable,
  type AppRun,
  type BenchResults,
  type DatasetResult,
  type Measured,
  type ReferenceRun,
  type TargetCheck,
} from './results';

const CURATED_INTERACTIVE_MS = 1500;
const INITIAL_JS_BYTES = 400 * 1024;
const WIDE_INTERACTIVE_MS = 3000;
/** The wide dataset's summary (its metagraph), interactive after choosing the dataset. */
const SUMMARY_INTERACTIVE_MS = 1500;
const WIDE_VS_NAIVE_DRAW = 0.25;
const WIDE_VS_NAIVE_HEAP = 0.5;
const WIDE_VS_SIGMA_FRAMES = 1.5;
/** The whole wide graph drawn by the overview renderer, against standalone sigma.js on the same graph. */
const WIDE_VS_SIGMA_DRAW = 1.5;
const WIDE_VS_SIGMA_HEAP = 1.5;
const LONGEST_TASK_MS = 100;
const PROGRESS_WITHIN_MS = 200;
const PROGRESS_NEEDED_AFTER_MS = 300;

/**
 * The app's pan/zoom on the elements the references drew as "drawn": after Show everything when the app
 * offered it, else as it opened.
 */
export function likeForLikeFrames(app: AppRun): { panZoom: Measured<FrameStats>; drawn: AppRun['drawn'] } {
  const everything = app.showEverything;
  if (everything && isAvailable(everything)) return { panZoom: everything.panZoom, drawn: everything.drawn };
  if (everything) return { panZoom: everything, drawn: app.drawn };
  return { panZoom: app.panZoom, drawn: app.drawn };
}

/** The reference run on the whole dataset, or on what the app drew when that is the same graph. */
export function referenceFor(
  dataset: DatasetResult,
  renderer: ReferenceRun['renderer'],
  graph: ReferenceRun['graph'],
): ReferenceRun | undefined {
  const runs = dataset.references.filter((run) => run.renderer === renderer);
  return runs.find((run) => run.graph === graph) ?? (runs.length === 1 ? runs[0] : undefined);
}

function check(target: string, limit: string, measured: string, pass: boolean | null): TargetCheck {
  return { target, measured, limit, pass };
}

function unavailable(target: string, limit: string, why: string): TargetCheck {
  return check(target, limit, `not measurable: ${why}`, null);
}

function appOf(dataset: DatasetResult | undefined): AppRun | string {
  if (!dataset) return 'dataset not in this run';
  return isAvailable(dataset.app) ? dataset.app : dataset.app.unavailable;
}

/** app ÷ reference with the reference's time-out as a lower bound (the ratio is then an upper bound). */
function ratioCheck(
  target: string,
  limit: number,
  app: number,
  run: ReferenceRun | undefined,
  value: (run: ReferenceRun) => number | undefined,
  show: (value: number) => string,
): TargetCheck {
  const text = `≤ ${limit}×`;
  if (!run || run.outcome === 'failed' || run.outcome === 'skipped') {
    return unavailable(
      target,
      text,
      `reference ${run ? `${run.outcome}${run.note ? ` (${run.note})` : ''}` : 'not run'}`,
    );
  }
  const reference = value(run);
  if (reference === undefined) {
    const why =
      run.outcome === 'timed-out'
        ? `the reference ${run.note ?? 'timed out'} and could not be read then (BENCH_REFERENCE_TIMEOUT_S waits longer)`
        : 'the reference did not report it';
    return unavailable(target, text, why);
  }
  const bound = run.outcome === 'timed-out';
  const measured = `${bound ? '≤ ' : ''}${ratio(app / reference)} (${show(app)} ÷ ${bound ? '≥ ' : ''}${show(reference)})`;
  const pass = app / reference <= limit ? true : bound ? null : false;
  return check(target, text, measured, pass);
}

function longestInteractionTask(app: AppRun): { value: number; missing: string[] } {
  const missing: string[] = [];
  let value = 0;
  if (isAvailable(app.search)) value = Math.max(value, app.search.longestTaskMs);
  else missing.push('search');
  if (isAvailable(app.filter)) value = Math.max(value, ...app.filter.map((step) => step.longestTaskMs));
  else missing.push('filter');
  if (isAvailable(app.layouts)) value = Math.max(value, ...app.layouts.map((step) => step.longestTaskMs));
  else missing.push('layout');
  if (app.showEverything && isAvailable(app.showEverything)) value = Math.max(value, app.showEverything.longestTaskMs);
  for (const [name, step] of [
    ['detail', app.detail],
    ['back to the overview', app.backToOverview],
  ] as const) {
    if (step === undefined) continue;
    if (isAvailable(step)) value = Math.max(value, step.longestTaskMs);
    else missing.push(name);
  }
  return { value, missing };
}

/** Opening a large dataset: from the choice in the app when measured, else from the app's start. */
function progressCheck(label: string, app: AppRun): TargetCheck {
  const target = `${label}: progress indicator while opening (with Cancel)`;
  const limit = `within ${PROGRESS_WITHIN_MS} ms`;
  const chosen = isAvailable(app.chosenInApp) ? app.chosenInApp : undefined;
  const start = chosen ? 0 : (app.marks['atlas:start'] ?? 0);
  const took = chosen ? chosen.readyMs : app.readyMs - start;
  const progress = chosen ? chosen.progress : app.progress;
  const from = chosen ? 'after choosing it' : 'after the app started';
  if (took <= PROGRESS_NEEDED_AFTER_MS) return check(target, limit, `not needed (took ${ms(took)})`, true);
  if (!progress) return check(target, limit, `none seen in ${ms(took)}`, false);
  const after = progress.atMs - start;
  const cancel = progress.cancellable ? 'with Cancel' : 'no Cancel button';
  return check(target, limit, `${ms(after)} ${from}, ${cancel}`, after <= PROGRESS_WITHIN_MS && progress.cancellable);
}

function curatedChecks(curated: DatasetResult | undefined): TargetCheck[] {
  const app = appOf(curated);
  if (typeof app === 'string') return [unavailable('Curated: interactive after navigation', '≤ 1.5 s', app)];
  const time = app.interactiveMs;
  const js = app.initialJs.gzipBytes;
  const start = app.longestLoadTaskMs;
  return [
    check('Curated: interactive after navigation', '≤ 1.5 s', ms(time), time <= CURATED_INTERACTIVE_MS),
    check('Curated: initial JS (gzip -9)', `≤ ${kb(INITIAL_JS_BYTES)}`, kb(js), js <= INITIAL_JS_BYTES),
    check(
      'Curated: longest task while starting (includes its force layout)',
      `≤ ${LONGEST_TASK_MS} ms`,
      ms(start),
      start <= LONGEST_TASK_MS,
    ),
  ];
}

function wideChecks(wide: DatasetResult | undefined): TargetCheck[] {
  const targets = {
    chosen: 'Wide: metagraph summary interactive after choosing it in the app',
    overview: 'Wide: whole graph interactive in the overview after choosing it (summary, then Show everything)',
    draw: 'Wide: navigation → interactive ÷ naive Cytoscape navigation → drawn',
    heap: 'Wide: JS heap ÷ naive Cytoscape',
    frames: 'Wide: pan/zoom p95 frame ÷ sigma.js (same elements)',
  };
  const app = appOf(wide);
  if (typeof app === 'string' || !wide) {
    const why = typeof app === 'string' ? app : 'dataset not in this run';
    return [
      unavailable(targets.chosen, '≤ 1.5 s', why),
      unavailable(targets.overview, '≤ 3 s', why),
      unavailable(targets.draw, `≤ ${WIDE_VS_NAIVE_DRAW}×`, why),
      unavailable(targets.heap, `≤ ${WIDE_VS_NAIVE_HEAP}×`, why),
      unavailable(targets.frames, `≤ ${WIDE_VS_SIGMA_FRAMES}×`, why),
    ];
  }
  const checks: TargetCheck[] = [];
  const chosen = app.chosenInApp;
  if (isAvailable(chosen)) {
    const time = chosen.interactiveMs;
    checks.push(check(targets.chosen, '≤ 1.5 s', ms(time), time <= SUMMARY_INTERACTIVE_MS));
  } else {
    const why = chosen ? ` (choosing in the app: ${chosen.unavailable})` : '';
    const time = app.interactiveMs;
    checks.push(
      check(`${targets.chosen}: from navigation instead${why}`, '≤ 1.5 s', ms(time), time <= SUMMARY_INTERACTIVE_MS),
    );
  }
  const everything = app.showEverything;
  if (isAvailable(chosen) && everything && isAvailable(everything)) {
    const time = chosen.interactiveMs + everything.ms;
    const measured = `${ms(time)} (${ms(chosen.interactiveMs)} + ${ms(everything.ms)})`;
    checks.push(check(targets.overview, '≤ 3 s', measured, time <= WIDE_INTERACTIVE_MS));
  } else checks.push(unavailable(targets.overview, '≤ 3 s', 'the choice or Show everything was not measured'));
  const naive = referenceFor(wide, 'cytoscape', 'dataset');
  checks.push(ratioCheck(targets.draw, WIDE_VS_NAIVE_DRAW, app.interactiveMs, naive, (run) => run.readyMs, ms));
  checks.push(ratioCheck(targets.heap, WIDE_VS_NAIVE_HEAP, app.heapBytes, naive, (run) => run.heapBytes, mb));
  checks.push(...wholeGraphChecks(wide, app));
  const { panZoom, drawn } = likeForLikeFrames(app);
  const framesTarget = `${targets.frames}: ${count(drawn.nodes)} nodes, ${count(drawn.edges)} edges`;
  if (isAvailable(panZoom)) {
    const sigma = referenceFor(wide, 'sigma', 'drawn');
    const frame = (value: number) => `${value.toFixed(1)} ms`;
    const p95 = (run: ReferenceRun) => run.panZoom?.p95Ms;
    checks.push(ratioCheck(framesTarget, WIDE_VS_SIGMA_FRAMES, panZoom.p95Ms, sigma, p95, frame));
  } else {
    checks.push(unavailable(framesTarget, `≤ ${WIDE_VS_SIGMA_FRAMES}×`, panZoom.unavailable));
  }
  return checks;
}

/**
 * Show everything hands the whole wide graph to the overview renderer: its drawing time (click → drawn, two frames
 * more) and heap against standalone sigma.js drawing the same graph (graph built → drawn, two frames more).
 */
function wholeGraphChecks(wide: DatasetResult, app: AppRun): TargetCheck[] {
  const everything = app.showEverything;
  const draw = 'Wide: whole graph drawn by the overview renderer ÷ sigma.js';
  const heap = 'Wide: JS heap with the whole graph drawn ÷ sigma.js';
  if (!everything || !isAvailable(everything)) {
    const why = everything ? everything.unavailable : 'Show everything was not offered';
    return [unavailable(draw, `≤ ${WIDE_VS_SIGMA_DRAW}×`, why), unavailable(heap, `≤ ${WIDE_VS_SIGMA_HEAP}×`, why)];
  }
  const sigma = referenceFor(wide, 'sigma', 'drawn');
  const edges = `${count(everything.drawn.edges)} edges`;
  const checks = [ratioCheck(`${draw} (${edges})`, WIDE_VS_SIGMA_DRAW, everything.ms, sigma, (run) => run.drawMs, ms)];
  if (everything.heapBytes !== undefined) {
    checks.push(ratioCheck(heap, WIDE_VS_SIGMA_HEAP, everything.heapBytes, sigma, (run) => run.heapBytes, mb));
  } else checks.push(unavailable(heap, `≤ ${WIDE_VS_SIGMA_HEAP}×`, 'the heap was not read'));
  return checks;
}

/** Every timed operation that took longer than 300 ms should have shown progress within 200 ms. */
function operationProgressCheck(label: string, app: AppRun): TargetCheck {
  const steps: { name: string; step: TimedStep }[] = [];
  if (isAvailable(app.filter)) steps.push(...app.filter.map((step) => ({ name: step.action, step })));
  if (isAvailable(app.layouts)) steps.push(...app.layouts.map((step) => ({ name: `${step.layout} layout`, step })));
  if (app.showEverything && isAvailable(app.showEverything)) {
    steps.push({ name: 'Show everything', step: app.showEverything });
  }
  const slow = steps.filter(({ step }) => step.ms > PROGRESS_NEEDED_AFTER_MS);
  const late = slow.filter(({ step }) => step.progressMs === undefined || step.progressMs > PROGRESS_WITHIN_MS);
  const target = `${label}: progress within 200 ms for layout, filter and Show everything over 300 ms`;
  const limit = `within ${PROGRESS_WITHIN_MS} ms`;
  if (steps.length === 0) return unavailable(target, limit, 'no operation timed');
  const measured = late.length
    ? `none in time for ${late.map(({ name, step }) => `${name} (${ms(step.ms)})`).join(', ')}`
    : `${slow.length} of ${steps.length} over 300 ms, all with progress`;
  return check(target, limit, measured, late.length === 0);
}

function datasetChecks(dataset: DatasetResult): TargetCheck[] {
  const target = `${dataset.label}: longest task in layout, filter and search (and Show everything, detail and back)`;
  const app = appOf(dataset);
  if (typeof app === 'string') return [unavailable(target, `≤ ${LONGEST_TASK_MS} ms`, app)];
  const { value, missing } = longestInteractionTask(app);
  const note = missing.length ? ` (not measured: ${missing.join(', ')})` : '';
  const pass = missing.length === 3 ? null : value <= LONGEST_TASK_MS;
  const checks = [check(target, `≤ ${LONGEST_TASK_MS} ms`, `${ms(value)}${note}`, pass)];
  checks.push(operationProgressCheck(dataset.label, app));
  if (dataset.id !== 'curated') checks.push(progressCheck(dataset.label, app));
  return checks;
}

export function checkTargets(datasets: DatasetResult[], browser: BenchResults['browser']): TargetCheck[] {
  const gl = `WebGL ${browser.webgl.software ? 'software' : 'hardware'} (${browser.webgl.renderer})`;
  const chosen = browser.appRenderer ? `app chose ${browser.appRenderer.chosen}` : 'app reports no renderer yet';
  return [
    ...curatedChecks(datasets.find((dataset) => dataset.id === 'curated')),
    ...wideChecks(datasets.find((dataset) => dataset.id === 'hetionet-wide')),
    ...datasets.flatMap(datasetChecks),
    check(
      'Recorded: WebGL hardware or software, renderer the app chose',
      'recorded',
      `${gl}; ${chosen}`,
      browser.appRenderer !== null,
    ),
  ];
}
