import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Checks spawn process groups; forks (not threads) guarantee a failed test's
    // children die with its worker.
    pool: 'forks',
    // Every wait inside a check is bounded far below this; it only catches a
    // check that forgot to bound one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most of a check's time is spent waiting on sockets and timers, not on the
    // CPU: more files and tests at once than cores keep two cores busy.
    maxWorkers: 3,
    maxConcurrency: 12,
  },
});
