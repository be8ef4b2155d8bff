// Lesson 12's checks measure time limits, and allow a program a second late
// (see workbook/harness/time-limit.ts): enough on a grading machine, not
// beside the rest of this suite, which keeps two cores busier than any
// grader does. So the suite runs the tests of such lessons once the rest are
// done, on their own (vitest.config.ts), and the test files that run every
// lesson's checks take their lessons from here.
import { lessons, type Lesson } from '../../workbook/catalogue.ts';

/** Lessons whose checks judge a program's timers. */
const timedLessonNumbers = [12];

/**
 * The lessons this run tests: `SUITE_LESSONS=timed` the timed ones,
 * `SUITE_LESSONS=untimed` the others, and every lesson when it is unset.
 */
export function lessonsUnderTest(): Lesson[] {
  const group = process.env.SUITE_LESSONS;
  if (group === 'timed') return lessons.filter((lesson) => timedLessonNumbers.includes(lesson.number));
  if (group === 'untimed') return lessons.filter((lesson) => !timedLessonNumbers.includes(lesson.number));
  return lessons;
}
