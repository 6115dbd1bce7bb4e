// The data table on 10,000+ rows (the Hetionet wide dataset's nodes): scrolls from top to bottom one step a frame in
// headless Chromium and counts frames over 50 ms (the target is none), with the p95 and the longest frame.
import { serveBuiltApp } from './bench-browser.ts';

const PORT = 4177;
/** Pixels scrolled each frame: about 30 rows, a brisk flick through the table. */
const STEP = 840;

const SCROLL_SCRIPT = `(async () => {
  const viewport = document.querySelector('[role="rowgroup"][aria-label="Rows"]');
  if (!viewport) throw new Error('no table');
  const rows = Number(document.querySelector('[role="grid"]').getAttribute('aria-rowcount')) - 1;
  const durations = [];
  await new Promise((done) => {
    let last = performance.now();
    const tick = (now) => {
      durations.push(now - last);
      last = now;
      if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) return done();
      viewport.scrollTop += STEP;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  durations.shift();
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    rows,
    frames: durations.length,
    over50: durations.filter((duration) => duration > 50).length,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    longest: sorted[sorted.length - 1] ?? 0,
  };
})()`;

export interface TableBench {
  rows: number;
  frames: number;
  over50: number;
  p95: number;
  longest: number;
}

export async function runTableBench(options: { root: string; appDir: string }): Promise<TableBench> {
  const served = await serveBuiltApp({ root: options.root, appDir: options.appDir, port: PORT });
  try {
    const page = await served.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/?dataset=hetionet-wide`);
    await page.waitForSelector('[data-ready="true"]', { timeout: 120_000 });
    await page.waitForFunction(
      () => (window.atlas as { dataset?: string } | undefined)?.dataset === 'hetionet-wide',
      undefined,
      {
        timeout: 120_000,
      },
    );
    await page.getByRole('button', { name: 'Data table' }).click();
    await page.waitForSelector('[role="rowgroup"][aria-label="Rows"] [role="row"]');
    await page.waitForTimeout(500);
    // A script as text: the bench runs through tsx, whose helpers would not exist inside the page.
    return (await page.evaluate(SCROLL_SCRIPT.replace('STEP', String(STEP)))) as TableBench;
  } finally {
    await served.close();
  }
}
