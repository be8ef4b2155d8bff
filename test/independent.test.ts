// Every check against programs written apart from the reference solutions,
// from the wire contract alone and in other styles (test/fixtures/independent/,
// in the lessons layout): a correct program that chunks, times or closes
// differently must still get full marks, so a lost point always means a broken
// contract. The tree holds every program of every lesson, and a test holds it
// to that, so that a lesson added later gets its twins too.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessons, type Lesson } from '../workbook/catalogue.ts';
import { lessonsUnderTest } from './support/lesson-groups.ts';
import { prepareLesson, runCheck } from '../workbook/harness/run-checks.ts';
import { programFile, repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const target = { root: path.join(repoRoot, 'test', 'fixtures', 'independent') };

const rolesInTree = (lesson: Lesson) => lesson.roles.filter((role) => existsSync(programFile(target, lesson, role)));

test('the independent tree has every program of every lesson', () => {
  const missing = lessons.flatMap((lesson) =>
    lesson.roles.filter((role) => !rolesInTree(lesson).includes(role)).map((role) => `${lesson.dir}/${role}.ts`),
  );
  expect(missing).toEqual([]);
});

for (const lesson of lessonsUnderTest()) {
  const roles = rolesInTree(lesson);
  if (roles.length === 0) continue;
  const prepared = prepareLesson(lesson, target, roles);
  describe.concurrent(`${lesson.dir} independent programs`, () => {
    for (const check of lesson.checks.filter((check) => roles.includes(check.role))) {
      test(`${check.id}: ${check.title.en}`, async (context) => {
        const result = await runCheck(await prepared, check);
        if (result.status === 'skipped') context.skip(result.message);
        if (result.status !== 'passed') expect.fail(`\n${formatResult(result)}`);
      });
    }
  });
}
