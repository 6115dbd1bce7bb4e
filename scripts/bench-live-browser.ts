// `npm run bench -- --live --browser-heap`: the graph-server walk in a blank page of headless Chromium (LiveSource
// alone, without the app's UI), for the browser's heap after 20 expansions; the live UI's own heap is not this.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import type { LiveWalk, LiveWalkInput } from '../bench/lib/live-walk.ts';
import { errorMessage } from '../src/lib/util/error-message.ts';
import { resolveChromiumPath } from './chromium-path.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'dist-bench-live');

export interface BrowserHeap {
  expansions: number;
  nodes: number;
  edges: number;
  /** The page's used JS heap after a full GC: before the walk (the script and its input), and after it. */
  baselineBytes: number;
  heapBytes: number;
}

/** Serves the page and its script on a loopback port of its own, so the endpoint is read cross-origin, as the app does. */
function servePage(script: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/live-walk.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Live walk</title><script src="/live-walk.js"></script>');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

export async function measureBrowserHeap(input: LiveWalkInput): Promise<BrowserHeap | { unavailable: string }> {
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        outDir: OUT_DIR,
        emptyOutDir: true,
        lib: {
          entry: join(ROOT, 'bench', 'pages', 'live-walk.ts'),
          formats: ['iife'],
          name: 'atlasLiveWalk',
          fileName: () => 'live-walk.js',
        },
      },
    });
    const { server, url } = await servePage(readFileSync(join(OUT_DIR, 'live-walk.js'), 'utf8'));
    const executablePath = resolveChromiumPath({
      env: process.env,
      exists: existsSync,
      bundledPath: () => chromium.executablePath(),
    });
    const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      const cdp = await page.context().newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      await page.evaluate((walkInput) => Object.assign(window, { walkInput }), input);
      const baselineBytes = await heap();
      const walk = await page.evaluate(() => {
        const page = window as unknown as {
          walkInput: LiveWalkInput;
          liveWalk: (input: LiveWalkInput) => Promise<LiveWalk>;
        };
        return page.liveWalk(page.walkInput);
      });
      const heapBytes = await heap();
      return { expansions: walk.expansions, nodes: walk.nodes, edges: walk.edges, baselineBytes, heapBytes };
    } finally {
      await browser.close();
      server.close();
    }
  } catch (error) {
    return { unavailable: errorMessage(error) };
  }
}
