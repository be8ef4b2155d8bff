// Proof that every check can fail: each broken fixture fails exactly the checks
// it names, and every check is named by at least one fixture.
import { afterAll, describe, expect, test } from 'vitest';
import { lessonsUnderTest } from './support/lesson-groups.ts';
import { limits } from '../workbook/harness/limits.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { formatResult } from '../workbook/report/format-result.ts';
import { materialize, removeMaterialized } from '../workbook/course/broken-program.ts';
import { unitOf } from '../workbook/course/units.ts';

afterAll(removeMaterialized);

// Many fixtures run at once, so each runs its checks a few at a time: more
// programs starting at once than that only makes all of them late.
const checksAtOnce = 3;

/**
 * As long as a fixture's checks may take, each bounded by the harness's
 * last-resort limit and its cleanup: a fixture of a lesson with many checks
 * legitimately takes longer than the suite's default timeout on a busy machine.
 */
function fixtureTimeoutMs(checkCount: number): number {
  return Math.ceil(checkCount / checksAtOnce) * (limits.checkMs + limits.reapMs) + limits.readyMs;
}

for (const lesson of lessonsUnderTest()) {
  const fixtures = unitOf(lesson).mistakes;
  describe.concurrent(`${lesson.dir} broken fixtures`, () => {
    test('every check is caught by at least one fixture', () => {
      const caught = new Set(fixtures.flatMap((fixture) => fixture.breaks));
      const uncaught = lesson.checks.filter((check) => !caught.has(check.slug)).map((check) => check.id);
      expect(uncaught).toEqual([]);
    });

    for (const fixture of fixtures) {
      const roleChecks = lesson.checks.filter((check) => check.role === fixture.role).map((check) => check.slug);
      test(`${fixture.name} [${fixture.clause}] (${fixture.mistake.en}) fails ${fixture.breaks.join(', ')}`, { timeout: fixtureTimeoutMs(roleChecks.length) }, async () => {
        expect(roleChecks, 'a fixture names only checks of its own role').toEqual(expect.arrayContaining(fixture.breaks));
        const results = await runLesson(lesson, await materialize(lesson, fixture), { roles: [fixture.role], concurrency: checksAtOnce });
        // A skipped check (no IPv6 loopback here) proves nothing either way.
        const failed = results.filter((result) => result.status === 'failed' || result.status === 'error');
        const harnessErrors = failed.filter((result) => result.message?.startsWith('the check itself broke'));
        expect(harnessErrors.map((result) => formatResult(result))).toEqual([]);
        const unexpectedPasses = results.filter((r) => r.status === 'passed' && fixture.breaks.includes(r.check.slug));
        const unexpectedFailures = failed.filter((r) => !fixture.breaks.includes(r.check.slug));
        expect({
          passedButShouldFail: unexpectedPasses.map((r) => r.check.id),
          failedButShouldPass: unexpectedFailures.map((r) => formatResult(r)),
        }).toEqual({ passedButShouldFail: [], failedButShouldPass: [] });
      });
    }
  });
}
