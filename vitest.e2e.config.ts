import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: playwright-core drives a system Chromium against `vite preview`
// of the production build (run `vite build` first; `npm run test:e2e` does).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
