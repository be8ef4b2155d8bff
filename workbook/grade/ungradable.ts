import { firstLine } from './clip-text.ts';
import type { SubmissionGrade } from './report.ts';

/**
 * Why nothing of a submission could be graded, or undefined when something
 * could. A check ends in `error` only when its program could not be run at all
 * (missing, or not building), so a submission whose every check is an error
 * gave the checks nothing to judge: platforms that tell "wrong" from "not
 * gradable" (PrairieLearn) then spare the student an attempt.
 */
export function whyUngradable(submission: SubmissionGrade): string | undefined {
  if (!submission.checks.length || submission.checks.some((check) => check.status !== 'error')) return undefined;
  const reasons = [...new Set(submission.checks.map((check) => firstLine(check.message ?? check.status)))];
  const shown = [...submission.notes.map((note) => firstLine(note)), ...reasons].slice(0, 3);
  const more = submission.notes.length + reasons.length - shown.length;
  return `Nothing could be graded: none of the programs could be run. ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
