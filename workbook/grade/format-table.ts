import type { Paint } from '../report/paint.ts';
import { firstLine, printable } from './clip-text.ts';
import type { CheckGrade, GradeReport, SubmissionGrade } from './report.ts';

/**
 * The terminal summary: one row per submission with points per lesson and the
 * total, then for each submission that lost points, one line per failed check
 * (or per group of checks failing for the same reason, such as a missing file).
 */
export function formatTable(report: GradeReport, paint: Paint): string {
  const header = ['submission', ...report.lessons.map((lesson) => String(lesson.number).padStart(2, '0')), 'total'];
  const rows = report.submissions.map((submission) => [
    printable(submission.name),
    ...submission.lessons.map((lesson) => `${lesson.points}/${lesson.maxPoints}`),
    `${submission.points}/${submission.maxPoints}`,
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[], colour?: (column: number) => Parameters<Paint>[0] | undefined) =>
    cells
      .map((cell, column) => {
        const padded = column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!);
        const style = colour?.(column);
        return style ? paint(style, padded) : padded;
      })
      .join('  ')
      .trimEnd();

  const out = [paint('bold', line(header))];
  report.submissions.forEach((submission, index) => {
    const scores = [submission.lessons, [submission]].flat();
    out.push(line(rows[index]!, (column) => (column === 0 ? undefined : scoreStyle(scores[column - 1]!))));
  });

  for (const submission of report.submissions) {
    const failures = describeFailures(submission);
    if (!failures.length && !submission.notes.length) continue;
    out.push('', `${paint('bold', printable(submission.name))}  ${submission.points}/${submission.maxPoints}`);
    for (const note of submission.notes) out.push(`  ${paint('yellow', '!')} ${printable(note)}`);
    for (const failure of failures) out.push(`  ${paint('red', '✗')} ${paint('bold', failure.label)}  ${failure.reason}`);
  }
  return out.join('\n');
}

function scoreStyle(score: { points: number; maxPoints: number }): Parameters<Paint>[0] {
  if (score.points === score.maxPoints) return 'green';
  return score.points === 0 ? 'red' : 'yellow';
}

/**
 * Failed checks with a one-line reason each; checks of one lesson failing for
 * the very same reason (a missing file, a server that never starts) share one line.
 */
export function describeFailures(submission: SubmissionGrade): { label: string; reason: string; checks: CheckGrade[] }[] {
  const groups: { label: string; reason: string; checks: CheckGrade[] }[] = [];
  for (const check of submission.checks) {
    if (check.status === 'passed') continue;
    const reason = firstLine(check.message ?? check.status);
    const lesson = check.id.split('/')[0]!;
    const same = groups.find(
      (group) => group.reason === reason && group.checks[0]!.lesson === check.lesson && group.checks[0]!.status === check.status,
    );
    if (same) {
      same.checks.push(check);
      same.label = `${lesson} (${same.checks.length} checks)`;
    } else {
      groups.push({ label: check.id, reason, checks: [check] });
    }
  }
  return groups;
}
