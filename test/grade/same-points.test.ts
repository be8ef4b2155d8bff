// One grading of three submissions (full marks, some, nothing runnable),
// rendered in every format: each platform is told the same points.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { findSubmissions } from '../../workbook/grade/find-submissions.ts';
import { formatClassroomOutputs, type ClassroomRunnerResult } from '../../workbook/grade/format-classroom.ts';
import { formatGradescope } from '../../workbook/grade/format-gradescope.ts';
import { formatJson, parseJsonReport } from '../../workbook/grade/format-json.ts';
import { formatJunit } from '../../workbook/grade/format-junit.ts';
import { formatMarkdown } from '../../workbook/grade/format-markdown.ts';
import { formatPrairieLearn } from '../../workbook/grade/format-prairielearn.ts';
import { gradeBatch } from '../../workbook/grade/grade-batch.ts';
import type { GradeReport } from '../../workbook/grade/report.ts';
import { chooseLimits, defaultLimits } from '../../workbook/grade/resource-limits.ts';
import { chooseSandbox } from '../../workbook/grade/sandbox.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { referenceSubmission, scratch } from './grade-support.ts';

const lesson = findLesson(1)!;
const maxPoints = lesson.checks.reduce((sum, check) => sum + check.points, 0);
const serverPoints = lesson.checks.filter((check) => check.role === 'server').reduce((sum, check) => sum + check.points, 0);

describe('the same submissions in every format', () => {
  let report: GradeReport;
  beforeAll(async () => {
    const batch = await scratch();
    await referenceSubmission(batch, 'full', [lesson.dir]);
    // Partial: the reference server, and no client at all.
    await mkdir(path.join(batch, 'partial', 'lessons', lesson.dir), { recursive: true });
    await cp(path.join(repoRoot, 'solutions', lesson.dir, 'server.ts'), path.join(batch, 'partial', 'lessons', lesson.dir, 'server.ts'));
    // Ungradable: no lesson folder anywhere.
    await mkdir(path.join(batch, 'ungradable'));
    await writeFile(path.join(batch, 'ungradable', 'notes.txt'), 'my answers are in another castle\n');
    report = await gradeBatch(findSubmissions([batch], { each: true }), {
      lessons: [lesson],
      jobs: 1,
      checkTimeoutMs: 20_000,
      submissionTimeoutMs: 120_000,
      sandbox: await chooseSandbox('auto'),
      limits: await chooseLimits(defaultLimits),
      language: 'en',
    });
  }, 180_000);

  test('the grading itself: full, partial and nothing', () => {
    expect(report.submissions.map((submission) => [submission.name, submission.points])).toEqual([
      ['full', maxPoints],
      ['partial', serverPoints],
      ['ungradable', 0],
    ]);
  });

  test('JSON, Markdown, Gradescope, PrairieLearn and GitHub Classroom agree on every submission', () => {
    const json = parseJsonReport(formatJson(report), 'grades.json');
    const markdown = formatMarkdown(report);
    for (const [index, submission] of report.submissions.entries()) {
      const points = submission.points;
      expect(json.submissions[index]!.points).toBe(points);
      expect(markdown).toContain(`| ${submission.name} | ${points}/${maxPoints} | **${points}/${maxPoints}** |`);

      const gradescope = JSON.parse(formatGradescope(report, submission)) as { score: number; tests: { score: number }[] };
      expect(gradescope.score).toBe(points);
      expect(gradescope.tests.reduce((sum, item) => sum + item.score, 0)).toBe(points);

      const prairie = JSON.parse(formatPrairieLearn(report, submission)) as { gradable: boolean; score?: number; tests: { points: number; max_points: number }[] };
      expect(prairie.tests.reduce((sum, item) => sum + item.points, 0)).toBe(points);
      expect(prairie.tests.reduce((sum, item) => sum + item.max_points, 0)).toBe(maxPoints);
      if (submission.name === 'ungradable') expect(prairie.gradable).toBe(false);
      else expect(prairie).toMatchObject({ gradable: true, score: points / maxPoints });

      const classroom = formatClassroomOutputs(report, submission)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(Buffer.from(line.split('=', 2)[1]!, 'base64').toString('utf8')) as ClassroomRunnerResult);
      expect(classroom.flatMap((result) => result.tests).reduce((sum, item) => sum + item.score, 0)).toBe(points);
      expect(classroom.reduce((sum, result) => sum + result.max_score, 0)).toBe(maxPoints);
    }
  });

  test('JUnit counts as passed exactly the checks that earned points', () => {
    const junit = formatJunit(report);
    const failing = report.submissions.flatMap((submission) => submission.checks).filter((check) => check.status !== 'passed');
    expect((junit.match(/<failure |<error /g) ?? []).length).toBe(failing.length);
  });
});
