import path from 'node:path';
import { lessons, type Lesson } from '../catalogue.ts';
import { runLesson, type CheckResult } from '../harness/run-checks.ts';
import { repoRoot, type Target } from '../harness/target.ts';
import { formatResult } from '../report/format-result.ts';
import { learnersPlace, type ProgramPlace } from '../report/replay.ts';
import { shellQuote } from '../report/shell.ts';
import { highlightFrame } from './highlight.ts';
import { say, type Output } from './output.ts';
import { fingerprint, recordStatus } from './status.ts';

export interface LessonVerdict {
  passed: number;
  total: number;
  /** Every check's result, the kept ones included, in catalogue order. */
  results: CheckResult[];
}

export interface CheckLessonOptions {
  remember: boolean;
  /**
   * Results of an earlier run to keep instead of running their checks again:
   * the watch mode's, for a program that has not changed since.
   */
  keep?: CheckResult[];
}

/**
 * Runs a lesson's checks against `target` and prints each verdict: a failure
 * with its conversation, expectation and hint; at the end, what to do next.
 * Verdicts on the learner's own tree are remembered for the status list.
 */
export async function checkLesson(lesson: Lesson, target: Target, output: Output, options: CheckLessonOptions): Promise<LessonVerdict> {
  const words = say[output.language];
  const where = path.relative(repoRoot, path.join(target.root, lesson.dir)) || target.root;
  output.write(output.paint('bold', words.checking(lesson.number, lesson.title[output.language], where)));
  const kept = options.keep ?? [];
  const keptRoles = lesson.roles.filter((role) => kept.some((result) => result.check.role === role));
  if (keptRoles.length) output.write(output.paint('dim', words.reused(keptRoles.map((role) => `${role}.ts`).join(', '))));
  const stamp = options.remember ? await fingerprint(lesson, target) : '';
  const fresh = await runLesson(lesson, target, { roles: lesson.roles.filter((role) => !keptRoles.includes(role)) });
  const allResults = lesson.checks.flatMap((check) => [...fresh, ...kept].filter((result) => result.check.id === check.id));
  await printResults(allResults, output, placeOf(target));
  // A check this system cannot run counts neither way.
  const results = allResults.filter((result) => result.status !== 'skipped');
  const counts = { passed: results.filter((result) => result.status === 'passed').length, total: results.length };
  if (options.remember) await recordStatus(lesson, target, { fingerprint: stamp, ...counts });
  const verdict = { ...counts, results: allResults };

  const points = results.filter((result) => result.status === 'passed').reduce((sum, result) => sum + result.check.points, 0);
  const max = results.reduce((sum, result) => sum + result.check.points, 0);
  output.write('');
  if (verdict.passed < verdict.total) {
    output.write(output.paint('red', words.summary(verdict.passed, verdict.total, points, max)));
    output.write(words.fixFirst(lesson.number));
  } else {
    output.write(output.paint('green', words.allPass(verdict.total)));
    const next = lessons.find((candidate) => candidate.number > lesson.number);
    output.write(next ? words.next(next.number, next.title[output.language]) : words.finished);
  }
  return verdict;
}

/** A program that does not build fails every check of its role the same way: say it once. */
async function printResults(results: CheckResult[], output: Output, place: ProgramPlace): Promise<void> {
  const shownBuildErrors = new Set<string>();
  for (const result of results) {
    if (result.status === 'error' && result.transcript.length === 0 && result.message) {
      if (!shownBuildErrors.has(result.message)) {
        shownBuildErrors.add(result.message);
        output.write(`${output.paint('red', '✗')} ${result.message}`);
        if (result.detail) output.write(output.color ? await highlightFrame(result.detail) : result.detail);
      }
      continue;
    }
    output.write(formatResult(result, { paint: output.paint, language: output.language, place }));
  }
}

/**
 * How the commands a failure prints name the programs checked: `lessons/…`
 * for the learner's own, else the tree that was checked (`--dir`, `--solution`),
 * from the workbook's folder where it is inside it.
 */
function placeOf(target: Target): ProgramPlace {
  const fromWorkbook = path.relative(repoRoot, target.root);
  const inside = fromWorkbook !== '' && !fromWorkbook.startsWith('..') && !path.isAbsolute(fromWorkbook);
  const dir = shellQuote(inside ? fromWorkbook : target.root);
  return dir === learnersPlace.lessonsDir ? learnersPlace : { lessonsDir: dir, playOptions: ['--dir', dir] };
}
