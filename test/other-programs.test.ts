// The checks accept any program that keeps the contract, not only the
// reference solutions: each program in test/fixtures/programs/<lesson dir>/,
// written independently and in another style, passes every check of its role.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLesson, type Role } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const otherPrograms: { lesson: string; role: Role }[] = [{ lesson: '11-worker-threads', role: 'server' }];

describe.concurrent('other correct programs', () => {
  for (const { lesson: dir, role } of otherPrograms) {
    test(`test/fixtures/programs/${dir}/${role}.ts passes every ${role} check`, async () => {
      const lesson = findLesson(dir)!;
      const file = path.join(repoRoot, 'test', 'fixtures', 'programs', dir, `${role}.ts`);
      const results = await runLesson(lesson, { root: path.join(repoRoot, 'solutions'), files: { [role]: file } }, { roles: [role], concurrency: 4 });
      expect(results.filter((result) => result.status !== 'passed').map((result) => formatResult(result))).toEqual([]);
      expect(results.length).toBe(lesson.checks.filter((check) => check.role === role).length);
    });
  }
});
