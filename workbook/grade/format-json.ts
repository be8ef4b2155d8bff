import { reportVersion, type GradeReport } from './report.ts';

/** The documented JSON report (site/en/grading.md, "The JSON report"). */
export function formatJson(report: GradeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Reads a JSON report back (for `grade merge`), refusing anything that is not
 * one, or one of another version, with a sentence that says which file.
 */
export function parseJsonReport(text: string, file: string): GradeReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message})`);
  }
  const report = data as Partial<GradeReport>;
  if (typeof report !== 'object' || report === null || !Array.isArray(report.submissions) || !Array.isArray(report.lessons)) {
    throw new Error(`${file} is not a grade report (no lessons and submissions)`);
  }
  if (report.version !== reportVersion) {
    throw new Error(`${file} is a version ${String(report.version)} report; this grader reads version ${reportVersion}`);
  }
  return report as GradeReport;
}
