import { defineConfig } from 'vitest/config';

// Unit tests: src/core, the CLI and the worker API, in Node. Kept apart from the app config
// (STACK.md: with the full app config vitest hung once in five runs).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The UI's messages, both languages (the app loads the one in use: src/ui/message-tables.ts).
    setupFiles: ['test/setup-messages.ts'],
    // Guards against a hung test, not speed limits: a shared machine can be several times slower
    // than a quiet one (simulation-directions' setup runs thousands of replicates).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
