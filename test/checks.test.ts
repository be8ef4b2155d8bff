// Every lesson's checks against the reference solutions (or WORKBOOK_TARGET).
import { describe, expect, test } from 'vitest';
import { lessonsUnderTest } from './support/lesson-groups.ts';
import { prepareLesson, runCheck } from '../workbook/harness/run-checks.ts';
import { defaultTarget } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const target = defaultTarget();

for (const lesson of lessonsUnderTest()) {
  const prepared = prepareLesson(lesson, target);
  describe.concurrent(lesson.dir, () => {
    for (const check of lesson.checks) {
      test(`${check.id}: ${check.title.en}`, async (context) => {
        const result = await runCheck(await prepared, check);
        if (result.status === 'skipped') context.skip(result.message);
        if (result.status !== 'passed') expect.fail(`\n${formatResult(result)}`);
      });
    }
  });
}
