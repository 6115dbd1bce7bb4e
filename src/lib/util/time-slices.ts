// Runs a long loop a slice of about 30 ms at a time, letting the page respond (paint, take input) between slices.

/** How long one slice may hold the page (well under the 50 ms of a long task, even on a slow machine). */
const SLICE_MS = 30;

export interface SliceOptions {
  /** How many items run between looks at the clock (default 512). */
  clockEvery?: number | undefined;
  /** Where to go on from after a pause, when work can be done meanwhile (a search finishing an index at once). */
  resumeAt?: (() => number) | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /** Lets the page respond between slices, when it should be other than `yieldToPage` (waiting for a frame, say). */
  pause?: (() => Promise<void>) | undefined;
}

interface Scheduler {
  yield(): Promise<void>;
}

/** Goes on in a task of its own, after what is already queued (a zero timer). */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Lets the page paint and take input, then goes on: `scheduler.yield()` where the browser has it (it goes on ahead of
 * other queued work), else a timer. Nested zero timers wait at least 4 ms each, a tenth of every 30 ms slice.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/** How long to wait for a frame before going on without one (a hidden tab draws none). */
const NO_FRAME_MS = 100;

/** Goes on with `then` once the page has drawn its next frame, or after `NO_FRAME_MS` when no frame comes. */
function afterFrame(then: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, NO_FRAME_MS);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => {
        clearTimeout(timer);
        void then().then(resolve);
      });
  });
}

/**
 * Waits for the page to draw a frame, so a busy machine still paints between slices of work; a hidden tab draws no
 * frames, so a timeout goes on without one.
 */
export function nextFrame(): Promise<void> {
  return afterFrame(nextTask);
}

/**
 * Goes on just after the page has drawn its next frame, ahead of zero timers (work running in slices meanwhile takes
 * turns with it rather than going first); a hidden tab draws no frames, so a timeout goes on without one.
 */
export function afterNextFrame(): Promise<void> {
  return afterFrame(yieldToPage);
}

/** Calls `run(from, to)` over the items 0…total in order, in slices of about 30 ms; cancellable by `signal`. */
export async function inTimeSlices(
  total: number,
  run: (from: number, to: number) => void,
  options: SliceOptions = {},
): Promise<void> {
  const every = options.clockEvery ?? 512;
  let item = options.resumeAt?.() ?? 0;
  while (item < total) {
    options.signal?.throwIfAborted();
    const sliceStart = performance.now();
    do {
      const end = Math.min(total, item + every);
      run(item, end);
      item = end;
    } while (item < total && performance.now() - sliceStart < SLICE_MS);
    options.onProgress?.(item / total);
    await (options.pause ?? yieldToPage)();
    item = Math.max(item, options.resumeAt?.() ?? item);
  }
  options.signal?.throwIfAborted();
}

/** Calls `visit` on each of `total` items an iterator yields, in order, in slices of about 30 ms; cancellable. */
export async function forEachInTimeSlices<T>(
  items: Iterator<T>,
  total: number,
  visit: (item: T) => void,
  options: Pick<SliceOptions, 'signal'> = {},
): Promise<void> {
  await inTimeSlices(
    total,
    (from, to) => {
      for (let index = from; index < to; index++) {
        const next = items.next();
        if (next.done) return;
        visit(next.value);
      }
    },
    options,
  );
}
