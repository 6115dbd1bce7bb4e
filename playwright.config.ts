// End-to-end tests: a production build served by `vite preview`, driven by headless Chromium (no browser download).
import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { resolveChromiumPath } from './scripts/chromium-path';

// Not preview's usual 4173, so a `npm start` left running is never mistaken for the test server.
// E2E_PORT lets two test runs on one machine use their own server and build folder.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const OUT_DIR = process.env.E2E_PORT ? `dist-e2e-${PORT}` : 'dist-e2e';
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

const executablePath = resolveChromiumPath({
  env: process.env,
  exists: existsSync,
  bundledPath: () => chromium.executablePath(),
});

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    // The production build registers a service worker; tests that intercept requests need it out of the way.
    // tests/e2e/offline.spec.ts allows it again.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    // Recording a trace for every test (to keep only the failures') made the suite about a third slower here; a
    // failure's retry on CI is recorded instead, and `npx playwright test --trace on` records one locally.
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        headless: true,
        launchOptions: {
          executablePath,
          // The machine may have no outside network: keep Chromium from reaching for it.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 120_000,
  },
});
