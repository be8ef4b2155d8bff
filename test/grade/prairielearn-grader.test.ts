// The PrairieLearn grader's files: info.json's external grading options, and
// the entrypoint, run on a /grade-like folder, writing results/results.json.
import { cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { entrypointName, imageHome, writePrairieLearnGrader } from '../../workbook/grade/prairielearn-grader.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { scratch } from './grade-support.ts';

const lesson = findLesson(1)!;

describe('prairielearn-grader', () => {
  let out: string;
  beforeAll(async () => {
    out = await scratch();
    await writePrairieLearnGrader(out, { lessons: [lesson], image: 'my-course/socket-workbook-grader', timeoutSeconds: 120, gradeArgs: ['--lessons', '1', '--submission-timeout', '100s'] });
    // What the image's npm install provides.
    await symlink(path.join(repoRoot, 'node_modules'), path.join(out, 'image', 'node_modules'));
  });

  test('info.json enables external grading with the image, its entrypoint and a timeout PrairieLearn accepts', async () => {
    const info = JSON.parse(await readFile(path.join(out, 'info.json'), 'utf8')) as { externalGradingOptions: Record<string, unknown> };
    expect(info.externalGradingOptions).toEqual({ enabled: true, image: 'my-course/socket-workbook-grader', entrypoint: `${imageHome}/${entrypointName}`, timeout: 120 });
  });

  test('the image holds the grader, a Dockerfile and the entrypoint, never the solutions', async () => {
    const dockerfile = await readFile(path.join(out, 'image', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain(`COPY . ${imageHome}`);
    await expect(readFile(path.join(out, 'image', 'workbook', 'cli', 'grade.ts'), 'utf8')).resolves.toContain('gradeCommand');
    await expect(readFile(path.join(out, 'image', 'solutions', lesson.dir, 'server.ts'))).rejects.toThrow();
  });

  test("grades a lesson's files uploaded flat into /grade/student, writes /grade/results/results.json and leaves no temporary files", async () => {
    const grade = path.join(await scratch(), 'grade');
    await mkdir(path.join(grade, 'student'), { recursive: true });
    for (const role of lesson.roles) await cp(path.join(repoRoot, 'solutions', lesson.dir, `${role}.ts`), path.join(grade, 'student', `${role}.ts`));
    const temporary = await scratch();
    const run = await execa(path.join(out, 'image', entrypointName), [grade], { reject: false, env: { TMPDIR: temporary } });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    const results = JSON.parse(await readFile(path.join(grade, 'results', 'results.json'), 'utf8')) as { gradable: boolean; score: number; tests: unknown[] };
    expect(results).toMatchObject({ gradable: true, score: 1 });
    expect(results.tests).toHaveLength(lesson.checks.length);
    // The flat upload was copied into the entrypoint's own temporary folder, which it removes.
    // (tsx keeps its compile cache there too, as `tsx-<uid>`: a cache, meant to stay.)
    expect((await readdir(temporary)).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  });

  test('an empty submission is written up as not gradable', async () => {
    const grade = path.join(await scratch(), 'grade');
    await mkdir(path.join(grade, 'student'), { recursive: true });
    const run = await execa(path.join(out, 'image', entrypointName), [grade], { reject: false });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    const results = JSON.parse(await readFile(path.join(grade, 'results', 'results.json'), 'utf8')) as { gradable: boolean; message: string };
    expect(results.gradable).toBe(false);
    expect(results.message).toContain('does not exist');
  });
});
