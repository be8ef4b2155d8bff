import type { Paint } from '../report/paint.ts';
import { showDuration } from '../harness/wait-for.ts';
import type { Submission } from './find-submissions.ts';
import { printable } from './clip-text.ts';
import type { CheckGrade, SubmissionGrade } from './report.ts';

/** What the batch tells whoever watches it. */
export interface Progress {
  begin(submissions: Submission[], checksEach: number): void;
  startSubmission(submission: Submission): void;
  checkDone(submission: Submission, check: CheckGrade): void;
  finishSubmission(grade: SubmissionGrade): void;
  end(): void;
}

/**
 * On a terminal, one status line redrawn in place under a line per finished
 * submission; elsewhere (CI logs, files), plain lines only.
 */
export function createProgress(stream: NodeJS.WriteStream, paint: Paint): Progress {
  return stream.isTTY ? liveProgress(stream, paint) : plainProgress(stream, paint);
}

function plainProgress(stream: NodeJS.WritableStream, paint: Paint): Progress {
  let total = 0;
  let finished = 0;
  return {
    begin(submissions, checksEach) {
      total = submissions.length;
      stream.write(`grading ${total} submission${total === 1 ? '' : 's'}, ${checksEach} checks each\n`);
    },
    startSubmission() {},
    checkDone() {},
    finishSubmission(grade) {
      finished += 1;
      stream.write(`${describeFinished(grade, paint)}  [${finished}/${total}]\n`);
    },
    end() {},
  };
}

function liveProgress(stream: NodeJS.WriteStream, paint: Paint): Progress {
  let total = 0;
  let checksEach = 0;
  let finished = 0;
  const running = new Map<string, number>();
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;

  const status = () => {
    const elapsed = showClock(performance.now() - startedAt);
    const now = [...running].map(([name, done]) => `${printable(name)} ${done}/${checksEach}`).join(', ');
    const line = `${paint('dim', elapsed)}  ${finished}/${total} graded${now ? `  · ${now}` : ''}`;
    const width = stream.columns || 80;
    return line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line;
  };
  const redraw = () => stream.write(`\r\x1b[K${status()}`);

  return {
    begin(submissions, count) {
      total = submissions.length;
      checksEach = count;
      timer = setInterval(redraw, 1000);
      timer.unref();
      redraw();
    },
    startSubmission(submission) {
      running.set(submission.name, 0);
      redraw();
    },
    checkDone(submission) {
      running.set(submission.name, (running.get(submission.name) ?? 0) + 1);
      redraw();
    },
    finishSubmission(grade) {
      running.delete(grade.name);
      finished += 1;
      stream.write(`\r\x1b[K${describeFinished(grade, paint)}\n`);
      redraw();
    },
    end() {
      clearInterval(timer);
      stream.write('\r\x1b[K');
    },
  };
}

function describeFinished(grade: SubmissionGrade, paint: Paint): string {
  const full = grade.points === grade.maxPoints;
  const mark = full ? paint('green', '✓') : paint('yellow', '•');
  return `${mark} ${printable(grade.name)}  ${grade.points}/${grade.maxPoints} points  ${paint('dim', showDuration(grade.durationMs))}`;
}

function showClock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
