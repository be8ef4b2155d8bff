import { watch } from 'node:fs';
import path from 'node:path';
import type { Lesson } from '../catalogue.ts';
import { killAllLessons } from '../harness/spawn-lesson.ts';
import { repoRoot, type Target } from '../harness/target.ts';
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

  const check = async () => {
    if (running) {
      again = true;
      return;
    }
    if (process.stdout.isTTY) process.stdout.write('\x1bc');
    running = checkLesson(lesson, target, output, options).catch((error: Error) => output.write(error.message));
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
