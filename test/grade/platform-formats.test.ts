// PrairieLearn's results.json and GitHub Classroom's runner results, checked
// field by field against what each platform documents, for a submission with
// full marks, one with some, and one of which nothing could be run.
import { describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { classroomRunnerId, classroomRunnerMaxBytes, formatClassroomOutputs, type ClassroomRunnerResult } from '../../workbook/grade/format-classroom.ts';
import { formatPrairieLearn, prairieLearnMaxBytes } from '../../workbook/grade/format-prairielearn.ts';
import type { GradeReport, SubmissionGrade } from '../../workbook/grade/report.ts';
import { nastyText, sampleReport } from './sample-report.ts';

const lesson = findLesson(1)!;
const allErrors = Object.fromEntries(lesson.checks.map((check) => [check.id, 'error' as const]));

/** full marks, partial (a failed and an errored check) and ungradable (every check an error). */
function threeSubmissions(): { report: GradeReport; full: SubmissionGrade; partial: SubmissionGrade; ungradable: SubmissionGrade } {
  const report = sampleReport(['full', 'partial']);
  const ungradable = sampleReport(['unused', 'ungradable'], allErrors).submissions[1]!;
  report.submissions.push(ungradable);
  const [full, partial] = report.submissions as [SubmissionGrade, SubmissionGrade];
  return { report, full, partial, ungradable };
}

interface PrairieLearnTest {
  name: string;
  description: string;
  points: number;
  max_points: number;
  message: string;
  output: string;
}

/** The fields PrairieLearn's external grading documents, with their types and ranges. */
function expectPrairieLearnShape(results: Record<string, unknown>): PrairieLearnTest[] {
  expect(typeof results.gradable).toBe('boolean');
  if (results.gradable) {
    expect(typeof results.score).toBe('number');
    expect(results.score).toBeGreaterThanOrEqual(0);
    expect(results.score).toBeLessThanOrEqual(1);
  }
  expect(typeof results.message).toBe('string');
  expect(typeof results.output).toBe('string');
  const tests = results.tests as PrairieLearnTest[];
  expect(Array.isArray(tests)).toBe(true);
  for (const item of tests) {
    expect(Object.keys(item).sort()).toEqual(['description', 'max_points', 'message', 'name', 'output', 'points']);
    for (const field of ['name', 'description', 'message', 'output'] as const) expect(typeof item[field]).toBe('string');
    expect(item.points).toBeGreaterThanOrEqual(0);
    expect(item.points).toBeLessThanOrEqual(item.max_points);
  }
  return tests;
}

function decodeOutputs(text: string): Map<string, ClassroomRunnerResult> {
  const lines = text.split('\n').filter(Boolean);
  return new Map(
    lines.map((line) => {
      const [name, value] = line.split('=', 2) as [string, string];
      expect(value).toMatch(/^[A-Za-z0-9+/]+=*$/);
      return [name, JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as ClassroomRunnerResult];
    }),
  );
}

describe("PrairieLearn's results.json", () => {
  const { report, full, partial, ungradable } = threeSubmissions();

  test('full marks: gradable, score 1, every test with all its points', () => {
    const results = JSON.parse(formatPrairieLearn(report, full)) as Record<string, unknown>;
    const tests = expectPrairieLearnShape(results);
    expect(results).toMatchObject({ gradable: true, score: 1 });
    expect(tests.map((item) => item.name)).toEqual(lesson.checks.map((check) => check.id));
    expect(tests.every((item) => item.points === item.max_points && item.message === '' && item.output === '')).toBe(true);
  });

  test('partial: the score is the share of points, and a failed test says why with its conversation and hint', () => {
    const results = JSON.parse(formatPrairieLearn(report, partial)) as Record<string, unknown>;
    const tests = expectPrairieLearnShape(results);
    expect(results.gradable).toBe(true);
    expect(results.score).toBeCloseTo(partial.points / partial.maxPoints, 10);
    expect(results.score).toBeGreaterThan(0);
    expect(results.score).toBeLessThan(1);
    const echo = tests.find((item) => item.name === '01/server-echo')!;
    expect(echo).toMatchObject({ points: 0, description: lesson.checks.find((check) => check.slug === 'server-echo')!.title.en });
    expect(echo.message).toMatch(/^your server said bad/);
    expect(echo.message).not.toContain('\n');
    expect(echo.output).toContain('hint:');
    expect(results.output).toContain(`total  ${partial.points}/${partial.maxPoints}`);
  });

  test('nothing runnable: gradable false, with the reason as message and format error, and no score', () => {
    const results = JSON.parse(formatPrairieLearn(report, ungradable)) as Record<string, unknown>;
    expectPrairieLearnShape(results);
    expect(results.gradable).toBe(false);
    expect(results).not.toHaveProperty('score');
    expect(results.message).toMatch(/^Nothing could be graded/);
    expect(results.format_errors).toEqual([results.message]);
  });

  test('a huge verdict on every check is cut so that the file stays under 1 MB', () => {
    const huge = threeSubmissions();
    for (const check of huge.partial.checks) {
      check.status = 'failed';
      check.points = 0;
      check.transcript = Array.from({ length: 40 }, (_, at) => ({ at, kind: 'stdout' as const, from: 'your server', detail: `${nastyText} ${'x'.repeat(20_000)}` }));
    }
    const json = formatPrairieLearn(huge.report, huge.partial);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(prairieLearnMaxBytes);
    const tests = expectPrairieLearnShape(JSON.parse(json) as Record<string, unknown>);
    for (const item of tests) expect(item.output).toMatch(/characters cut/);
  });
});

describe("GitHub Classroom's runner results", () => {
  const { report, full, partial, ungradable } = threeSubmissions();
  const id = classroomRunnerId(1);

  test('one output line per lesson, named with letters and digits only, carrying base64 JSON', () => {
    const outputs = decodeOutputs(formatClassroomOutputs(report, partial));
    expect([...outputs.keys()]).toEqual([id]);
    expect(id).toMatch(/^[a-zA-Z0-9]+$/);
  });

  test.each([
    ['full marks', full, 'pass'],
    ['partial', partial, 'fail'],
    ['nothing runnable', ungradable, 'error'],
  ] as const)('%s: version, status, max_score and one scored test per check', (_, submission, status) => {
    const result = decodeOutputs(formatClassroomOutputs(report, submission)).get(id)!;
    expect(result).toMatchObject({ version: 1, status, max_score: submission.maxPoints });
    expect(result.tests).toHaveLength(lesson.checks.length);
    for (const [index, item] of result.tests.entries()) {
      const check = submission.checks[index]!;
      expect(item).toMatchObject({ name: `${check.id}: ${check.title}`, score: check.points, test_code: 'npm run lesson 1', line_no: 0 });
      expect(['pass', 'fail', 'error']).toContain(item.status);
      expect(typeof item.filename).toBe('string');
      expect(typeof item.duration).toBe('number');
      if (item.status === 'pass') expect(item.message).toBeNull();
      else expect(item.message).toContain('hint:');
    }
    expect(result.tests.reduce((total, item) => total + item.score, 0)).toBe(submission.points);
  });

  test("a huge verdict is cut so that each lesson's value fits in one environment variable", () => {
    for (const check of partial.checks) check.transcript = [{ at: 1, kind: 'stdout', from: 'your server', detail: 'y'.repeat(300_000) }];
    const line = formatClassroomOutputs(report, partial).trimEnd();
    expect(Buffer.byteLength(line.slice(id.length + 1))).toBeLessThanOrEqual(classroomRunnerMaxBytes);
  });
});
