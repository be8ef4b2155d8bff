// Every starter in lessons/ runs, crashes nothing, and fails its lesson's checks.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessons } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

describe.concurrent('starters', () => {
  for (const lesson of lessons) {
    test(`lessons/${lesson.dir} fails at least one check and builds`, async () => {
      const results = await runLesson(lesson, { root: path.join(repoRoot, 'lessons') });
      const errors = results.filter((result) => result.status === 'error');
      expect(errors.map((result) => formatResult(result))).toEqual([]);
      expect(results.filter((result) => result.status === 'failed').length).toBeGreaterThan(0);
    });
  }
});
