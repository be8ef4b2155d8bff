import type { Language, Lesson } from '../catalogue.ts';
import { mapWithLimit } from '../harness/run-checks.ts';
import type { Submission } from './find-submissions.ts';
import type { Progress } from './progress.ts';
import type { ResourceLimits } from './resource-limits.ts';
import { reportVersion, sum, type GradeReport } from './report.ts';
import { runSubmission } from './run-submission.ts';
import type { Sandbox } from './sandbox.ts';

/**
 * Checks of one submission running at once. Most checks wait on the network
 * far more than they compute, so several run side by side; many more would
 * starve the timing of the ones that measure it (retries, timeouts).
 */
export const defaultChecksAtOnce = 16;

export interface BatchOptions {
  lessons: Lesson[];
  /** Only these check ids (tests use it to keep hostile programs short). */
  checkIds?: string[];
  /** Submissions graded at once. */
  jobs: number;
  checkTimeoutMs: number;
  submissionTimeoutMs: number;
  /** Checks of one submission running at once. */
  concurrency?: number;
  sandbox: Sandbox;
  /** Memory and processes each program may use. */
  limits: ResourceLimits;
  language: Language;
  /** `2/5` when this batch is one shard of a larger one. */
  shard?: string;
  progress?: Progress;
}

/** Grades every submission against the chosen lessons' checks, `jobs` at a time. */
export async function gradeBatch(submissions: Submission[], options: BatchOptions): Promise<GradeReport> {
  const checks = options.lessons
    .flatMap((lesson) => lesson.checks)
    .filter((check) => !options.checkIds || options.checkIds.includes(check.id));
  const lessons = options.lessons.filter((lesson) => checks.some((check) => check.lesson === lesson.number));
  const { progress } = options;
  progress?.begin(submissions, checks.length);
  const graded = await mapWithLimit(submissions, Math.max(1, options.jobs), async (submission) => {
    progress?.startSubmission(submission);
    const grade = await runSubmission(submission, {
      checks,
      lessons,
      checkTimeoutMs: options.checkTimeoutMs,
      submissionTimeoutMs: options.submissionTimeoutMs,
      concurrency: options.concurrency ?? defaultChecksAtOnce,
      sandbox: options.sandbox,
      limits: options.limits,
      language: options.language,
      onCheck: (check) => progress?.checkDone(submission, check),
    });
    progress?.finishSubmission(grade);
    return grade;
  });
  progress?.end();
  const lessonTotals = lessons.map((lesson) => ({
    number: lesson.number,
    dir: lesson.dir,
    title: lesson.title[options.language],
    maxPoints: sum(checks.filter((check) => check.lesson === lesson.number), 'points'),
  }));
  return {
    version: reportVersion,
    language: options.language,
    sandbox: options.sandbox.kind,
    ...(options.shard ? { shard: options.shard } : {}),
    lessons: lessonTotals,
    maxPoints: sum(lessonTotals, 'maxPoints'),
    submissions: graded,
  };
}
