// Every check against programs written apart from the reference solutions,
// from the wire contract alone and in other styles (test/fixtures/independent/):
// a correct program that chunks, times or closes differently must still get
// full marks, so a lost point always means a broken contract.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessons } from '../workbook/catalogue.ts';
import { prepareLesson, runCheck } from '../workbook/harness/run-checks.ts';
import { repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const target = { root: path.join(repoRoot, 'test', 'fixtures', 'independent') };

/** The lessons the independent tree covers: 01 to 09. */
const covered = lessons.filter((lesson) => lesson.number <= 9);

for (const lesson of covered) {
  const prepared = prepareLesson(lesson, target);
  describe.concurrent(`${lesson.dir} independent programs`, () => {
    for (const check of lesson.checks) {
      test(`${check.id}: ${check.title.en}`, async () => {
        const result = await runCheck(await prepared, check);
        if (result.status !== 'passed') expect.fail(`\n${formatResult(result)}`);
      });
    }
  });
}
