// `npm run grade` end to end: the table, the report files, shards and merge, mistakes on the command line.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { parseJsonReport } from '../../workbook/grade/format-json.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { startCli } from '../support/run-cli.ts';
import { copySample, referenceSubmission, scratch } from './grade-support.ts';

const lessonOne = findLesson(1)!;
const maxPoints = lessonOne.checks.reduce((sum, check) => sum + check.points, 0);

function grade(args: string[]) {
  return startCli('grade', args, { timeout: 0 });
}

async function readReport(file: string) {
  return parseJsonReport(await readFile(file, 'utf8'), file);
}

describe.concurrent('npm run grade', () => {
  test('grades a folder of submissions, prints the table and writes every format', async () => {
    const batch = await scratch();
    await referenceSubmission(batch, 'good', [lessonOne.dir]);
    await copySample('exits-at-once', batch);
    const out = path.join(await scratch(), 'grades');
    // A check's time limit far above what any check of lesson 1 takes, even on
    // a machine busy with the rest of the suite: the reference must get full marks.
    const run = await grade(['--each', batch, '--lessons', '1', '--jobs', '2', '--check-timeout', '30s', '--format', 'json,junit,markdown,gradescope', '--out', out]);
    expect(run.stderr).toContain('grading 2 submissions');
    expect(run.exitCode).toBe(0);

    const report = await readReport(path.join(out, 'grades.json'));
    const lost = report.submissions
      .flatMap((submission) => submission.checks.filter((check) => submission.name.startsWith('good') && check.points < check.maxPoints))
      .map((check) => `${check.id}: ${check.status} ${check.message ?? ''}`);
    expect(lost, 'the reference lost points').toEqual([]);
    expect(report.submissions.map((submission) => [submission.name.replace(/-[0-9a-f]{8}$/, ''), submission.points])).toEqual([
      ['exits-at-once', 0],
      ['good', maxPoints],
    ]);
    const table = String(run.stdout).split('\n');
    expect(table[0]).toMatch(/^submission\s+01\s+total$/);
    expect(table.find((line) => line.startsWith('exits-at-once'))).toMatch(new RegExp(`\\s0/${maxPoints}\\s+0/${maxPoints}$`));
    expect(table.find((line) => line.startsWith('good'))).toMatch(new RegExp(`\\s${maxPoints}/${maxPoints}\\s+${maxPoints}/${maxPoints}$`));
    const clientChecks = lessonOne.checks.filter((check) => check.role === 'client').length;
    expect(String(run.stdout)).toContain(`✗ 01 (${clientChecks} checks)  lessons/01-single-echo/client.ts does not exist.`);
    expect(await readFile(path.join(out, 'junit.xml'), 'utf8')).toContain(`tests="${2 * lessonOne.checks.length}"`);
    expect(await readFile(path.join(out, 'summary.md'), 'utf8')).toContain('## Grades');
    const results = JSON.parse(await readFile(path.join(out, 'gradescope', 'good', 'results.json'), 'utf8')) as { score: number };
    expect(results.score).toBe(maxPoints);
  });

  test('shards grade disjoint parts that merge into the whole batch', async () => {
    const batch = await scratch();
    for (let count = 0; count < 3; count++) await copySample('syntax-error', batch);
    const out = await scratch();
    const runs = await Promise.all(
      ['1/2', '2/2'].map((shard) => grade(['--each', batch, '--lessons', '1', '--shard', shard, '--out', path.join(out, shard.replace('/', '-'))])),
    );
    for (const run of runs) expect(run.exitCode, String(run.stderr)).toBe(0);
    const files = [path.join(out, '1-2', 'grades-1-of-2.json'), path.join(out, '2-2', 'grades-2-of-2.json')];
    const shards = await Promise.all(files.map(readReport));
    expect(shards.map((report) => [report.shard, report.submissions.length])).toEqual([
      ['1/2', 2],
      ['2/2', 1],
    ]);
    const merged = await grade(['merge', ...files, '--out', path.join(out, 'all'), '--format', 'json,markdown']);
    expect(merged.exitCode, String(merged.stderr)).toBe(0);
    const whole = await readReport(path.join(out, 'all', 'grades.json'));
    expect(whole.shard).toBeUndefined();
    expect(whole.submissions.map((submission) => submission.name)).toEqual(
      shards.flatMap((report) => report.submissions.map((submission) => submission.name)).sort(),
    );
  });

  test('a mistake on the command line gets one sentence, the usage and exit code 2', async () => {
    const run = await grade(['--lessons', '99', repoRoot]);
    expect(run.exitCode).toBe(2);
    expect(String(run.stderr)).toMatch(/^--lessons: no lesson 99 in the catalogue/);
    expect(String(run.stderr)).toContain('Usage: npm run grade');
    expect(String(run.stderr)).not.toMatch(/^\s+at /m);
  });
});
