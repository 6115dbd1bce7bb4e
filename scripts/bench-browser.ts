// The built app served on a local port and a headless Chromium to open it with, for the browser parts of
// `npm run bench`: one place that finds the browser and serves the build, and closes both afterwards.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { resolveChromiumPath } from './chromium-path.ts';

export interface ServedApp {
  browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

export async function serveBuiltApp(options: {
  root?: string | undefined;
  appDir: string;
  port: number;
  /** Chromium switches besides `--disable-background-networking`. */
  chromiumArgs?: readonly string[];
}): Promise<ServedApp> {
  const server = await preview({
    ...(options.root ? { root: options.root } : {}),
    logLevel: 'silent',
    build: { outDir: options.appDir },
    preview: { port: options.port, strictPort: true },
  });
  const executablePath = resolveChromiumPath({
    env: process.env,
    exists: existsSync,
    bundledPath: () => chromium.executablePath(),
  });
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', ...(options.chromiumArgs ?? [])],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
