// At most one request to the graph server at a time: a new user action aborts the one still running (latest wins),
// and Cancel aborts it outright.

export class LatestRequest {
  #current: AbortController | undefined;

  /** Whether a request is running. */
  get busy(): boolean {
    return this.#current !== undefined;
  }

  /** Runs `task` with a signal that aborts when a newer task starts or on cancel(). */
  async run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    try {
      return await task(controller.signal);
    } finally {
      if (this.#current === controller) this.#current = undefined;
    }
  }

  cancel(): void {
    this.#current?.abort();
    this.#current = undefined;
  }
}
