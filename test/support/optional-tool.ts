import { execFileSync } from 'node:child_process';
import { test } from 'vitest';

/**
 * Some tests need a system tool a learner's machine may lack (chromium for the
 * browser tests, bwrap for the grading sandbox). Locally they are skipped with
 * a line saying what did not run and how to get it; in CI (CI=true) a missing
 * tool is a failure, so those tests are required there.
 */
export function hasTool(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const announced = new Set<string>();

/** `test` when `command` is available (or in CI), else `test.skip` with a printed note. */
export function testWithTool(command: string, installHint: string): typeof test {
  if (hasTool(command) || process.env.CI) return test;
  if (!announced.has(command)) {
    announced.add(command);
    process.stderr.write(`not run: tests that need \`${command}\` (not installed; ${installHint})\n`);
  }
  return test.skip;
}
