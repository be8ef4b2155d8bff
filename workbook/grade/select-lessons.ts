import { lessons, type Lesson } from '../catalogue.ts';
import { UsageError } from './usage-error.ts';

/**
 * The lessons a spec names, in course order: `1-6`, `2,4`, `1-3,7`, or
 * undefined for every lesson in the catalogue. Numbers the catalogue lacks are
 * an error, so a typo never grades silently less than meant.
 */
export function selectLessons(spec: string | undefined): Lesson[] {
  if (spec === undefined || spec.trim() === '' || spec.trim() === 'all') return lessons;
  const wanted = new Set<number>();
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!match) throw new UsageError(`--lessons: "${part.trim()}" is not a lesson number or range such as 1-6`);
    const first = Number(match[1]);
    const last = Number(match[2] ?? match[1]);
    if (last < first) throw new UsageError(`--lessons: the range ${first}-${last} runs backwards`);
    for (let number = first; number <= last; number++) wanted.add(number);
  }
  const unknown = [...wanted].filter((number) => !lessons.some((lesson) => lesson.number === number));
  if (unknown.length) {
    throw new UsageError(`--lessons: no lesson ${unknown.join(', ')} in the catalogue (lessons: ${lessons.map((lesson) => lesson.number).join(', ')})`);
  }
  return lessons.filter((lesson) => wanted.has(lesson.number));
}
