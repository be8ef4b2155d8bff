// The whole project type-checks: lessons, solutions, tests and tooling, strict.
// Run as a test so that it overlaps with the others instead of going first.
import path from 'node:path';
import { execa } from 'execa';
import { expect, test } from 'vitest';
import { repoRoot } from '../workbook/harness/target.ts';
import { inBackground } from './support/background.ts';

test('tsc finds no type errors', async () => {
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await execa(...inBackground(process.execPath, [tsc, '--noEmit', '-p', repoRoot]), { cwd: repoRoot, reject: false, all: true });
  expect(result.all, 'tsc output').toBe('');
  expect(result.exitCode).toBe(0);
  // At the lowest priority beside the checks, a cold run of tsc over the whole project can take minutes.
}, 300_000);
