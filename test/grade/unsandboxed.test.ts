// Without a sandbox (bwrap missing or --sandbox none) grading still works, with
// a warning — and the hostile samples show what the sandbox is there to stop.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { findSubmissions } from '../../workbook/grade/find-submissions.ts';
import { gradeBatch } from '../../workbook/grade/grade-batch.ts';
import { chooseLimits, defaultLimits } from '../../workbook/grade/resource-limits.ts';
import { chooseSandbox } from '../../workbook/grade/sandbox.ts';
import { copySample, processesMentioning, withHostServer } from './grade-support.ts';

const lessonOne = findLesson(1)!;

async function gradeUnsandboxed(folder: string, checkIds: string[]) {
  const sandbox = await chooseSandbox('none');
  const report = await gradeBatch(findSubmissions([folder]), {
    lessons: [lessonOne],
    checkIds,
    jobs: 1,
    checkTimeoutMs: 10_000,
    submissionTimeoutMs: 60_000,
    sandbox,
    limits: await chooseLimits(defaultLimits),
    language: 'en',
  });
  expect(await processesMentioning([`grade-${path.basename(folder)}`])).toEqual([]);
  return { sandbox, report, grade: report.submissions[0]! };
}

describe.concurrent('grading without a sandbox', () => {
  test('works, says that isolation is reduced, and records it in the report', async () => {
    const { sandbox, report, grade } = await gradeUnsandboxed(await copySample('exits-at-once'), ['01/server-ready', '01/client-refused']);
    expect(sandbox.warning).toMatch(/isolation is reduced/);
    expect(report.sandbox).toBe('none');
    expect(grade.checks.map((check) => [check.status, check.message])).toEqual([
      ['failed', 'your server exited with code 0 before printing its ready line `listening on <host>:<port>`'],
      ['error', 'lessons/01-single-echo/client.ts does not exist.'],
    ]);
  });

  test('lets a program find and run the reference solution: the attack the sandbox stops is real', async () => {
    const { grade } = await gradeUnsandboxed(await copySample('reads-solutions'), ['01/server-ready', '01/server-echo']);
    expect(grade.checks.map((check) => check.status)).toEqual(['passed', 'passed']);
  });

  test("lets a program reach the host's loopback: the escape the sandbox stops is real", async () => {
    await withHostServer(async (host) => {
      const { grade } = await gradeUnsandboxed(host.sample, ['01/server-ready']);
      expect(grade.checks[0]!.transcript.map((event) => event.detail)).toContain(`reached the host's server on port ${host.port}`);
      expect(host.connections()).toBe(1);
    });
  });
});
