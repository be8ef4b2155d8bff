// Proof that every check can fail: each broken fixture fails the checks it
// names, and every check is named by at least one fixture. A fixture runs only
// the checks it names: that checks pass on a correct program is proven against
// the solutions (checks.test.ts), and running every check of every fixture would
// cost a quarter of the suite's CPU on a two-core machine.
import { afterAll, describe, expect, test } from 'vitest';
import { lessons } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { formatResult } from '../workbook/report/format-result.ts';
import { loadFixtures, materialize, removeMaterialized } from './fixtures/broken/fixture.ts';

afterAll(removeMaterialized);

for (const lesson of lessons) {
  const fixtures = await loadFixtures(lesson);
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
        const results = await runLesson(lesson, await materialize(lesson, fixture), { slugs: fixture.breaks });
        const harnessErrors = results.filter((result) => result.message?.startsWith('the check itself broke'));
        expect(harnessErrors.map((result) => formatResult(result))).toEqual([]);
        expect(results.map((result) => result.check.slug)).toEqual(expect.arrayContaining(fixture.breaks));
        const passedButShouldFail = results.filter((result) => result.status === 'passed').map((result) => result.check.id);
        expect(passedButShouldFail).toEqual([]);
      });
    }
  });
}
