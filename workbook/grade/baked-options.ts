import { visibilities } from './format-gradescope.ts';
import { parseDuration } from './parse-duration.ts';
import { parseProcessCount, parseSize } from './resource-limits.ts';
import { selectLessons } from './select-lessons.ts';
import { UsageError } from './usage-error.ts';

// Grading options an instructor chooses once, when building what a platform
// runs (a Gradescope zip, a Classroom workflow, a PrairieLearn grader), and
// that then apply to every submission graded there.

export const bakeableOptions = ['lessons', 'check-timeout', 'submission-timeout', 'checks-at-once', 'memory', 'max-processes', 'visibility', 'lang'] as const;
export type BakeableOption = (typeof bakeableOptions)[number];

/** The parseArgs entries for the chosen options. */
export function bakeableParseOptions<T extends BakeableOption>(names: readonly T[]): Record<T, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<T, { type: 'string' }>;
}

/**
 * The grader's arguments for the options given, checked now: a mistake shows
 * up when the instructor builds, not when the first student submits.
 */
export function bakeGradeArgs(given: Partial<Record<BakeableOption, string>>, names: readonly BakeableOption[]): string[] {
  if (given.lessons !== undefined) selectLessons(given.lessons);
  for (const name of ['check-timeout', 'submission-timeout'] as const) if (given[name] !== undefined) parseDuration(given[name], `--${name}`);
  if (given['checks-at-once'] !== undefined && !/^[1-9]\d*$/.test(given['checks-at-once'])) throw new UsageError('--checks-at-once: give a whole number of at least 1');
  if (given.memory !== undefined) parseSize(given.memory, '--memory');
  if (given['max-processes'] !== undefined) parseProcessCount(given['max-processes'], '--max-processes');
  if (given.visibility !== undefined && !(visibilities as readonly string[]).includes(given.visibility)) {
    throw new UsageError(`--visibility: "${given.visibility}" is not one of ${visibilities.join(', ')}`);
  }
  if (given.lang !== undefined && !['en', 'zh'].includes(given.lang)) throw new UsageError(`--lang: "${given.lang}" is not one of en, zh`);
  return names.flatMap((name) => (given[name] === undefined ? [] : [`--${name}`, given[name]]));
}
