// Integration tests against real servers (tests/integration): a Virtuoso started by tests/support/virtuoso.ts.
// Run by `npm run test:integration`, one file at a time, with time for a server to start.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
