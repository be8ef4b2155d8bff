import path from 'node:path';
import { lessons, type Lesson } from '../catalogue.ts';
import { runLesson } from '../harness/run-checks.ts';
import { repoRoot, type Target } from '../harness/target.ts';
import { say, type Output } from './output.ts';
import { fingerprint, recordStatus, storedStatus, type LessonStatus } from './status.ts';

type Shown = { kind: 'passed' | 'failing'; status: LessonStatus } | { kind: 'not started' };

/**
 * Lists every lesson with the learner's status. A lesson never checked is "not
 * started"; one whose files changed since its last check is checked again now,
 * so the list never shows a stale verdict.
 */
export async function listLessons(target: Target, output: Output): Promise<void> {
  const words = say[output.language];
  // One after another: a stale lesson is checked again, and the status file is written once at a time.
  const shown: Shown[] = [];
  for (const lesson of lessons) shown.push(await currentStatus(lesson, target, await storedStatus(lesson, target)));
  output.write(output.paint('bold', words.statusHeader(path.relative(repoRoot, target.root) || target.root)));
  for (const [index, lesson] of lessons.entries()) {
    const state = shown[index]!;
    const label =
      state.kind === 'passed'
        ? output.paint('green', `✓ ${words.passed}`)
        : state.kind === 'failing'
          ? output.paint('red', `✗ ${words.failing(state.status.passed, state.status.total)}`)
          : output.paint('dim', `· ${words.notStarted}`);
    const name = `${String(lesson.number).padStart(2)}  ${lesson.title[output.language]}`;
    output.write(`  ${output.paint('dim', `ch ${lesson.chapter}`)}  ${padDisplay(name, 34)} ${label}`);
  }
  const next = lessons.find((_, index) => shown[index]!.kind !== 'passed');
  output.write('');
  output.write(next ? words.nextToDo(next.number, next.title[output.language]) : words.allDone);
}

async function currentStatus(lesson: Lesson, target: Target, stored: LessonStatus | undefined): Promise<Shown> {
  if (!stored) return { kind: 'not started' };
  const stamp = await fingerprint(lesson, target);
  let status = stored;
  if (stored.fingerprint !== stamp) {
    const results = await runLesson(lesson, target);
    status = { fingerprint: stamp, passed: results.filter((r) => r.status === 'passed').length, total: results.length };
    await recordStatus(lesson, target, status);
  }
  return { kind: status.passed === status.total ? 'passed' : 'failing', status };
}

/** Pads to a width in terminal columns: a Chinese character takes two. */
function padDisplay(text: string, width: number): string {
  const columns = [...text].reduce((sum, char) => sum + (/[\u1100-\uffff]/.test(char) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, width - columns));
}
