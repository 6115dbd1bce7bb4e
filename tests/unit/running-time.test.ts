// The layout's stopwatch: time counts between ticks, but a page busy for seconds between two ticks adds one tick.
import { describe, expect, it } from 'vitest';
import { RunningTime } from '../../src/lib/util/running-time';

function clock(start = 1000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RunningTime', () => {
  it('adds the time between regular ticks', () => {
    const time = clock();
    const running = new RunningTime(250, time.now);
    time.advance(100);
    expect(running.tick()).toBe(100);
    time.advance(100);
    expect(running.tick()).toBe(200);
  });

  it('counts a main thread blocked for three seconds as one long tick', () => {
    const time = clock();
    const running = new RunningTime(250, time.now);
    time.advance(100);
    running.tick();
    time.advance(3000);
    expect(running.tick()).toBe(350);
    time.advance(100);
    expect(running.tick()).toBe(450);
  });

  it('never runs backwards', () => {
    const time = clock();
    const running = new RunningTime(250, time.now);
    time.advance(-50);
    expect(running.tick()).toBe(0);
  });
});
