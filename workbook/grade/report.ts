import type { Check, Language, Lesson } from '../catalogue.ts';
import type { CheckStatus } from '../harness/run-checks.ts';
import type { TranscriptEvent } from '../harness/transcript.ts';
import type { WorkerResult } from './worker-protocol.ts';

// The grade report: what a batch found, in one documented JSON shape (see
// site/en/grading.md, "The JSON report"). Every output format is made from it,
// and `grade merge` joins the reports of many shards into one.

/** Bumped whenever a field changes meaning or disappears; new fields keep it. */
export const reportVersion = 1;

export interface CheckGrade {
  /** `01/server-echo`: stable, never reused. */
  id: string;
  lesson: number;
  role: Check['role'];
  title: string;
  status: CheckStatus;
  /** Points earned: all of `maxPoints` when passed, else 0. */
  points: number;
  /** The check's points; 0 when skipped (the grading machine has no IPv6 loopback). */
  maxPoints: number;
  durationMs: number;
  /** Why it failed, one sentence; absent when passed. */
  message?: string;
  /** Extra lines under the message, such as a code frame. */
  detail?: string;
  expected?: string;
  actual?: string;
  hint: string;
  /** The conversation, one event per wire or program event. */
  transcript: TranscriptEvent[];
}

export interface LessonGrade {
  number: number;
  dir: string;
  points: number;
  maxPoints: number;
}

export interface SubmissionGrade {
  name: string;
  /** The folder graded, as given on the command line. */
  path: string;
  points: number;
  maxPoints: number;
  durationMs: number;
  /** Things the instructor should know about this submission as a whole. */
  notes: string[];
  lessons: LessonGrade[];
  checks: CheckGrade[];
}

export interface GradeReport {
  version: typeof reportVersion;
  language: Language;
  /** `bwrap`, or `none` when submissions ran without isolation. */
  sandbox: 'bwrap' | 'none';
  /** `2/5` when this report holds one shard of a batch. */
  shard?: string;
  lessons: { number: number; dir: string; title: string; maxPoints: number }[];
  maxPoints: number;
  submissions: SubmissionGrade[];
}

/** One check's grade from what the worker sent (or a verdict the host made up for it). */
export function gradeCheck(check: Check, result: Omit<WorkerResult, 'id'>, language: Language): CheckGrade {
  const passed = result.status === 'passed';
  const grade: CheckGrade = {
    id: check.id,
    lesson: check.lesson,
    role: check.role,
    title: check.title[language],
    status: result.status,
    points: passed ? check.points : 0,
    maxPoints: result.status === 'skipped' ? 0 : check.points,
    durationMs: result.durationMs,
    hint: check.hint[language],
    transcript: result.transcript,
  };
  for (const field of ['message', 'detail', 'expected', 'actual'] as const) {
    if (result[field] !== undefined) grade[field] = result[field];
  }
  return grade;
}

/** Totals a submission's checks per lesson and overall. */
export function totalSubmission(
  base: { name: string; path: string; durationMs: number; notes: string[] },
  lessons: Lesson[],
  checks: CheckGrade[],
): SubmissionGrade {
  const perLesson = lessons.map((lesson) => {
    const own = checks.filter((check) => check.lesson === lesson.number);
    return { number: lesson.number, dir: lesson.dir, points: sum(own, 'points'), maxPoints: sum(own, 'maxPoints') };
  });
  return { ...base, points: sum(checks, 'points'), maxPoints: sum(checks, 'maxPoints'), lessons: perLesson, checks };
}

export function sum<K extends string>(items: Record<K, number>[], key: K): number {
  return items.reduce((total, item) => total + item[key], 0);
}
