import { findLesson } from '../../workbook/catalogue.ts';
import type { CheckStatus } from '../../workbook/harness/run-checks.ts';
import { reportVersion, gradeCheck, totalSubmission, type GradeReport, type SubmissionGrade } from '../../workbook/grade/report.ts';

/** What a student's program may print: control characters, a CDATA end, markup, a lone surrogate, Chinese. */
export const nastyText = 'bad \x00\x07\x1b[31m ]]> </failure><x a="1"> & \'q\' | `tick` *star* \ud800 中文 ✓\nsecond line';

/**
 * A report made without running anything: lesson 1's checks for a few
 * submissions, with chosen statuses and hostile text in messages and transcripts.
 */
export function sampleReport(names: string[] = ['alice', 'bob <b>|x'], failing: Record<string, CheckStatus> = { '01/server-echo': 'failed', '01/client-refused': 'error' }): GradeReport {
  const lesson = findLesson(1)!;
  const submissions: SubmissionGrade[] = names.map((name, index) => {
    const checks = lesson.checks.map((check) => {
      const status: CheckStatus = index === 0 ? 'passed' : (failing[check.id] ?? 'passed');
      return gradeCheck(
        check,
        status === 'passed'
          ? { status, durationMs: 12, transcript: [] }
          : {
              status,
              durationMs: 345,
              message: `your server said ${nastyText}`,
              expected: '"hello"',
              actual: nastyText,
              transcript: [{ at: 3, kind: 'stdout', from: 'your server', detail: nastyText }],
            },
        'en',
      );
    });
    return totalSubmission({ name, path: `subs/${name}`, durationMs: 1000 + index, notes: index === 0 ? [] : [`note with ${nastyText}`] }, [lesson], checks);
  });
  const maxPoints = lesson.checks.reduce((sum, check) => sum + check.points, 0);
  return {
    version: reportVersion,
    language: 'en',
    sandbox: 'bwrap',
    lessons: [{ number: 1, dir: lesson.dir, title: lesson.title.en, maxPoints }],
    maxPoints,
    submissions,
  };
}
