import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa, type Options } from 'execa';
import { repoRoot } from '../../workbook/harness/target.ts';

/**
 * A temporary folder, removed when the test finishes. Pass the test context's
 * `onTestFinished`: in concurrent tests the global one may belong to another test.
 */
export async function temporaryFolder(prefix: string, onTestFinished: (fn: () => Promise<void>) => void): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Starts a workbook command (`workbook/cli/<name>.ts`) as `npm run <name>` does,
 * through the launcher, without colour, with a bounded run time.
 */
export function startCli(name: string, args: string[], options: Options = {}) {
  return execa(process.execPath, [path.join(repoRoot, 'workbook', 'cli', 'launch.mjs'), name, ...args], {
    cwd: repoRoot,
    reject: false,
    timeout: 60_000,
    ...options,
    env: { NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'C.UTF-8', ...options.env },
  });
}

export interface CliResult {
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
}

/** Runs a workbook command to its end and returns its exit code and output as text. */
export async function runCli(name: string, args: string[], options: Options = {}): Promise<CliResult> {
  const result = await startCli(name, args, options);
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}
