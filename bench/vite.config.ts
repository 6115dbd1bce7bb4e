// Builds the benchmark's pages: the reference renderer page and the probe script injected into the app.
// `npm run bench` builds them into the app's build folder under /bench-reference/, so one server serves both.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const PAGES = resolve(import.meta.dirname, 'pages');
export const REFERENCE_BASE = '/bench-reference/';

export default defineConfig({
  root: PAGES,
  base: REFERENCE_BASE,
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '..', 'dist-bench-reference'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: { reference: resolve(PAGES, 'reference.html'), probe: resolve(PAGES, 'probe.ts') },
      output: { entryFileNames: 'assets/[name].js' },
    },
  },
});
