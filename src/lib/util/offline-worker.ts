// Registers the offline service worker (built by vite-plugin-pwa, scripts/vite-plugin-offline.ts) once the page has
// drawn its first graph: the worker's first install fetches every asset, a few megabytes, which on a slow machine
// would otherwise compete with starting up (up to half a second later to settle on two cores).

/** The script the build writes, at the site's root like the page. */
const WORKER_URL = '/sw.js';
/** How long an idle moment may be waited for once the graph is drawn. */
const IDLE_WAIT_MS = 2_000;

function whenIdle(run: () => void): void {
  if (typeof globalThis.requestIdleCallback === 'function')
    globalThis.requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  else setTimeout(run, 200);
}

/**
 * Registers the service worker in an idle moment after the performance mark `shown` (the first dataset drawn), or
 * after `latestMs` if the page never gets that far (a start-up failure still leaves the page cached for next time).
 */
export function registerOfflineWorkerOnceShown(shown = 'atlas:dataset-ready', latestMs = 10_000): void {
  const worker = globalThis.navigator?.serviceWorker;
  if (!worker) return;
  let done = false;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(shown).length > 0) whenIdle(register);
  });
  const timer = setTimeout(register, latestMs);
  function register(): void {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    // Without it the page works as before; only its use with no network is lost.
    worker?.register(WORKER_URL, { scope: '/' }).catch(() => undefined);
  }
  if (performance.getEntriesByName(shown).length > 0) whenIdle(register);
  else observer.observe({ type: 'mark' });
}
