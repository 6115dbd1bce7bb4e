// The scripted pan/zoom: the same camera path for every renderer, one step per animation frame (as a wheel or
// drag gives one per frame), timing the frames the renderer actually draws.
import { median, percentile } from './stats';

const PAN_ZOOM_STEPS = 120;
/** After the last step, how long to wait for the renderer to draw it. */
const LAST_DRAW_WAIT_MS = 5_000;

/** One camera position, relative to the view that fits the whole graph. */
interface CameraStep {
  /** Zoom as a multiple of the fitted zoom (1 = whole graph, 4 = a sixteenth of it). */
  zoom: number;
  /** Where the view's centre is, as a fraction of the graph's width and height away from the graph's centre. */
  dx: number;
  dy: number;
}

/** A renderer under test: how to move its camera, and how to hear that it has drawn a frame. */
export interface PanZoomTarget {
  apply(step: CameraStep): void;
  /** Calls `drawn` after every frame the renderer draws; returns how to stop listening. */
  onDraw(drawn: () => void): () => void;
}

export interface FrameStats {
  /** Camera steps applied: fewer than `planned` when the time budget ran out. */
  steps: number;
  planned: number;
  /** Frames the renderer drew while the camera moved (a renderer may skip frames it cannot keep up with). */
  frames: number;
  /** Time between successive drawn frames (the first counted from the first camera step). */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  totalMs: number;
}

/** Zooms in to 4× and back out while circling the graph's centre. */
function cameraStep(step: number, steps = PAN_ZOOM_STEPS): CameraStep {
  const t = step / steps;
  return {
    zoom: 2 ** (2 * Math.sin(Math.PI * t)),
    dx: 0.25 * Math.sin(2 * Math.PI * t),
    dy: 0.15 * Math.sin(4 * Math.PI * t),
  };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Moves the camera one step per animation frame and records when the renderer draws. The time between drawn
 * frames is what a reader sees as smoothness; Chromium holds back the next frame while raster and GPU work
 * (software or not) is still busy, so that work is included. Stops early when `budgetMs` runs out.
 */
export async function runPanZoom(target: PanZoomTarget, budgetMs: number, steps = PAN_ZOOM_STEPS): Promise<FrameStats> {
  await nextFrame();
  await nextFrame();
  const draws: number[] = [];
  const stop = target.onDraw(() => draws.push(performance.now()));
  let applied = 0;
  let started = Number.NaN;
  let lastStep = Number.NaN;
  try {
    while (applied < steps) {
      await nextFrame();
      lastStep = performance.now();
      if (applied === 0) started = lastStep;
      else if (lastStep - started > budgetMs) break;
      target.apply(cameraStep(applied, steps));
      applied++;
    }
    const deadline = performance.now() + LAST_DRAW_WAIT_MS;
    while ((draws.at(-1) ?? 0) < lastStep && performance.now() < deadline) await nextFrame();
  } finally {
    stop();
  }
  const times = [started, ...draws.filter((time) => time >= started)];
  const intervals = times.slice(1).map((time, index) => time - (times[index] ?? time));
  return {
    steps: applied,
    planned: steps,
    frames: intervals.length,
    medianMs: median(intervals),
    p95Ms: percentile(intervals, 0.95),
    maxMs: intervals.length ? Math.max(...intervals) : Number.NaN,
    totalMs: (times.at(-1) ?? started) - started,
  };
}
