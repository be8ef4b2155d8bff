import { describeCheck } from './check-text.ts';
import { firstLine } from './clip-text.ts';
import { fitBytes } from './fit-bytes.ts';
import type { GradeReport, SubmissionGrade } from './report.ts';
import { summarizeSubmission } from './summarize-submission.ts';
import { whyUngradable } from './ungradable.ts';

/** PrairieLearn's documented limit on /grade/results/results.json, kept with room to spare. */
export const prairieLearnMaxBytes = 1_000_000 - 4_096;

/**
 * One submission's results.json for PrairieLearn's external grading: `score`
 * between 0 and 1, a `message` and an `output` above the tests, and per check
 * `name`, `description`, `points`, `max_points`, `message` (why it failed, one
 * line) and `output` (the verdict with its conversation and hint). A submission
 * of which nothing could be run is `gradable: false`, which costs the student
 * no attempt; its `format_errors` says why.
 */
export function prairieLearnResults(report: GradeReport, submission: SubmissionGrade, maxChars?: number): object {
  const ungradable = whyUngradable(submission);
  const tests = submission.checks.map((check) => ({
    name: check.id,
    description: check.title,
    points: check.points,
    max_points: check.maxPoints,
    message: check.status === 'passed' ? '' : firstLine(check.message ?? check.status, 300),
    output: check.status === 'passed' ? '' : describeCheck(check, report.language, maxChars),
  }));
  const output = summarizeSubmission(report, submission);
  if (ungradable) return { gradable: false, message: ungradable, format_errors: [ungradable], output, tests };
  return {
    gradable: true,
    score: submission.maxPoints ? submission.points / submission.maxPoints : 0,
    message: `${submission.points}/${submission.maxPoints} points`,
    output,
    tests,
  };
}

/** results.json as written: within PrairieLearn's size limit, long verdicts cut in the middle. */
export function formatPrairieLearn(report: GradeReport, submission: SubmissionGrade): string {
  return fitBytes((maxChars) => `${JSON.stringify(prairieLearnResults(report, submission, maxChars), null, 2)}\n`, prairieLearnMaxBytes);
}
