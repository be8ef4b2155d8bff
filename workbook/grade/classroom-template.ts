import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language, Lesson } from '../catalogue.ts';
import { classroomRunnerId } from './format-classroom.ts';
import { shellQuote } from '../report/shell.ts';
import { shippedFolders } from './gradescope-bundle.ts';
import { sum } from './report.ts';

// What a GitHub Classroom template repository needs for the workbook to grade
// each push: a workflow, and a section of the README telling students how
// their work is graded. GitHub Classroom reads the autograding reporter's
// result only from a workflow named "Autograding Tests" whose one job is
// `run-autograding-tests`, so those names are fixed.

export const classroomWorkflowFile = path.join('.github', 'workflows', 'classroom.yml');
export const classroomWorkflowName = 'Autograding Tests';
export const classroomJobId = 'run-autograding-tests';

export interface ClassroomTemplateOptions {
  lessons: Lesson[];
  /** `owner/name` of the repository the grader is checked out from: one students cannot push to. */
  repository: string;
  /** The branch, tag or commit of it to grade with. */
  ref: string;
  /** Grading options for every push, such as `--lessons 1-6` (checked by the caller). */
  gradeArgs: string[];
  language: Language;
}

/** The workflow: grade the student's checkout with a pristine grader, then hand the points to the reporter. */
export function classroomWorkflow(options: ClassroomTemplateOptions): string {
  const runners = options.lessons.map((lesson) => classroomRunnerId(lesson.number));
  const grade = ['npm run grade -- "$GITHUB_WORKSPACE/student" --format classroom,markdown --out "$GITHUB_WORKSPACE/grades"', ...options.gradeArgs.map(shellQuote)].join(' ');
  return `# Written by \`npm run grade -- classroom-template\`. Every push to a student's
# repository is graded: the grader is checked out from ${options.repository} (a
# repository students cannot change), runs every check of the chosen lessons
# against the student's lessons/ folder, and reports points per lesson.
# GitHub Classroom finds the points only under this workflow's name and its
# job's id: keep both as they are.
name: ${classroomWorkflowName}
on:
  - push
  - workflow_dispatch
  - repository_dispatch
permissions:
  actions: read
  contents: read
jobs:
  ${classroomJobId}:
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    timeout-minutes: 30
    steps:
      - name: Check out the student's code
        uses: actions/checkout@v4
        with:
          path: student
      - name: Check out the grader
        uses: actions/checkout@v4
        with:
          repository: ${JSON.stringify(options.repository)}
          ref: ${JSON.stringify(options.ref)}
          path: grader
          # Only what grading runs: never the reference solutions.
          sparse-checkout: |
${shippedFolders.map((folder) => `            ${folder.split(path.sep).join('/')}`).join('\n')}
      - name: Set up Node.js 20
        uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install the grader
        working-directory: grader
        run: npm ci --no-audit --no-fund
      # Student programs run in the grader's sandbox where bubblewrap works on
      # the runner, and without it otherwise (the summary then says so); either
      # way they run on a machine that holds only this repository and the grader.
      - name: Grade
        id: grade
        working-directory: grader
        run: |
          ${grade}
          cat "$GITHUB_WORKSPACE/grades/classroom/student/outputs.txt" >> "$GITHUB_OUTPUT"
          cat "$GITHUB_WORKSPACE/grades/summary.md" >> "$GITHUB_STEP_SUMMARY"
      - name: Report points to GitHub Classroom
        uses: classroom-resources/autograding-grading-reporter@v1
        env:
${runners.map((runner) => `          ${runner.toUpperCase()}_RESULTS: "\${{ steps.grade.outputs.${runner} }}"`).join('\n')}
        with:
          runners: ${runners.join(',')}
`;
}

const sectionStart = '<!-- grading: written by classroom-template -->';
const sectionEnd = '<!-- end of grading -->';

/** The README section for students: what is graded, for how many points, and where the result shows. */
export function classroomReadmeSection(options: Pick<ClassroomTemplateOptions, 'lessons' | 'language'>): string {
  const total = sum(options.lessons.map((lesson) => ({ points: sum(lesson.checks, 'points') })), 'points');
  const rows = options.lessons.map((lesson) => `| ${lesson.dir} | ${lesson.title[options.language]} | ${sum(lesson.checks, 'points')} | \`npm run lesson ${lesson.number}\` |`);
  const text =
    options.language === 'zh'
      ? [
          '## 评分',
          '',
          `每次推送到这个仓库，GitHub Actions 的“${classroomWorkflowName}”工作流都会评分：下面各课的检查针对你的 \`lessons/\` 文件夹运行，和你在自己电脑上运行 \`npm run lesson N\` 的检查完全相同。满分 ${total} 分，每项检查通过得分，否则不得分。`,
          '',
          '| 课 | 标题 | 分数 | 在本地检查 |',
          '| --- | --- | ---: | --- |',
          ...rows,
          '',
          '在仓库的 **Actions** 页打开最近一次运行：摘要里有每课的分数，以及每项未通过的检查和一句原因；“Report points to GitHub Classroom”一步的日志逐项列出检查（✅ 通过、❌ 未通过，或无法运行的原因）和在本地重现它的命令。还有检查未通过时，这次运行显示为失败。',
          '',
          '推送之前先在本地运行 `npm run lesson N`：结论相同，而且会显示线路上的完整对话和提示。评分机器上无法使用评分沙箱时，你的程序在没有沙箱的情况下运行，摘要会注明。',
        ]
      : [
          '## Grading',
          '',
          `Every push to this repository is graded by the "${classroomWorkflowName}" workflow on GitHub Actions: the checks of the lessons below run against your \`lessons/\` folder, the very checks \`npm run lesson N\` runs on your machine. ${total} points in all; each check earns its points when it passes, none when it does not.`,
          '',
          '| lesson | title | points | check it yourself |',
          '| --- | --- | ---: | --- |',
          ...rows,
          '',
          'Open the latest run on the **Actions** tab of this repository: its summary shows your points per lesson and each failed check with a one-line reason; the log of the "Report points to GitHub Classroom" step lists every check (✅ passed, ❌ failed, or why it could not run) with the command that runs it on your machine. While any check fails, the run is marked as failed.',
          '',
          'Run `npm run lesson N` before you push: it gives the same verdicts, with the whole conversation on the wire and a hint. Where the grading machine cannot run the grader\'s sandbox, your programs run without it, and the summary says so.',
        ];
  return [sectionStart, ...text, sectionEnd, ''].join('\n');
}

/**
 * Writes the workflow and puts the students' section into README.md (replacing
 * the one an earlier run wrote, else appending it); returns the files written.
 */
export async function writeClassroomTemplate(dir: string, options: ClassroomTemplateOptions): Promise<string[]> {
  const workflow = path.join(dir, classroomWorkflowFile);
  await mkdir(path.dirname(workflow), { recursive: true });
  await writeFile(workflow, classroomWorkflow(options));
  const readme = path.join(dir, 'README.md');
  const existing = await readFile(readme, 'utf8').catch(() => '');
  const section = classroomReadmeSection(options);
  const start = existing.indexOf(sectionStart);
  const end = existing.indexOf(sectionEnd);
  const updated =
    start >= 0 && end > start
      ? `${existing.slice(0, start)}${section.trimEnd()}${existing.slice(end + sectionEnd.length)}`
      : `${existing}${existing && !existing.endsWith('\n\n') ? (existing.endsWith('\n') ? '\n' : '\n\n') : ''}${section}`;
  await writeFile(readme, updated);
  return [workflow, readme];
}
