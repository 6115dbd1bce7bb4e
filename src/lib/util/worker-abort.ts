// A worker ended by the reader's Cancel: the signal's abort terminates it and rejects with the reason; `stop` ends it
// (and stops listening) when its work is done or failed.

/** Terminates `worker` when `signal` aborts, rejecting with the abort's reason; returns the way to stop it otherwise. */
export function stopWorkerOnAbort(
  worker: Worker,
  signal: AbortSignal | undefined,
  reject: (reason: unknown) => void,
): () => void {
  const stop = () => {
    worker.terminate();
    signal?.removeEventListener('abort', abort);
  };
  const abort = () => {
    stop();
    reject(signal?.reason instanceof Error ? signal.reason : new DOMException('Cancelled', 'AbortError'));
  };
  signal?.addEventListener('abort', abort, { once: true });
  return stop;
}
