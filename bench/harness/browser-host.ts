// Launches the benchmark's headless Chromium (the same binary the e2e tests use) and opens isolated pages
// that run the observers script first; relaunches the browser when a page cannot be closed.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { resolveChromiumPath } from '../../scripts/chromium-path';
import { OBSERVERS_SCRIPT } from './observers';

/** The app's own bench (scripts/bench.ts) uses the same window size. */
const VIEWPORT = { width: 1440, height: 900 };
const CLOSE_TIMEOUT_MS = 15_000;

const LAUNCH_ARGS = [
  '--disable-background-networking',
  // Exact heap sizes (performance.memory is rounded otherwise) and window.gc() before reading them.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

export class BrowserHost {
  #browser: Browser | undefined;

  async browser(): Promise<Browser> {
    if (!this.#browser?.isConnected()) {
      const executablePath = resolveChromiumPath({
        env: process.env,
        exists: existsSync,
        bundledPath: () => chromium.executablePath(),
      });
      this.#browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
    }
    return this.#browser;
  }

  /** A fresh context (empty cache, own heap) with one page. */
  async open(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await (await this.browser()).newContext({ viewport: VIEWPORT, acceptDownloads: true });
    await context.addInitScript({ content: OBSERVERS_SCRIPT });
    return { context, page: await context.newPage() };
  }

  /** Closes a context; a page stuck in a long script may not close, and then the whole browser goes. */
  async dispose(context: BrowserContext): Promise<void> {
    const closed = await Promise.race([
      context.close().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS)),
    ]);
    if (!closed) await this.close();
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    await browser?.close().catch(() => undefined);
  }
}
