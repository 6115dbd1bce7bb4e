// What the benchmark pages report back to the harness: the page-side API, the reference page's state, and the
// observations an init script collects from the first moment of every page.
import type { BenchGraph } from './bench-graph';
import type { FrameStats } from './pan-zoom';

export interface WebGLInfo {
  renderer: string;
  /** SwiftShader, llvmpipe and the like: WebGL drawn by the CPU. */
  software: boolean;
}

/** What the app says about its renderer (window.atlas.renderer), when it says it. */
export interface AppRendererReport {
  chosen: string;
  webglRenderer: string;
  software: boolean;
}

interface ProgressSeen {
  /** When a progress indicator appeared, in ms since navigation (or since the operation, in DatasetSwitch). */
  atMs: number;
  /** Whether a Cancel button was on the page at that moment. */
  cancellable: boolean;
}

export interface AppLoad {
  /** The app's ready mark, in ms since navigation. */
  readyMs: number;
  /** The ready mark, pushed past any long task running at or chained right after it. */
  interactiveMs: number;
  /** Longest main-thread task between navigation and interactive. */
  longestTaskMs: number;
  heapBytes: number;
  renderer: AppRendererReport | null;
  drawn: { nodes: number; edges: number };
  canvas: { width: number; height: number };
  /** Every `atlas:*` performance mark, in ms since navigation. */
  marks: Record<string, number>;
  progress: ProgressSeen | null;
}

/** Choosing a dataset in the app's Dataset select; times in ms since the choice. */
export interface DatasetSwitch {
  readyMs: number;
  interactiveMs: number;
  longestTaskMs: number;
  progress: ProgressSeen | null;
  /**
   * A dataset opened before its relationships were all in: when the last was added (`atlas:dataset-whole`), and the
   * longest task from choosing it until then; absent when it opened whole.
   */
  whole?: { atMs: number; longestTaskMs: number };
}

export interface TimedStep {
  ms: number;
  longestTaskMs: number;
  /** When a progress indicator appeared during the step, ms after it began. */
  progressMs?: number;
  /** Set when the step did not finish as expected (no change seen, timed out). */
  note?: string;
}

export interface SearchStep extends TimedStep {
  query: string;
  hits: number;
}

/** window.atlasBench, installed by the probe script in the app and in the reference page. */
export interface AtlasBenchApi {
  appLoad(readyMark: string): Promise<AppLoad>;
  /** Picks a dataset in the app's Dataset select and waits until it is drawn (window.atlas.dataset is its id). */
  switchDataset(select: HTMLSelectElement, id: string, readyMark: string, timeoutMs: number): Promise<DatasetSwitch>;
  heapBytes(): Promise<number>;
  webgl(): WebGLInfo;
  /** The elements the app has drawn, with the app's positions. */
  drawnGraph(): BenchGraph;
  panZoom(budgetMs: number): Promise<FrameStats>;
  timeSearch(input: HTMLInputElement, query: string): Promise<SearchStep>;
  /** Picks an option of a select (layout, filter) and waits until the graph has changed and settled. */
  timeSelect(select: HTMLSelectElement, value: string): Promise<TimedStep>;
  /** Clicks a button (such as Show everything) and waits the same way. */
  timeClick(element: HTMLElement): Promise<TimedStep>;
  /**
   * Clicks a button that hands a large graph to the overview renderer (sigma.js) and waits until it has drawn (its
   * `atlas:overview-drawn` mark) and two frames more, as the sigma.js reference is timed; then reads the heap.
   */
  timeOverview(element: HTMLElement): Promise<TimedStep & { heapBytes: number }>;
  /**
   * Types a query in the search box, waits for its results, then presses Enter (opening the first result: a large
   * graph's node opens in the detail view) and waits until the drawing has changed and settled.
   */
  timeSearchEnter(input: HTMLInputElement, query: string): Promise<TimedStep>;
  /** Clicks a button that goes away once done (Back to the overview) and waits until it has, and two frames more. */
  timeUntilGone(element: HTMLElement): Promise<TimedStep>;
  /** Longest main-thread task overlapping [from, to], ms since navigation. */
  longestTask(from: number, to: number): Promise<number>;
}

export type ReferenceState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | {
      status: 'drawn';
      renderer: 'cytoscape' | 'sigma';
      nodes: number;
      edges: number;
      /** Graph downloaded and parsed, ms since navigation. */
      dataMs: number;
      /** Graph drawn, ms since navigation. */
      readyMs: number;
    };

/** Filled from the first moment of every page by the harness's init script. */
interface PageObservations {
  longTasks: { start: number; duration: number }[];
  /** Each time a progress indicator appeared where there was none. */
  progressShown: ProgressSeen[];
}

/** How the harness reaches these from page.evaluate callbacks (a cast, so nothing is added to Window globally). */
export interface BenchWindow {
  atlasBench: AtlasBenchApi;
  benchReference?: ReferenceState;
  benchObservations: PageObservations;
}
