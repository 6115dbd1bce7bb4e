// The shape of bench/results/<date>.json (described in bench/results/README.md) and how it is written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { FrameStats } from '../lib/pan-zoom';
import type { AppLoad, AppRendererReport, DatasetSwitch, SearchStep, TimedStep, WebGLInfo } from '../lib/protocol';

/** A measurement that could not be taken, and why. */
interface Unavailable {
  unavailable: string;
}
export type Measured<T> = T | Unavailable;

export function isAvailable<T extends object>(value: Measured<T> | undefined): value is T {
  return value !== undefined && !('unavailable' in value);
}

export interface ReferenceRun {
  renderer: 'cytoscape' | 'sigma';
  /**
   * The whole dataset file, or only the elements the app drew (for like-for-like frame times): after Show
   * everything when the app offered it, else as it opened.
   */
  graph: 'dataset' | 'drawn';
  outcome: 'drawn' | 'timed-out' | 'failed' | 'skipped';
  note?: string;
  nodes: number;
  edges: number;
  /** Navigation → drawn; when timed out, the time-out (so a lower bound). */
  readyMs?: number;
  /** Graph parsed → drawn. */
  drawMs?: number;
  longestTaskMs?: number;
  heapBytes?: number;
  panZoom?: FrameStats;
}

/** Built files the page fetched, with their sizes as built and compressed (gzip -9). */
export interface FetchedFiles {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Opening a node of a large graph in the detail view: which node, and how long until it was drawn. */
export interface AppDetail extends TimedStep {
  hub: string;
}

export interface AppRun {
  url: string;
  /** One entry per page load; the summary fields below are their medians. */
  loads: AppLoad[];
  readyMs: number;
  interactiveMs: number;
  heapBytes: number;
  longestLoadTaskMs: number;
  renderer: AppRendererReport | null;
  drawn: { nodes: number; edges: number };
  marks: Record<string, number>;
  progress: AppLoad['progress'];
  /** A large dataset chosen in the app's Dataset select after the curated graph has loaded. */
  chosenInApp?: Measured<DatasetSwitch>;
  /** JavaScript fetched by the time the graph was interactive, sizes of the built files (gzip -9). */
  initialJs: FetchedFiles;
  /** Data (JSON) fetched by then, such as the curated graph the page reads as it starts; absent in older results. */
  initialData?: FetchedFiles;
  /** Pan/zoom on the view as it opened. */
  panZoom: Measured<FrameStats>;
  /** Large datasets open on a part: Show everything draws as much as the app will, then pan/zoom again. */
  showEverything?: Measured<
    TimedStep & {
      drawn: { nodes: number; edges: number };
      panZoom: Measured<FrameStats>;
      /** After a large graph is drawn whole by the overview renderer. */
      heapBytes?: number;
    }
  >;
  /** A large dataset's best-connected node opened in the detail view from the search box (Enter to drawn). */
  detail?: Measured<AppDetail>;
  /** Back from that detail view to the overview. */
  backToOverview?: Measured<TimedStep>;
  search: Measured<{ steps: SearchStep[]; medianMs: number; worstMs: number; longestTaskMs: number }>;
  filter: Measured<(TimedStep & { action: string })[]>;
  layouts: Measured<(TimedStep & { layout: string })[]>;
  exports: { png: Measured<{ ms: number }>; svg: Measured<{ ms: number }> };
  /** Longest task from navigation to the end of all the interactions. */
  longestSessionTaskMs: number;
  pageErrors: string[];
}

export interface DatasetResult {
  id: string;
  label: string;
  nodes: number;
  edges: number;
  app: Measured<AppRun>;
  references: ReferenceRun[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  limit: string;
  /** null when it could not be decided (something not measurable yet). */
  pass: boolean | null;
}

export interface BenchResults {
  format: 'synapse-atlas-bench/1';
  startedAt: string;
  durationS: number;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGB: number; platform: string; node: string; loadAverage: number[] };
  browser: { version: string; headless: true; webgl: WebGLInfo; appRenderer: AppRendererReport | null };
  /** Measurements made before the browser runs (build, bundle, data pipeline), passed in by scripts/bench.ts. */
  context?: Record<string, unknown>;
  datasets: DatasetResult[];
  targets: TargetCheck[];
}

/** Writes bench/results/<ISO date-time>.json, formatted as the project formats JSON, and returns its path. */
export async function writeResults(directory: string, results: BenchResults): Promise<string> {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${results.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  const options = { ...(await resolveConfig(file)), parser: 'json', filepath: file };
  writeFileSync(file, await format(JSON.stringify(results), options));
  return file;
}
