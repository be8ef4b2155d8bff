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
        const verdicts = verdictsOf(watcher.stdout!, `${lesson.checks.length} checks pass`);
        await verdicts.next();
        const file = programFile({ root }, lesson, 'server');
        const saved = performance.now();
        await writeFile(file, `${await readFile(file, 'utf8')}\n// saved again\n`);
        await verdicts.next();
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

/** Yields each time the watcher prints `text` (its verdict line), failing after waitLimitMs. */
function verdictsOf(stdout: NodeJS.ReadableStream, text: string) {
  let seen = 0;
  let output = '';
  stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    next: () =>
      new Promise<void>((resolve, reject) => {
        const target = ++seen;
        const timer = setTimeout(() => reject(new Error(`no verdict within ${waitLimitMs} ms`)), waitLimitMs);
        const look = () => {
          if (output.split(text).length - 1 >= target) {
            clearTimeout(timer);
            stdout.off('data', look);
            resolve();
          }
        };
        stdout.on('data', look);
        look();
      }),
  };
}
