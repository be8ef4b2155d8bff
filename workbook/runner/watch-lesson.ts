import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Lesson, Role } from '../catalogue.ts';
import { hashOf } from '../harness/bundle-cache.mjs';
import type { CheckResult } from '../harness/run-checks.ts';
import { killAllLessons } from '../harness/spawn-lesson.ts';
import { programFile, repoRoot, type Target } from '../harness/target.ts';
import { checkLesson } from './check-lesson.ts';
import { say, type Output } from './output.ts';

/**
 * Editors save in bursts (write, rename, chmod) that last a few milliseconds:
 * one check per burst. A check that starts in the middle of one is run again
 * once it ends, so this can stay short: it is part of every save's wait.
 */
const settleMs = 40;

/**
 * Checks the lesson, then again after every save in its folder, until Ctrl-C,
 * which stops the watcher and every program a check had started.
 */
export async function watchLesson(lesson: Lesson, target: Target, output: Output, options: { remember: boolean }): Promise<void> {
  const folder = path.join(target.root, lesson.dir);
  let running: Promise<unknown> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let last: { files: Map<string, string>; results: CheckResult[] } | undefined;

  const check = async () => {
    if (running) {
      again = true;
      return;
    }
    if (process.stdout.isTTY) process.stdout.write('\x1bc');
    // Taken before the checks: a save while they run differs from it, and is checked next.
    const files = await hashFolder(folder);
    const unchanged = last ? unchangedRoles(lesson, target, last.files, files) : [];
    const keep = last?.results.filter((result) => unchanged.includes(result.check.role));
    running = checkLesson(lesson, target, output, { ...options, keep })
      .then((verdict) => {
        last = { files, results: verdict.results };
      })
      .catch((error: Error) => output.write(error.message));
    await running;
    running = undefined;
    output.write('');
    output.write(output.paint('dim', say[output.language].watching(path.relative(repoRoot, folder) || folder)));
    if (again) {
      again = false;
      await check();
    }
  };

  const watcher = watch(folder, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), settleMs);
  });
  await check();
  await new Promise<void>((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      watcher.close();
      killAllLessons();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Every file below `folder` (a learner may add helpers), by path, with its content hash. */
async function hashFolder(folder: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return new Map(files.map((file) => [file, hashOf(file)]));
}

/**
 * The roles whose checks need not run again: when only other roles' own
 * program files changed, a role's program and its reference peers are what
 * they were. Any other change (a helper, a worker file, a new file), or none
 * at all (saved as it was: the learner asks again), runs every check.
 */
function unchangedRoles(lesson: Lesson, target: Target, before: Map<string, string>, now: Map<string, string>): Role[] {
  const changed = [...new Set([...before.keys(), ...now.keys()])].filter((file) => before.get(file) !== now.get(file));
  const changedRoles = lesson.roles.filter((role) => changed.includes(programFile(target, lesson, role)));
  if (!changed.length || changedRoles.length < changed.length) return [];
  return lesson.roles.filter((role) => !changedRoles.includes(role));
}
