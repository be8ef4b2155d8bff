// Hostile submissions in the sandbox: each gets a clear verdict per check
// within its time limit, the grader goes on, and nothing of it is left running.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findCheck, findLesson } from '../../workbook/catalogue.ts';
import { findSubmissions } from '../../workbook/grade/find-submissions.ts';
import { defaultChecksAtOnce, gradeBatch } from '../../workbook/grade/grade-batch.ts';
import type { SubmissionGrade } from '../../workbook/grade/report.ts';
import { chooseLimits, defaultLimits } from '../../workbook/grade/resource-limits.ts';
import { chooseSandbox, type Sandbox } from '../../workbook/grade/sandbox.ts';
import { canRunWith } from '../support/optional-tool.ts';
import { copySample, processesMentioning, withHostServer } from './grade-support.ts';

/** The limit the hanging samples run into; kept short so that the suite stays fast. */
const hangLimitMs = 2000;
/** The limit for samples that fail by themselves: long enough that a loaded machine never turns their verdict into a timeout. */
const checkTimeoutMs = 15_000;
/** Room for a check to start its program and clean up after it on a loaded machine. */
const checkMarginMs = 4000;
/**
 * Room for starting the sandbox and the grader: under a second when the
 * machine is idle, up to 14 s seen while the whole suite shares two cores.
 * Still far below the 60 s submission limit, so a grade that took this long
 * was not cut short by that limit.
 */
const startMarginMs = 25_000;
const lessonOne = findLesson(1)!;
const serverChecks = lessonOne.checks.filter((check) => check.role === 'server').map((check) => check.id);
const clientChecks = lessonOne.checks.filter((check) => check.role === 'client').map((check) => check.id);

let sandbox: Sandbox;

/** Grades one copied sample with short limits and checks the time it took and what it left behind. */
async function gradeSample(folder: string, checkIds: string[], limits: { check?: number; submission?: number } = {}): Promise<SubmissionGrade> {
  const check = limits.check ?? checkTimeoutMs;
  const submission = limits.submission ?? 60_000;
  const started = performance.now();
  const report = await gradeBatch(findSubmissions([folder]), {
    lessons: [lessonOne],
    checkIds,
    jobs: 1,
    checkTimeoutMs: check,
    submissionTimeoutMs: submission,
    sandbox,
    limits: await chooseLimits(defaultLimits),
    language: 'en',
  });
  const took = performance.now() - started;
  const grade = report.submissions[0]!;
  expect(grade.checks.map((result) => result.id)).toEqual(checkIds);
  for (const result of grade.checks) expect(result.durationMs, result.id).toBeLessThanOrEqual(check + checkMarginMs);
  // Checks run several at a time, each within its limit; the submission's own limit caps it all.
  expect(took).toBeLessThanOrEqual(Math.min(Math.ceil(checkIds.length / defaultChecksAtOnce) * check, submission) + startMarginMs);
  const name = path.basename(folder);
  // The submission's name is in its bwrap command line and in every path its programs run from.
  expect(await processesMentioning([folder, `grade-${name}`])).toEqual([]);
  return grade;
}

/** The notes about the submission itself: not the one saying that limits are reduced on a machine without cgroups. */
function ownNotes(grade: SubmissionGrade): string[] {
  return grade.notes.filter((note) => !note.startsWith('limits reduced: '));
}

function statuses(grade: SubmissionGrade): Record<string, string> {
  return Object.fromEntries(grade.checks.map((check) => [check.id, check.status]));
}

function messages(grade: SubmissionGrade): string[] {
  return grade.checks.map((check) => check.message ?? '');
}

function stderrOf(grade: SubmissionGrade): string[] {
  return grade.checks.flatMap((check) => check.transcript.filter((event) => event.kind === 'stderr').map((event) => event.detail));
}

describe.runIf(canRunWith('bwrap', 'apt-get install bubblewrap'))('hostile submissions in the sandbox', () => {
  beforeAll(async () => {
    sandbox = await chooseSandbox('bwrap');
  });

  describe.concurrent('each gets its verdict in time and leaves nothing behind', () => {
    test('a server that hangs before listening fails at the check time limit', async () => {
      const grade = await gradeSample(await copySample('hangs-before-listening'), ['01/server-ready', '01/server-echo'], { check: hangLimitMs });
      expect(statuses(grade)).toEqual({ '01/server-ready': 'failed', '01/server-echo': 'failed' });
      for (const message of messages(grade)) expect(message).toBe('the check did not finish within 2 s');
    });

    test('a server that spins the CPU fails at the check time limit', async () => {
      const grade = await gradeSample(await copySample('spins-cpu'), ['01/server-ready'], { check: hangLimitMs });
      expect(grade.checks[0]).toMatchObject({ status: 'failed', message: 'the check did not finish within 2 s' });
    });

    test('a server that never prints its ready line fails at the check time limit', async () => {
      const grade = await gradeSample(await copySample('never-prints-ready'), ['01/server-ready'], { check: hangLimitMs });
      expect(grade.checks[0]).toMatchObject({ status: 'failed', message: 'the check did not finish within 2 s' });
    });

    test('a server that announces the wrong port cannot be reached there', async () => {
      const grade = await gradeSample(await copySample('wrong-port'), ['01/server-ready', '01/server-echo']);
      expect(statuses(grade)).toEqual({ '01/server-ready': 'passed', '01/server-echo': 'failed' });
      expect(grade.checks[1]!.message).toBe('reference client could not connect to your server at 127.0.0.1:9001 (ECONNREFUSED)');
    });

    test('a server that exits at once fails every check, and a missing client is named', async () => {
      const grade = await gradeSample(await copySample('exits-at-once'), [...serverChecks, ...clientChecks]);
      for (const id of serverChecks) {
        expect(grade.checks.find((check) => check.id === id)).toMatchObject({
          status: 'failed',
          message: 'your server exited with code 0 before printing its ready line `listening on <host>:<port>`',
        });
      }
      for (const id of clientChecks) {
        expect(grade.checks.find((check) => check.id === id)).toMatchObject({
          status: 'error',
          message: 'lessons/01-single-echo/client.ts does not exist.',
        });
      }
      expect(grade.points).toBe(0);
    });

    test('a server with a syntax error gets one build error per check, with the place', async () => {
      const grade = await gradeSample(await copySample('syntax-error'), ['01/server-ready', '01/server-echo']);
      for (const check of grade.checks) {
        expect(check.status).toBe('error');
        expect(check.message).toMatch(/^lessons\/01-single-echo\/server\.ts:\d+:\d+: /);
        expect(check.detail).toContain('|');
      }
    });

    test('a server that prints 50 MB fails quickly and its output stays bounded', async () => {
      const grade = await gradeSample(await copySample('prints-50mb'), ['01/server-ready']);
      expect(grade.checks[0]).toMatchObject({ status: 'failed', message: 'your server printed something else before its ready line' });
      expect(JSON.stringify(grade).length).toBeLessThan(256 * 1024);
    });

    test('a detached child of a server dies with the sandbox', async () => {
      const grade = await gradeSample(await copySample('detached-child'), ['01/server-ready']);
      expect(grade.checks[0]).toMatchObject({ status: 'failed' });
      expect(stderrOf(grade)).toContain('started a child that outlives me');
    });

    test('a server cannot read the reference solutions', async () => {
      const grade = await gradeSample(await copySample('reads-solutions'), ['01/server-ready']);
      expect(grade.checks[0]).toMatchObject({ status: 'failed' });
      expect(stderrOf(grade)).toContain('no reference solution readable from here');
    });

    test("a server cannot reach a server on the host's loopback", async () => {
      await withHostServer(async (host) => {
        const grade = await gradeSample(host.sample, ['01/server-ready']);
        expect(grade.checks[0]).toMatchObject({ status: 'failed' });
        expect(stderrOf(grade)).toContain(`could not reach port ${host.port}: ECONNREFUSED`);
        expect(host.connections()).toBe(0);
      });
    });

    test("a server cannot forge its results on the grader's output", async () => {
      const grade = await gradeSample(await copySample('forges-results'), ['01/server-ready', '01/server-echo']);
      expect(statuses(grade)).toEqual({ '01/server-ready': 'failed', '01/server-echo': 'failed' });
      // Either the grader's output cannot even be opened from inside, or what was written there is ignored.
      const said = stderrOf(grade);
      if (said.includes('wrote my own results')) {
        expect(ownNotes(grade)).toEqual([expect.stringMatching(/^\d+ lines on the grader's output did not come from the grader and were ignored$/)]);
      } else {
        expect(said.some((line) => line.startsWith('could not write to the grader: '))).toBe(true);
      }
    });

    test('a server that fills /tmp does not stop the grader: every check still runs and passes', async () => {
      const grade = await gradeSample(await copySample('fills-tmp'), serverChecks);
      expect(statuses(grade)).toEqual(Object.fromEntries(serverChecks.map((id) => [id, 'passed'])));
      expect(stderrOf(grade).some((line) => /^stopped filling \/tmp after \d+ MiB: ENOSPC$/.test(line))).toBe(true);
    });

    test('a submission that outlasts its own limit is stopped, with every check given a reason', async () => {
      const grade = await gradeSample(await copySample('hangs-before-listening'), serverChecks, { check: 30_000, submission: 2000 });
      for (const check of grade.checks) {
        expect(check).toMatchObject({ status: 'error', message: 'not graded: the submission did not finish within 2 s (its time limit)' });
      }
      expect(ownNotes(grade)).toEqual([`stopped at the submission time limit of 2 s; ${serverChecks.length} checks were not graded`]);
    });
  });

  test('every id the hostile samples use is in the catalogue', () => {
    for (const id of [...serverChecks, ...clientChecks]) expect(findCheck(id)).toBeDefined();
  });
});
