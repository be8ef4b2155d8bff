// The GitHub Classroom template: the workflow parses as YAML with the names
// Classroom requires, covers every lesson, and its grading step, run here as
// the Actions runner would, hands the reporter the points the grader gave.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findLesson, lessons } from '../../workbook/catalogue.ts';
import { classroomJobId, classroomWorkflowFile, classroomWorkflowName, writeClassroomTemplate, type ClassroomTemplateOptions } from '../../workbook/grade/classroom-template.ts';
import { classroomRunnerId, type ClassroomRunnerResult } from '../../workbook/grade/format-classroom.ts';
import { repoRoot } from '../../workbook/harness/target.ts';
import { referenceSubmission, scratch } from './grade-support.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  'working-directory'?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  name: string;
  on: string[];
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

async function renderTemplate(overrides: Partial<ClassroomTemplateOptions> = {}) {
  const dir = await scratch();
  const options: ClassroomTemplateOptions = { lessons, repository: 'my-course/socket-workbook', ref: 'v1', gradeArgs: [], language: 'en', ...overrides };
  await writeClassroomTemplate(dir, options);
  const workflow = parse(await readFile(path.join(dir, classroomWorkflowFile), 'utf8')) as Workflow;
  return { dir, workflow, steps: Object.values(workflow.jobs)[0]!.steps };
}

/** `${{ steps.grade.outputs.lesson01 }}` → `lesson01`. */
function outputNamed(expression: string): string {
  const match = /^\$\{\{ steps\.grade\.outputs\.(\w+) \}\}$/.exec(expression);
  expect(match, expression).not.toBeNull();
  return match![1]!;
}

describe('classroom-template', () => {
  test('writes a workflow with the name and single job GitHub Classroom reads, run on every push', async () => {
    const { workflow } = await renderTemplate();
    expect(workflow.name).toBe(classroomWorkflowName);
    expect(workflow.on).toContain('push');
    expect(Object.keys(workflow.jobs)).toEqual([classroomJobId]);
    expect(workflow.permissions).toEqual({ actions: 'read', contents: 'read' });
  });

  test('checks out the student and the named grader (without solutions), installs Node 20 and the grader, grades, reports', async () => {
    const { steps } = await renderTemplate();
    expect(steps.map((step) => step.uses?.replace(/@.*/, '') ?? 'run')).toEqual([
      'actions/checkout',
      'actions/checkout',
      'actions/setup-node',
      'run',
      'run',
      'classroom-resources/autograding-grading-reporter',
    ]);
    expect(steps[0]!.with).toEqual({ path: 'student' });
    expect(steps[1]!.with).toMatchObject({ repository: 'my-course/socket-workbook', ref: 'v1', path: 'grader' });
    const sparse = String(steps[1]!.with!['sparse-checkout']).trim().split('\n');
    expect(sparse).toContain('workbook');
    expect(sparse.some((folder) => folder.startsWith('solutions'))).toBe(false);
    expect(steps[2]!.with).toEqual({ 'node-version': 20 });
    expect(steps[3]).toMatchObject({ 'working-directory': 'grader', run: 'npm ci --no-audit --no-fund' });
    expect(steps[4]).toMatchObject({ id: 'grade', 'working-directory': 'grader' });
    expect(steps[4]!.run).toContain('--format classroom,markdown');
    expect(steps[4]!.run).toContain('>> "$GITHUB_OUTPUT"');
    expect(steps[4]!.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });

  test('the reporter gets one runner per lesson of the catalogue, each reading its own output of the grading step', async () => {
    const { steps } = await renderTemplate();
    const reporter = steps.at(-1)!;
    const runners = String(reporter.with!.runners).split(',');
    expect(runners).toEqual(lessons.map((lesson) => classroomRunnerId(lesson.number)));
    expect(Object.keys(reporter.env!)).toEqual(runners.map((runner) => `${runner.toUpperCase()}_RESULTS`));
    for (const runner of runners) expect(outputNamed(reporter.env![`${runner.toUpperCase()}_RESULTS`]!)).toBe(runner);
  });

  test('the chosen lessons and options reach the grading command, and only those lessons are reported', async () => {
    const { steps } = await renderTemplate({ lessons: lessons.slice(0, 2), gradeArgs: ['--lessons', '1-2', '--lang', 'zh'] });
    expect(steps[4]!.run).toMatch(/--lessons 1-2 --lang zh\n/);
    expect(steps.at(-1)!.with!.runners).toBe('lesson01,lesson02');
  });

  test("puts the students' section into README.md once, however often it is written", async () => {
    const { dir } = await renderTemplate();
    await writeFile(path.join(dir, 'README.md'), '# Our course\n\nIntro.\n');
    const options: ClassroomTemplateOptions = { lessons, repository: 'a/b', ref: 'main', gradeArgs: [], language: 'zh' };
    await writeClassroomTemplate(dir, options);
    await writeClassroomTemplate(dir, options);
    const readme = await readFile(path.join(dir, 'README.md'), 'utf8');
    expect(readme.startsWith('# Our course\n\nIntro.\n\n<!-- grading')).toBe(true);
    expect(readme.match(/## 评分/g)).toHaveLength(1);
    for (const lesson of lessons) expect(readme).toContain(`\`npm run lesson ${lesson.number}\``);
  });

  test("the grading step, run as the Actions runner would, gives the reporter the grader's points", async () => {
    const lesson = findLesson(1)!;
    const { steps } = await renderTemplate({ lessons: [lesson], gradeArgs: ['--lessons', '1'] });
    const workspace = await scratch();
    await referenceSubmission(workspace, 'student', [lesson.dir]);
    await mkdir(path.join(workspace, 'runner'));
    const outputFile = path.join(workspace, 'runner', 'output');
    const summaryFile = path.join(workspace, 'runner', 'summary');
    // The grader's checkout is this repository; the workflow reaches the student's code through GITHUB_WORKSPACE.
    const run = await execa('bash', ['-e', '-c', steps[4]!.run!], {
      cwd: repoRoot,
      reject: false,
      env: { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, NO_COLOR: '1' },
    });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    const outputs = new Map((await readFile(outputFile, 'utf8')).trim().split('\n').map((line) => line.split('=', 2) as [string, string]));
    // What the reporter does: decode each runner's variable and add up the tests' scores.
    const reporter = steps.at(-1)!;
    let total = 0;
    for (const runner of String(reporter.with!.runners).split(',')) {
      const encoded = outputs.get(outputNamed(reporter.env![`${runner.toUpperCase()}_RESULTS`]!))!;
      const result = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as ClassroomRunnerResult;
      expect(result.status).toBe('pass');
      total += result.tests.reduce((sum, item) => sum + item.score, 0);
    }
    const maxPoints = lesson.checks.reduce((sum, check) => sum + check.points, 0);
    expect(total).toBe(maxPoints);
    expect(await readFile(summaryFile, 'utf8')).toContain(`| student | ${maxPoints}/${maxPoints} |`);
  });
});
