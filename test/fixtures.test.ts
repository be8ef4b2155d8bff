// Proof that every check can fail: each broken fixture fails exactly the checks
// it names, and every check is named by at least one fixture.
import { afterAll, describe, expect, test } from 'vitest';
import { lessons } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { formatResult } from '../workbook/report/format-result.ts';
import { materialize, removeMaterialized } from '../workbook/course/broken-program.ts';
import { unitOf } from '../workbook/course/units.ts';

afterAll(removeMaterialized);

for (const lesson of lessons) {
  const fixtures = unitOf(lesson).mistakes;
  describe.concurrent(`${lesson.dir} broken fixtures`, () => {
    test('every check is caught by at least one fixture', () => {
      const caught = new Set(fixtures.flatMap((fixture) => fixture.breaks));
      const uncaught = lesson.checks.filter((check) => !caught.has(check.slug)).map((check) => check.id);
      expect(uncaught).toEqual([]);
    });

    for (const fixture of fixtures) {
      test(`${fixture.name} (${fixture.mistake}) fails ${fixture.breaks.join(', ')}`, async () => {
        const roleChecks = lesson.checks.filter((check) => check.role === fixture.role).map((check) => check.slug);
        expect(roleChecks, 'a fixture names only checks of its own role').toEqual(expect.arrayContaining(fixture.breaks));
        // Many fixtures run at once, so each runs its checks a few at a time:
        // more programs starting at once than that only makes all of them late.
        const results = await runLesson(lesson, await materialize(lesson, fixture), { roles: [fixture.role], concurrency: 3 });
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
