// Proof that the checks hold for any correct program written from the contract,
// not only for the reference solution: each program here was written
// independently, in another style, and must pass every check of its lesson.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findLesson, type Role } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const programs: { lesson: string; role: Role; file: string }[] = [
  { lesson: 'socketserver', role: 'server', file: 'socketserver-by-hand.ts' },
];

describe.concurrent('independent programs', () => {
  for (const program of programs) {
    const lesson = findLesson(program.lesson)!;
    test(`${program.file} passes every ${program.role} check of ${lesson.dir}`, async () => {
      const file = path.join(repoRoot, 'test', 'fixtures', 'programs', program.file);
      const results = await runLesson(lesson, { root: path.join(repoRoot, 'solutions'), files: { [program.role]: file } }, { roles: [program.role] });
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((result) => result.status !== 'passed').map((result) => formatResult(result))).toEqual([]);
    });
  }
});
