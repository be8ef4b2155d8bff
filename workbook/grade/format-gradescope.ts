import { describeCheck } from './check-text.ts';
import { reportVersion, type GradeReport, type SubmissionGrade } from './report.ts';
import { summarizeSubmission } from './summarize-submission.ts';

/** When Gradescope shows a test to the student (its "visibility" field). */
export const visibilities = ['visible', 'hidden', 'after_due_date', 'after_published'] as const;
export type Visibility = (typeof visibilities)[number];

/**
 * One submission's results.json, per Gradescope's autograder specification:
 * a top-level score, and one test per check with name, score, max_score,
 * status, output and visibility. Outputs are plain text ("text" format), so
 * what a student's program printed is never rendered as HTML or Markdown.
 */
export function gradescopeResults(report: GradeReport, submission: SubmissionGrade, visibility: Visibility = 'visible'): object {
  const numberInLesson = new Map<number, number>();
  return {
    score: submission.points,
    execution_time: Math.round(submission.durationMs / 1000),
    output: summarizeSubmission(report, submission),
    output_format: 'text',
    test_output_format: 'text',
    test_name_format: 'text',
    visibility,
    extra_data: { report_version: reportVersion, max_points: submission.maxPoints, sandbox: report.sandbox },
    tests: submission.checks.map((check) => {
      const number = (numberInLesson.get(check.lesson) ?? 0) + 1;
      numberInLesson.set(check.lesson, number);
      const lesson = report.lessons.find((candidate) => candidate.number === check.lesson);
      return {
        name: `${check.id}: ${check.title}`,
        number: `${check.lesson}.${number}`,
        score: check.points,
        max_score: check.maxPoints,
        status: check.status === 'passed' ? 'passed' : 'failed',
        output: check.status === 'passed' ? '' : describeCheck(check, report.language),
        tags: [lesson?.dir ?? String(check.lesson), check.role],
        visibility,
      };
    }),
  };
}

export function formatGradescope(report: GradeReport, submission: SubmissionGrade, visibility?: Visibility): string {
  return `${JSON.stringify(gradescopeResults(report, submission, visibility), null, 2)}\n`;
}
