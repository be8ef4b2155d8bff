// The watch-mode entry of `npm run bench`: how long after a save the learner
// sees the lesson's verdict, with `npm run lesson 1 -- --watch` already running
// on a copy of the reference solution.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { findLesson } from '../catalogue.ts';
import { programFile, repoRoot } from '../harness/target.ts';
import type { BenchEntry } from './measure.ts';
import { printedText } from './printed-text.ts';

/** Bounds every wait of the entry: a watcher that never answers is a failed run, not a hung bench. */
const waitLimitMs = 30_000;

export function watchVerdictEntry(runs: number): BenchEntry {
  const lesson = findLesson(1)!;
  return {
    name: 'watch mode: save → verdict (lesson 1)',
    runs,
    async run() {
      const root = await mkdtemp(path.join(tmpdir(), 'bench-watch-'));
      await cp(path.join(repoRoot, 'solutions', lesson.dir), path.join(root, lesson.dir), { recursive: true });
      const watcher = execa(process.execPath, [path.join(repoRoot, 'workbook', 'cli', 'launch.mjs'), 'lesson', '1', '--watch', '--dir', root], {
        cwd: repoRoot,
        reject: false,
        env: { NO_COLOR: '1', FORCE_COLOR: '0', WORKBOOK_STATE_DIR: root },
      });
      try {
        const output = printedText(watcher.stdout!, waitLimitMs);
        const verdict = `${lesson.checks.length} checks pass`;
        await output.printed(verdict);
        const file = programFile({ root }, lesson, 'server');
        const saved = performance.now();
        await writeFile(file, `${await readFile(file, 'utf8')}\n// saved again\n`);
        await output.printed(verdict, 2);
        return { ms: performance.now() - saved, ok: true };
      } catch (error) {
        return { ms: 0, ok: false, note: (error as Error).message };
      } finally {
        watcher.kill('SIGINT');
        await watcher;
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}
