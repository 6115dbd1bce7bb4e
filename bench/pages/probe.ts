// Installs window.atlasBench, the page-side half of the benchmark: camera script, heap, timed searches and
// selects. The harness injects it into the app after load; the reference page imports it.
import type { Core } from 'cytoscape';
import type Sigma from 'sigma';
import type { BenchGraph } from '../lib/bench-graph';
import { runPanZoom } from '../lib/pan-zoom';
import { panZoomTarget, type RendererTarget } from './pan-zoom-targets';
import type {
  AppLoad,
  AppRendererReport,
  AtlasBenchApi,
  BenchWindow,
  DatasetSwitch,
  SearchStep,
  TimedStep,
} from '../lib/protocol';

interface AppWindow {
  atlas?: { cy?: Core; renderer?: AppRendererReport; dataset?: string; sigma?: Sigma };
  gc?: () => void;
}

/** How long a UI step may show nothing before it is reported as not finishing. */
const STEP_TIMEOUT_MS = 20_000;
/** How long a change of the drawing, once under way, may take to settle. */
const SETTLE_TIMEOUT_MS = 120_000;
/** A long task that starts this soon after the app is ready still delays the first input. */
const INPUT_DELAY_MS = 50;
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software/i;

const benchWindow = window as unknown as BenchWindow & AppWindow;
let registered: RendererTarget | undefined;

/** The reference page hands over its renderer; in the app the probe drives window.atlas.cy. */
export function registerTarget(target: RendererTarget): void {
  registered = target;
}

function appCy(): Core {
  const cy = benchWindow.atlas?.cy;
  if (!cy) throw new Error('window.atlas.cy is not there');
  return cy;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long-task entries arrive a little after the task; wait for them before reading. */
async function settleObservations(): Promise<void> {
  await sleep(150);
  await nextFrame();
}

function longestTask(from: number, to: number): number {
  let longest = 0;
  for (const task of benchWindow.benchObservations?.longTasks ?? []) {
    if (task.start < to && task.start + task.duration > from) longest = Math.max(longest, task.duration);
  }
  return longest;
}

/** The first progress indicator that appeared within [from, to], ms after `from`. */
function progressBetween(from: number, to: number): number | undefined {
  const shown = benchWindow.benchObservations?.progressShown.find((entry) => entry.atMs >= from && entry.atMs <= to);
  return shown ? shown.atMs - from : undefined;
}

function interactiveAfter(ready: number): number {
  const tasks = benchWindow.benchObservations?.longTasks ?? [];
  let time = ready;
  for (let moved = true; moved;) {
    moved = false;
    for (const task of tasks) {
      const end = task.start + task.duration;
      if (task.start < time + INPUT_DELAY_MS && end > time) {
        time = end;
        moved = true;
      }
    }
  }
  return time;
}

async function heapBytes(): Promise<number> {
  benchWindow.gc?.();
  await nextFrame();
  benchWindow.gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory?.usedJSHeapSize ?? Number.NaN;
}

/** Counts and a sample of positions: changes when a layout moves nodes or a filter changes what is drawn. */
function drawingSignature(cy: Core): string {
  const sample = cy
    .nodes()
    .slice(0, 16)
    .map((node) => {
      const { x, y } = node.position();
      return `${Math.round(x)},${Math.round(y)}`;
    });
  return `${cy.nodes().length}/${cy.edges().length}/${cy.elements('.hidden').length}/${sample.join(';')}`;
}

/** What the overview renderer draws: every node and relationship it does not hide, where it draws them. */
function overviewGraph(sigma: Sigma): BenchGraph {
  const model = sigma.getGraph();
  const index = new Map<string, number>();
  const graph: BenchGraph = { nodes: { ids: [], labels: [], x: [], y: [] }, edges: { sources: [], targets: [] } };
  model.forEachNode((node, attributes) => {
    if (sigma.getNodeDisplayData(node)?.hidden) return;
    index.set(node, graph.nodes.ids.length);
    graph.nodes.ids.push(node);
    graph.nodes.labels?.push(String(attributes.label ?? node));
    graph.nodes.x.push(Number(attributes.x));
    // The reference turns y round for sigma; the app keeps sigma's y, so it is turned back here.
    graph.nodes.y.push(-Number(attributes.y));
  });
  model.forEachEdge((edge, _attributes, source, target) => {
    const from = index.get(source);
    const to = index.get(target);
    if (from === undefined || to === undefined || sigma.getEdgeDisplayData(edge)?.hidden) return;
    graph.edges.sources.push(from);
    graph.edges.targets.push(to);
  });
  return graph;
}

function drawnGraph(): BenchGraph {
  const sigma = benchWindow.atlas?.sigma;
  if (sigma) return overviewGraph(sigma);
  const cy = appCy();
  const nodes = cy.nodes(':visible');
  const index = new Map<string, number>();
  const graph: BenchGraph = { nodes: { ids: [], labels: [], x: [], y: [] }, edges: { sources: [], targets: [] } };
  nodes.forEach((node) => {
    const { x, y } = node.position();
    index.set(node.id(), graph.nodes.ids.length);
    graph.nodes.ids.push(node.id());
    graph.nodes.labels?.push(String(node.data('label') ?? node.id()));
    graph.nodes.x.push(x);
    graph.nodes.y.push(y);
  });
  cy.edges(':visible').forEach((edge) => {
    const source = index.get(edge.source().id());
    const target = index.get(edge.target().id());
    if (source === undefined || target === undefined) return;
    graph.edges.sources.push(source);
    graph.edges.targets.push(target);
  });
  return graph;
}

async function appLoad(readyMark: string): Promise<AppLoad> {
  await settleObservations();
  const marks: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('atlas:')) marks[mark.name] ??= mark.startTime;
  }
  // The app marks each dataset it draws; the last one is the one asked for.
  const readyMs = performance.getEntriesByName(readyMark).at(-1)?.startTime;
  if (readyMs === undefined) throw new Error(`The page has no ${readyMark} mark`);
  const interactiveMs = interactiveAfter(readyMs);
  const cy = appCy();
  const renderer = benchWindow.atlas?.renderer;
  const progress = benchWindow.benchObservations?.progressShown[0] ?? null;
  return {
    readyMs,
    interactiveMs,
    longestTaskMs: longestTask(0, interactiveMs),
    heapBytes: await heapBytes(),
    renderer: renderer
      ? {
          chosen: String(renderer.chosen),
          webglRenderer: String(renderer.webglRenderer),
          software: !!renderer.software,
        }
      : null,
    drawn: { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length },
    canvas: { width: cy.width(), height: cy.height() },
    marks,
    progress: progress && progress.atMs <= interactiveMs ? progress : null,
  };
}

async function switchDataset(
  select: HTMLSelectElement,
  id: string,
  readyMark: string,
  timeoutMs: number,
): Promise<DatasetSwitch> {
  const marksBefore = performance.getEntriesByName(readyMark).length;
  const wholeBefore = performance.getEntriesByName(WHOLE_MARK).length;
  const started = performance.now();
  select.value = id;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  for (;;) {
    const now = await nextFrame();
    if (performance.getEntriesByName(readyMark).length > marksBefore && benchWindow.atlas?.dataset === id) break;
    if (now - started > timeoutMs) throw new Error(`${id} was not drawn within ${Math.round(timeoutMs / 1000)} s`);
  }
  await settleObservations();
  const ready = performance.getEntriesByName(readyMark).at(-1)?.startTime ?? Number.NaN;
  const interactive = interactiveAfter(ready);
  const progress = benchWindow.benchObservations?.progressShown.find((shown) => shown.atMs >= started);
  const measured: DatasetSwitch = {
    readyMs: ready - started,
    interactiveMs: interactive - started,
    longestTaskMs: longestTask(started, interactive),
    progress: progress ? { atMs: progress.atMs - started, cancellable: progress.cancellable } : null,
  };
  // A large dataset opens on its summary before its relationships are all in: wait for the rest, untouched.
  let now = performance.now();
  while (!wholeYet(wholeBefore) && now - started <= timeoutMs) now = await nextFrame();
  await settleObservations();
  const whole = performance.getEntriesByName(WHOLE_MARK).at(-1)?.startTime;
  if (whole !== undefined && wholeYet(wholeBefore))
    measured.whole = { atMs: whole - started, longestTaskMs: longestTask(started, Math.max(whole, interactive)) };
  return measured;
}

/** The app's mark for a downloaded dataset whose last relationship is in (at once, unless it opened before that). */
const WHOLE_MARK = 'atlas:dataset-whole';
const wholeYet = (marksBefore: number) => performance.getEntriesByName(WHOLE_MARK).length > marksBefore;

/** Types into the search box as a reader would (the value, then an input event). */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Waits until the search box shows results (or says there are none): how many, or undefined after a time-out. */
async function searchResults(input: HTMLInputElement, started: number): Promise<{ hits?: number; now: number }> {
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const shown = () => {
    const hits = list?.querySelectorAll('[role="option"]').length ?? 0;
    return hits > 0 || input.parentElement?.querySelector('[role="status"]') ? hits : undefined;
  };
  let now = await nextFrame();
  while (shown() === undefined && now - started <= STEP_TIMEOUT_MS) now = await nextFrame();
  const hits = shown();
  return hits === undefined ? { now } : { hits, now };
}

async function timeSearchEnter(input: HTMLInputElement, query: string): Promise<TimedStep> {
  input.focus();
  typeInto(input, query);
  await searchResults(input, performance.now());
  return timeChange(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });
}

async function timeUntilGone(element: HTMLElement): Promise<TimedStep> {
  const started = performance.now();
  element.click();
  let note: string | undefined;
  while (element.isConnected && element.getClientRects().length > 0) {
    if ((await nextFrame()) - started > STEP_TIMEOUT_MS) {
      note = 'still there';
      break;
    }
  }
  await nextFrame();
  const doneAt = await nextFrame();
  await settleObservations();
  const step: TimedStep = { ms: doneAt - started, longestTaskMs: longestTask(started, doneAt) };
  if (note) step.note = note;
  return step;
}

async function timeSearch(input: HTMLInputElement, query: string): Promise<SearchStep> {
  input.focus();
  const started = performance.now();
  typeInto(input, query);
  const { hits, now } = await searchResults(input, started);
  const ms = now - started;
  const note = hits === undefined ? 'no results shown' : undefined;
  await settleObservations();
  const step: SearchStep = { query, hits: hits ?? 0, ms, longestTaskMs: longestTask(started, started + ms) };
  if (note) step.note = note;
  typeInto(input, '');
  input.blur();
  await nextFrame();
  return step;
}

/** Does what a reader did (a click, a choice) and waits until the drawing has changed and stood still a frame. */
async function timeChange(act: () => void): Promise<TimedStep> {
  const cy = appCy();
  const before = drawingSignature(cy);
  const started = performance.now();
  act();
  let previous = before;
  let changedAt = Number.NaN;
  let note: string | undefined;
  for (;;) {
    const now = await nextFrame();
    const current = drawingSignature(cy);
    const moving = cy.animated() || cy.nodes(':animated').nonempty();
    if (current !== previous) changedAt = now;
    else if (current !== before && !moving) break;
    previous = current;
    // Nothing happening ends the wait soon; a change under way is followed until it settles.
    if (current === before && now - started > STEP_TIMEOUT_MS) {
      note = 'the drawing did not change';
      changedAt = now;
      break;
    }
    if (now - started > SETTLE_TIMEOUT_MS) {
      note = 'still changing';
      changedAt = now;
      break;
    }
  }
  await settleObservations();
  const step: TimedStep = { ms: changedAt - started, longestTaskMs: longestTask(started, changedAt) };
  const progress = progressBetween(started, changedAt);
  if (progress !== undefined) step.progressMs = progress;
  if (note) step.note = note;
  return step;
}

async function timeOverview(element: HTMLElement): Promise<TimedStep & { heapBytes: number }> {
  const MARK = 'atlas:overview-drawn';
  const before = performance.getEntriesByName(MARK).length;
  const started = performance.now();
  element.click();
  let note: string | undefined;
  while (performance.getEntriesByName(MARK).length === before) {
    if ((await nextFrame()) - started > SETTLE_TIMEOUT_MS) {
      note = 'the overview did not draw';
      break;
    }
  }
  await nextFrame();
  const drawnAt = await nextFrame();
  await settleObservations();
  const step: TimedStep & { heapBytes: number } = {
    ms: drawnAt - started,
    longestTaskMs: longestTask(started, drawnAt),
    heapBytes: await heapBytes(),
  };
  const progress = progressBetween(started, drawnAt);
  if (progress !== undefined) step.progressMs = progress;
  if (note) step.note = note;
  return step;
}

function timeSelect(select: HTMLSelectElement, value: string): Promise<TimedStep> {
  return timeChange(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function webgl(): { renderer: string; software: boolean } {
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return { renderer: 'no WebGL', software: true };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { renderer, software: SOFTWARE_GL.test(renderer) };
}

const api: AtlasBenchApi = {
  appLoad,
  switchDataset,
  heapBytes,
  webgl,
  drawnGraph,
  panZoom(budgetMs) {
    const sigma = benchWindow.atlas?.sigma;
    const target: RendererTarget =
      registered ?? (sigma ? { kind: 'sigma', sigma } : { kind: 'cytoscape', cy: appCy() });
    return runPanZoom(panZoomTarget(target), budgetMs);
  },
  timeSearch,
  timeSelect,
  timeClick: (element) => timeChange(() => element.click()),
  timeOverview,
  timeSearchEnter,
  timeUntilGone,
  async longestTask(from, to) {
    await settleObservations();
    return longestTask(from, to);
  },
};
benchWindow.atlasBench = api;
