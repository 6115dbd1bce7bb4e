// How numbers read in the printed tables: times, sizes, frame times, ratios and reference outcomes.
import type { FrameStats } from '../lib/pan-zoom';
import type { ReferenceRun } from './results';

export const ms = (value: number) =>
  Number.isNaN(value) ? '–' : value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
export const mb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
export const count = (value: number) => value.toLocaleString('en-GB');

export function frames(stats: FrameStats | undefined): string {
  if (!stats) return '–';
  const partial = stats.steps < stats.planned ? `, stopped after ${stats.steps} of ${stats.planned} steps` : '';
  return `${stats.medianMs.toFixed(1)} / ${stats.p95Ms.toFixed(1)} ms (${stats.frames} frames${partial})`;
}

/** A reference's navigation → drawn time, or what happened instead. */
export function referenceReady(run: ReferenceRun | undefined): string {
  if (!run) return '–';
  if (run.outcome === 'drawn') return ms(run.readyMs ?? Number.NaN);
  if (run.outcome === 'timed-out') return `≥ ${ms(run.readyMs ?? Number.NaN)} (timed out)`;
  if (run.outcome === 'skipped') return `skipped${run.note ? ` (${run.note})` : ''}`;
  return `failed: ${run.note ?? 'unknown error'}`;
}

/** app ÷ reference; when the reference timed out its time is a lower bound, so the ratio is an upper bound. */
export function ratioTo(app: number | undefined, run: ReferenceRun | undefined, value: number | undefined): string {
  const measured = run?.outcome === 'drawn' || run?.outcome === 'timed-out';
  if (app === undefined || value === undefined || !measured || Number.isNaN(value)) {
    return '–';
  }
  return `${run.outcome === 'timed-out' ? '≤ ' : ''}${ratio(app / value)}`;
}
