/// <reference types="vitest/config" />
// Build, dev server, preview and unit/component test configuration.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { graphDataPlugin } from './scripts/vite-plugin-graph-data.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [svelte(), svelteTesting(), graphDataPlugin(), cspPlugin(), offlinePlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1024, modulePreload: { polyfill: false } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/{unit,component,data}/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest-setup.ts'],
    // One worker per core (Vitest leaves one free by default, which on a two-core machine runs the files one by one:
    // most of their time is starting each file, not its tests).
    maxWorkers: '100%',
    coverage: { provider: 'v8', include: ['src/**/*.{ts,svelte}'] },
  },
});
