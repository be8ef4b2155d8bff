import type { GradeReport, SubmissionGrade } from './report.ts';

/**
 * A submission at a glance, as plain text: points per lesson, the total, and
 * anything the grader noticed. Platforms show it above the tests.
 */
export function summarizeSubmission(report: GradeReport, submission: SubmissionGrade): string {
  const lines = submission.lessons.map((grade) => {
    const lesson = report.lessons.find((candidate) => candidate.number === grade.number);
    return `${lesson?.dir ?? grade.dir}  ${grade.points}/${grade.maxPoints}${lesson ? `  ${lesson.title}` : ''}`;
  });
  lines.push(`total  ${submission.points}/${submission.maxPoints}`);
  if (submission.notes.length) lines.push('', ...submission.notes);
  return lines.join('\n');
}
