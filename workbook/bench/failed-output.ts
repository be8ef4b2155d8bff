// A bench run that fails keeps everything it printed, so that a `NO` in the
// bench table can always be explained afterwards, even when it happens once
// in many runs and never again.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../harness/target.ts';

/** Saves the output of a run that failed and returns where, as the bench table shows it. */
export type KeepOutput = (output: string) => Promise<string>;

/**
 * Where one `npm run bench` keeps the output of its failed runs: a folder
 * named for when it started, under test-results/ (which git ignores), so that
 * no bench overwrites what an earlier one kept.
 */
export function benchOutputDir(startedAt = new Date()): string {
  return path.join(repoRoot, 'test-results', 'bench', startedAt.toISOString().replace(/[:.]/g, '-'));
}

/** Keeps run `run` of the entry named `entry` as `<dir>/<entry as a file name>-<run>.log`. */
export function keepOutputIn(dir: string, entry: string, run: number): KeepOutput {
  return async (output) => {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${fileNameOf(entry)}-${run}.log`);
    await writeFile(file, output);
    const inRepository = path.relative(repoRoot, file);
    return inRepository.startsWith('..') ? file : inRepository;
  };
}

/** `npm run lesson 1 -- --solution` → `npm-run-lesson-1-solution`. */
function fileNameOf(entry: string): string {
  return (
    entry
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entry'
  );
}
