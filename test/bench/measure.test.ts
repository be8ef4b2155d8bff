// `npm run bench` keeps what a failed run printed, so that a failure in its table can be explained.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { benchOutputDir, keepOutputIn } from '../../workbook/bench/failed-output.ts';
import { timeCommand } from '../../workbook/bench/measure.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { temporaryFolder } from '../support/run-cli.ts';

/** A node program that prints `text` to stdout and to stderr, then exits with `code`. */
function printing(text: string, code: number): string[] {
  return ['-e', `console.log('out: ${text}'); console.error('err: ${text}'); process.exitCode = ${code};`];
}

describe.concurrent('bench runs', () => {
  test('a command that fails keeps its whole output, and the note says where', async ({ onTestFinished }) => {
    const dir = await temporaryFolder('bench-output', onTestFinished);
    const entry = timeCommand('a failing command -- --flag', process.execPath, printing('it broke', 3), 1);
    const result = await entry.run(keepOutputIn(dir, entry.name, 2));
    expect(result.ok).toBe(false);
    const file = path.join(dir, 'a-failing-command-flag-2.log');
    expect(result.note).toBe(`failed (exit code 3), output in ${file}`);
    const kept = await readFile(file, 'utf8');
    expect(kept).toMatch(/^\$ .*node -e .*\nexit code 3 after \d+\.\d s\n/);
    expect(kept).toContain('out: it broke');
    expect(kept).toContain('err: it broke');
  });

  test('a command that passes keeps nothing', async ({ onTestFinished }) => {
    const dir = await temporaryFolder('bench-output', onTestFinished);
    const entry = timeCommand('a passing command', process.execPath, printing('all well', 0), 1);
    const result = await entry.run(keepOutputIn(dir, entry.name, 1));
    expect(result).toEqual({ ms: expect.any(Number), ok: true });
    expect(await readdir(dir)).toEqual([]);
  });

  test('a bench keeps output under test-results (ignored by git), in a folder of its own, and names the file from the repository', async () => {
    const dir = benchOutputDir(new Date('2025-01-02T03:04:05.678Z'));
    expect(dir).toBe(path.join(repoRoot, 'test-results', 'bench', '2025-01-02T03-04-05-678Z'));
    const keep = keepOutputIn(dir, 'npm test', 1);
    try {
      expect(await keep('the output\n')).toBe(path.join('test-results', 'bench', '2025-01-02T03-04-05-678Z', 'npm-test-1.log'));
      expect(await readFile(path.join(dir, 'npm-test-1.log'), 'utf8')).toBe('the output\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
