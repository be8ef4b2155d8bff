// Every lesson's classic mistakes, read from the known-broken programs the
// tests run (workbook/course/mistakes.ts) when the site is built, so that a
// lesson page's "Common mistakes" and the programs cannot drift apart.
import { defineLoader } from 'vitepress';
import { lessons, type Role, type Text } from '../../../workbook/catalogue.ts';
import { mistakesOf } from '../../../workbook/course/mistakes.ts';

export interface LessonMistake {
  name: string;
  role: Role;
  /** The contract clause it breaks. */
  clause: string;
  mistake: Text;
  /** Slugs of the checks that fail on it. */
  breaks: string[];
}

declare const data: Record<string, LessonMistake[]>;
export { data };

/** Where `clause` comes in the lesson's list, which gives its own rules before the general ones. */
function rank(clauses: string[], clause: string): number {
  const at = clauses.indexOf(clause);
  return at === -1 ? clauses.length : at;
}

export default defineLoader({
  load(): Record<string, LessonMistake[]> {
    return Object.fromEntries(
      lessons.map((lesson) => [
        lesson.dir,
        // The lesson's own mistakes first, in the order of its rules; those of the general rules after.
        [...mistakesOf(lesson)]
          .sort((a, b) => rank(lesson.clauses, a.clause) - rank(lesson.clauses, b.clause))
          .map(({ name, role, clause, mistake, breaks }) => ({ name, role, clause, mistake, breaks })),
      ]),
    );
  },
});
