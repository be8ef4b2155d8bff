import type { CheckStatus } from '../harness/run-checks.ts';
import { describeCheck } from './check-text.ts';
import { fitBytes } from './fit-bytes.ts';
import type { GradeReport, SubmissionGrade } from './report.ts';

// GitHub Classroom's autograding reporter (classroom-resources/
// autograding-grading-reporter) reads, for each runner id in its `runners`
// input, the environment variable `<ID>_RESULTS`: base64 of a JSON object with
// `version`, `status`, `max_score` and `tests` (each with `name`, `status`,
// `score`, `message`, …). It adds up the tests' scores over every runner and
// reports the total to Classroom. One runner per lesson keeps points per lesson
// visible, and one test per check gives each check its own points.

/**
 * Each runner's encoded result reaches the reporter as one environment
 * variable, and Linux refuses to start a program with a variable over 128 KiB.
 */
export const classroomRunnerMaxBytes = 96 * 1024;

/** `lesson01`: a runner id the reporter accepts (letters and digits only). */
export function classroomRunnerId(lesson: number): string {
  return `lesson${String(lesson).padStart(2, '0')}`;
}

export interface ClassroomTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  /** The verdict, shown under a failed test; null when it passed. */
  message: string | null;
  /** Shown as the test's code: the command that runs the same check locally. */
  test_code: string;
  filename: string;
  line_no: number;
  duration: number;
}

export interface ClassroomRunnerResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: ClassroomTest[];
}

// A skipped check (no IPv6 loopback on the grading machine) is worth 0 of 0 points: nothing to fail.
const statusWords: Record<CheckStatus, 'pass' | 'fail' | 'error'> = { passed: 'pass', failed: 'fail', error: 'error', skipped: 'pass' };

/** One lesson's runner result, as the reporter reads it once decoded. */
export function classroomLessonResult(report: GradeReport, submission: SubmissionGrade, lesson: number, maxChars?: number): ClassroomRunnerResult {
  const checks = submission.checks.filter((check) => check.lesson === lesson);
  const dir = report.lessons.find((candidate) => candidate.number === lesson)?.dir ?? String(lesson);
  const statuses = checks.map((check) => statusWords[check.status]);
  return {
    version: 1,
    status: statuses.includes('fail') ? 'fail' : statuses.includes('error') ? 'error' : 'pass',
    max_score: checks.reduce((total, check) => total + check.maxPoints, 0),
    tests: checks.map((check) => ({
      name: `${check.id}: ${check.title}`,
      status: statusWords[check.status],
      score: check.points,
      message: check.status === 'passed' ? null : describeCheck(check, report.language, maxChars),
      test_code: `npm run lesson ${lesson}`,
      filename: `lessons/${dir}/${check.role}.ts`,
      line_no: 0,
      duration: check.durationMs,
    })),
  };
}

/**
 * The grading step's outputs, one `<runner id>=<base64>` line per lesson: what
 * the workflow appends to $GITHUB_OUTPUT for the reporter to read.
 */
export function formatClassroomOutputs(report: GradeReport, submission: SubmissionGrade): string {
  return report.lessons
    .map(({ number }) => {
      const encode = (maxChars: number) => Buffer.from(JSON.stringify(classroomLessonResult(report, submission, number, maxChars))).toString('base64');
      return `${classroomRunnerId(number)}=${fitBytes(encode, classroomRunnerMaxBytes)}\n`;
    })
    .join('');
}
