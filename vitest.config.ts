import { defineConfig } from 'vitest/config';

/** Tests that build the site and drive Chromium: they run after every other test, on a quiet machine. */
const inTheBrowser = ['test/site/browser.test.ts'];
/** Tests that run lessons' checks: those of the lessons with timed checks run on their own (test/support/lesson-groups.ts). */
const lessonChecks = ['test/fixtures.test.ts', 'test/checks.test.ts', 'test/independent.test.ts', 'test/site/diagrams.test.ts'];

export default defineConfig({
  test: {
    // Checks spawn process groups; forks (not threads) guarantee a failed test's
    // children die with its worker.
    pool: 'forks',
    // A worker runs one file after another instead of starting afresh for each:
    // on two cores, starting 20 workers cost more than some of the files they ran.
    // Tests share no state through modules (each check starts and stops its own
    // programs), and a worker's exit still kills any program left behind.
    isolate: false,
    // Every wait inside a check is bounded far below this; it only catches a
    // check that forgot to bound one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most of a check's time is spent waiting on sockets and timers, not on the
    // CPU: a few more tests at once than cores keep two cores busy. More than
    // that only starves the programs: on two cores, 3 workers with 12 tests
    // each (and 3 checks in each fixture test) left a timed check without the
    // CPU for seconds, and correct programs failed.
    maxWorkers: 2,
    maxConcurrency: 5,
    globalSetup: ['test/support/scratch-root.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'programs',
          include: ['test/**/*.test.ts'],
          exclude: inTheBrowser,
          env: { SUITE_LESSONS: 'untimed' },
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: lessonChecks,
          env: { SUITE_LESSONS: 'timed' },
          // Few at a time: in a fresh clone each broken program is built
          // first, and builds beside timed checks left a correct timer more
          // than its second of slack late.
          maxWorkers: 1,
          maxConcurrency: 2,
          sequence: { groupOrder: 1 },
        },
      },
      // A browser beside the checks either starves them (at its own priority)
      // or is starved by them (at the lowest): in CI, at the lowest, every page
      // load waited more than 30 s. So the site is built and its pages visited
      // once the checks are done.
      {
        extends: true,
        test: { name: 'browser', include: inTheBrowser, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
