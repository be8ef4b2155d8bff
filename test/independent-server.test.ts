// The checks hold for any correct program written from the contract, not only
// for the reference solution: independent servers in another style pass every
// server check of their lesson.
import path from 'node:path';
import { expect, test } from 'vitest';
import { findLesson } from '../workbook/catalogue.ts';
import { runLesson } from '../workbook/harness/run-checks.ts';
import { repoRoot } from '../workbook/harness/target.ts';
import { formatResult } from '../workbook/report/format-result.ts';

const independentServers = [{ lesson: '13-families', file: 'test/fixtures/programs/families-server.ts' }];

for (const { lesson: dir, file } of independentServers) {
  test(`${file} passes every server check of ${dir}`, async () => {
    const lesson = findLesson(dir)!;
    const target = { root: path.join(repoRoot, 'solutions'), files: { server: path.join(repoRoot, file) } };
    const results = await runLesson(lesson, target, { roles: ['server'] });
    expect(results.length).toBeGreaterThan(0);
    const failed = results.filter((result) => result.status === 'failed' || result.status === 'error');
    expect(failed.map((result) => formatResult(result))).toEqual([]);
  });
}
