// Checks must pass any correct program written from the contract, not only the
// reference solutions: every program in test/fixtures/programs/<lesson dir>/
// is an independent implementation, and passes every check of its role.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessons } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const programs = path.join(repoRoot, 'test', 'fixtures', 'programs');

describe.concurrent('independent implementations', () => {
  for (const lesson of lessons) {
    for (const role of lesson.roles) {
      const file = path.join(programs, lesson.dir, `${role}.ts`);
      if (!existsSync(file)) continue;
      test(`test/fixtures/programs/${lesson.dir}/${role}.ts passes every ${role} check`, async () => {
        const results = await runLesson(lesson, { root: path.join(repoRoot, 'solutions'), files: { [role]: file } }, { roles: [role] });
        expect(results.filter((result) => result.status !== 'passed').map((result) => formatResult(result))).toEqual([]);
      });
    }
  }
});
