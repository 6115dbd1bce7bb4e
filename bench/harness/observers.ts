// The script every benchmark page runs before its own: it records long main-thread tasks and each appearance
// of a progress indicator (with whether a Cancel button was there) into window.benchObservations.

/** Plain JavaScript, added with context.addInitScript, so it runs before the page's scripts and outside its CSP. */
export const OBSERVERS_SCRIPT = `(() => {
  const observations = { longTasks: [], progressShown: [] };
  window.benchObservations = observations;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) observations.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let showing = false;
  new MutationObserver(() => {
    const shown = document.querySelector('[role="progressbar"], progress') !== null;
    if (shown && !showing) {
      const cancellable = [...document.querySelectorAll('button')].some((button) => /cancel/i.test(button.textContent || ''));
      observations.progressShown.push({ atMs: performance.now(), cancellable });
    }
    showing = shown;
  }).observe(document, { childList: true, subtree: true });
})();`;
