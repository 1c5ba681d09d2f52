import { defineConfig } from 'vitest/config';

// Unit tests: src/core, the CLI and the worker API, in Node. Kept apart from the app config
// (STACK.md: with the full app config vitest hung once in five runs).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
