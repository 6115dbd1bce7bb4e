// A long loop run a slice at a time: every item once and in order, progress to the end, work done meanwhile skipped,
// a stop when asked, the same over what an iterator yields, and going on after the next frame.
import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame, forEachInTimeSlices, inTimeSlices } from '../../src/lib/util/time-slices';

describe('inTimeSlices', () => {
  it('runs every item once, in order, and reports progress up to the whole', async () => {
    const seen: number[] = [];
    const progress: number[] = [];
    await inTimeSlices(
      1000,
      (from, to) => {
        for (let item = from; item < to; item++) seen.push(item);
      },
      { clockEvery: 7, onProgress: (fraction) => progress.push(fraction) },
    );
    expect(seen).toEqual([...Array(1000).keys()]);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('goes on from where work done meanwhile left off', async () => {
    // Every look at the clock finds a slice's time up, so each chunk is a slice of its own.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 40));
    let done = 0;
    const ran: [number, number][] = [];
    try {
      await inTimeSlices(
        100,
        (from, to) => {
          ran.push([from, to]);
          // A search came and finished the rest at once.
          done = 100;
        },
        { clockEvery: 10, resumeAt: () => done },
      );
    } finally {
      clock.mockRestore();
    }
    expect(ran).toEqual([[0, 10]]);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(inTimeSlices(10, () => undefined, { signal: controller.signal })).rejects.toThrow();
  });

  it('visits what an iterator yields, in order, as many as asked for and never past its end', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 40));
    const seen: string[] = [];
    try {
      await forEachInTimeSlices(['a', 'b', 'c', 'd'].values(), 3, (item) => seen.push(item));
      await forEachInTimeSlices(['e', 'f'].values(), 5, (item) => seen.push(item));
    } finally {
      clock.mockRestore();
    }
    expect(seen).toEqual(['a', 'b', 'c', 'e', 'f']);
  });
});

describe('afterNextFrame', () => {
  it('goes on in a task after the next frame is drawn, or after a while when no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      let done = false;
      void afterNextFrame().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(50);
      expect(done).toBe(false);
      frames[0]?.(0);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(true);

      let hidden = false;
      void afterNextFrame().then(() => (hidden = true));
      await vi.advanceTimersByTimeAsync(99);
      expect(hidden).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(hidden).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });
});
