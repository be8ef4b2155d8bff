// The launcher runs the workbook's commands from a bundle, and never from a stale one.
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { repoRoot } from '../../workbook/harness/target.ts';
import { temporaryFolder } from '../support/run-cli.ts';

test('a change under workbook/ is used by the very next run', async ({ onTestFinished }) => {
  // A copy of the workbook, so that editing it cannot disturb tests running beside this one.
  const root = await temporaryFolder('launch', onTestFinished);
  await cp(path.join(repoRoot, 'workbook'), path.join(root, 'workbook'), { recursive: true });
  await cp(path.join(repoRoot, 'package.json'), path.join(root, 'package.json'));
  await symlink(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
  const cache = path.join(root, 'cli-cache');
  await mkdir(cache);
  const hints = () =>
    execa(process.execPath, [path.join(root, 'workbook', 'cli', 'launch.mjs'), 'lesson', '1', '--hint', '--lang', 'en'], {
      cwd: root,
      env: { WORKBOOK_CLI_CACHE: cache, NO_COLOR: '1' },
      timeout: 60_000,
    });

  const first = await hints();
  expect(first.stdout).toContain('server.address()');
  const manifest = JSON.parse(await readFile(path.join(cache, 'lesson.json'), 'utf8')) as { bundle: string };

  // A module deep below the command's entry point: one lesson's facts.
  const facts = path.join(root, 'workbook', 'course', '01-single-echo', 'lesson.ts');
  await writeFile(facts, (await readFile(facts, 'utf8')).replace('reading the port from server.address()', 'reading the port from a changed hint'));
  const second = await hints();
  expect(second.stdout).toContain('a changed hint');
  const rebuilt = JSON.parse(await readFile(path.join(cache, 'lesson.json'), 'utf8')) as { bundle: string };
  expect(rebuilt.bundle).not.toBe(manifest.bundle);

  // Unchanged sources: the same bundle again.
  await hints();
  expect(JSON.parse(await readFile(path.join(cache, 'lesson.json'), 'utf8'))).toEqual(rebuilt);
});

test('a mistake on the bench command line gets one sentence and the usage, not a stack trace', async () => {
  const bench = (...args: string[]) =>
    execa(process.execPath, [path.join(repoRoot, 'workbook', 'cli', 'launch.mjs'), 'bench', ...args], { cwd: repoRoot, reject: false, timeout: 60_000 });
  // `--only --help` reads `--help` as the value of --only, which parseArgs refuses.
  const refused = await bench('--only', '--help');
  expect(refused.exitCode).toBe(2);
  expect(refused.stderr.split('\n')[0]).toContain('--only');
  expect(refused.stderr).toContain('Usage: npm run bench');
  expect(refused.stderr).not.toMatch(/\n\s+at /);
  const help = await bench('--help');
  expect(help.exitCode).toBe(0);
  expect(help.stdout).toContain('--only <list>');
});

test('a reader that closes the pipe early ends the command quietly, without a stack trace', async () => {
  const hints = execa(process.execPath, [path.join(repoRoot, 'workbook', 'cli', 'launch.mjs'), 'lesson', '13', '--hint'], {
    cwd: repoRoot,
    reject: false,
    timeout: 60_000,
  });
  // Closed before the command has written a byte (starting takes longer): every write of it fails with EPIPE.
  hints.stdout!.destroy();
  const result = await hints;
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
});
