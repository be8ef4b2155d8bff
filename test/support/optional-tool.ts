import { execFileSync } from 'node:child_process';

/**
 * Some tests need a system tool a learner's machine may lack (chromium for the
 * browser tests, bwrap for the grading sandbox). Locally they are skipped with
 * a line saying what did not run and how to get it; in CI (CI=true) they always
 * run, so a missing tool fails them: there they are required.
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

/**
 * Whether tests that need `command` should run: yes when it is installed or in
 * CI; otherwise prints once what is not run. Use as `test.runIf(...)` or
 * `describe.runIf(...)`.
 */
export function canRunWith(command: string, installHint: string): boolean {
  if (hasTool(command) || process.env.CI) return true;
  if (!announced.has(command)) {
    announced.add(command);
    process.stderr.write(`not run: tests that need \`${command}\` (not installed; ${installHint})\n`);
  }
  return false;
}
