// A stopwatch for work that only advances while the page is free: a long task on the main thread counts for no
// more than one tick, so a job given "four seconds" gets four seconds of running even on a busy page.

export class RunningTime {
  readonly #now: () => number;
  readonly #longestTick: number;
  #last: number;
  #elapsed = 0;

  /** `longestTick`: the most one tick may add (a little over the interval the ticks are meant to come at). */
  constructor(longestTick: number, now: () => number = () => performance.now()) {
    this.#now = now;
    this.#longestTick = longestTick;
    this.#last = now();
  }

  /** Counts the time since the last tick (at most `longestTick`) and returns the running time so far. */
  tick(): number {
    const now = this.#now();
    this.#elapsed += Math.min(Math.max(0, now - this.#last), this.#longestTick);
    this.#last = now;
    return this.#elapsed;
  }
}
