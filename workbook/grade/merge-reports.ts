import type { GradeReport } from './report.ts';
import { UsageError } from './usage-error.ts';

/**
 * Joins the reports of a sharded batch into one: same lessons, same language,
 * every submission once, sorted by name as an unsharded batch would be.
 */
export function mergeReports(reports: { file: string; report: GradeReport }[]): GradeReport {
  const [first, ...rest] = reports;
  if (!first) throw new UsageError('name at least one grades.json to merge');
  const lessonsOf = (report: GradeReport) => JSON.stringify(report.lessons.map((lesson) => [lesson.number, lesson.maxPoints]));
  for (const { file, report } of rest) {
    if (lessonsOf(report) !== lessonsOf(first.report)) {
      throw new UsageError(`${file} grades other lessons or checks than ${first.file}: grade every shard with the same --lessons and grader`);
    }
    if (report.language !== first.report.language) {
      throw new UsageError(`${file} is in ${report.language} and ${first.file} in ${first.report.language}: grade every shard with the same --lang`);
    }
  }
  const seen = new Map<string, string>();
  for (const { file, report } of reports) {
    for (const submission of report.submissions) {
      const other = seen.get(submission.name);
      if (other) throw new UsageError(`submission ${submission.name} is in both ${other} and ${file}`);
      seen.set(submission.name, file);
    }
  }
  const submissions = reports.flatMap(({ report }) => report.submissions).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const { shard: _shard, ...common } = first.report;
  return {
    ...common,
    sandbox: reports.every(({ report }) => report.sandbox === 'bwrap') ? 'bwrap' : 'none',
    submissions,
  };
}
