import { findLesson, type Lesson, type LessonInfo } from '../catalogue.ts';
import type { CheckContext } from './check-context.ts';

export type CheckFunction = (t: CheckContext) => Promise<void>;

export interface LessonChecks {
  lesson: Lesson;
  /** By check slug; every check in the catalogue has one, and nothing else. */
  run: Record<string, CheckFunction>;
}

/**
 * Ties a lesson's check functions to its facts (`lesson.ts` beside them). Titles,
 * points and hints live in the facts; a check file holds only what each check does.
 */
export function defineChecks(info: LessonInfo, run: Record<string, CheckFunction>): LessonChecks {
  const lesson = findLesson(info.number);
  if (!lesson) throw new Error(`lesson ${info.slug} is not in workbook/course/index.ts`);
  const missing = lesson.checks.filter((check) => !run[check.slug]).map((check) => check.id);
  const extra = Object.keys(run).filter((slug) => !lesson.checks.some((check) => check.slug === slug));
  if (missing.length || extra.length) {
    throw new Error(
      `checks of ${lesson.dir} do not match the catalogue: ${[...missing.map((id) => `missing ${id}`), ...extra.map((slug) => `unknown ${slug}`)].join(', ')}`,
    );
  }
  return { lesson, run };
}
