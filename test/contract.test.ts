// Every clause of the contract is observed by a check and broken by a classic
// mistake, and the project's copy of the clause list (each lesson's
// `clauses`) is the contract's: where `../shared/curriculum.md` is there, the
// ids are compared with it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generalClauses, lessons, structureClauses, type Lesson } from '../workbook/catalogue.ts';
import { unitOf } from '../workbook/course/units.ts';
import { repoRoot } from '../workbook/harness/target.ts';

const curriculumFile = path.join(repoRoot, '..', 'shared', 'curriculum.md');

/** The clause ids `curriculum.md` defines: the general ones (section 1) and each lesson's, by folder name. */
function parseCurriculum(text: string): { general: string[]; lessons: Map<string, string[]> } {
  const general: string[] = [];
  const byLesson = new Map<string, string[]>();
  let section = 0;
  let lesson: string | undefined;
  for (const line of text.split('\n')) {
    const heading = /^## (\d+)\./.exec(line);
    if (heading) {
      section = Number(heading[1]);
      lesson = undefined;
      continue;
    }
    const lessonHeading = /^\*\*(\d\d-[a-z0-9-]+)\*\*/.exec(line);
    if (section === 2 && lessonHeading) {
      lesson = lessonHeading[1]!;
      byLesson.set(lesson, []);
      continue;
    }
    // A clause is defined where a list item starts with its id; ids quoted
    // inside a sentence (`([05.S4], [05.S5])`) only refer to it.
    const definition = /^- (?:\*\*)?\[([A-Z0-9.]+)\]/.exec(line);
    if (!definition) continue;
    if (section === 1) general.push(definition[1]!);
    else if (section === 2 && lesson) byLesson.get(lesson)!.push(definition[1]!);
  }
  return { general, lessons: byLesson };
}

const isGeneral = (id: string) => /^G\d+$/.test(id);
const ownClauses = (lesson: Lesson) => lesson.clauses.filter((id) => !isGeneral(id));

describe('the contract', () => {
  for (const lesson of lessons) {
    const fixtures = unitOf(lesson).mistakes;
    const observing = (id: string) => lesson.checks.filter((check) => check.clauses.includes(id)).map((check) => check.slug);

    describe(lesson.dir, () => {
      test('its clause list holds its own clauses and known general ones, each once', () => {
        const problems = [
          ...lesson.clauses.filter((id, index) => lesson.clauses.indexOf(id) !== index).map((id) => `${id} is listed twice`),
          ...ownClauses(lesson)
            .filter((id) => !new RegExp(`^${lesson.dir.slice(0, 2)}\\.[A-Z]\\d+$`).test(id))
            .map((id) => `${id} is not an id of lesson ${lesson.dir.slice(0, 2)}`),
          ...lesson.clauses.filter((id) => isGeneral(id) && !generalClauses.includes(id)).map((id) => `${id} is no general clause`),
          ...lesson.clauses.filter((id) => structureClauses.includes(id)).map((id) => `${id} is observed by the structure tests, not by checks`),
        ];
        expect(problems).toEqual([]);
      });

      test("every check names clauses, all of them in the lesson's list", () => {
        const problems = lesson.checks.flatMap((check) => [
          ...(check.clauses.length === 0 ? [`${check.id} names no clause`] : []),
          ...check.clauses.filter((id) => !lesson.clauses.includes(id)).map((id) => `${check.id} names ${id}, which the lesson does not have`),
        ]);
        expect(problems).toEqual([]);
      });

      test('every clause is observed by at least one check', () => {
        expect(lesson.clauses.filter((id) => observing(id).length === 0)).toEqual([]);
      });

      test('every clause is broken by a classic mistake that a check observing it catches', () => {
        const unbroken = lesson.clauses.filter((id) => !fixtures.some((fixture) => fixture.breaks.some((slug) => observing(id).includes(slug))));
        expect(unbroken).toEqual([]);
      });

      test('every clause of its own is the one some classic mistake says it breaks', () => {
        const named = new Set(fixtures.map((fixture) => fixture.clause));
        expect(ownClauses(lesson).filter((id) => !named.has(id))).toEqual([]);
      });

      test("every classic mistake breaks a clause of the lesson that a check it fails observes", () => {
        const problems = fixtures.flatMap((fixture) => {
          if (!lesson.clauses.includes(fixture.clause)) return [`${fixture.name} breaks ${fixture.clause}, which the lesson does not have`];
          if (!fixture.breaks.some((slug) => observing(fixture.clause).includes(slug))) {
            return [`${fixture.name} breaks ${fixture.clause}, but none of the checks it fails (${fixture.breaks.join(', ')}) observes it`];
          }
          return [];
        });
        expect(problems).toEqual([]);
      });

      test('every classic mistake is told in every language', () => {
        const untold = fixtures.filter((fixture) => !fixture.mistake.en.trim() || !fixture.mistake.zh.trim()).map((fixture) => fixture.name);
        expect(untold).toEqual([]);
      });
    });
  }

  test('every general clause but those of the structure tests applies to some lesson', () => {
    const applied = new Set(lessons.flatMap((lesson) => lesson.clauses.filter(isGeneral)));
    expect(generalClauses.filter((id) => !structureClauses.includes(id) && !applied.has(id))).toEqual([]);
    expect(structureClauses.filter((id) => !generalClauses.includes(id))).toEqual([]);
  });

  test('the structure tests name the general clauses they observe', () => {
    const source = readFileSync(path.join(repoRoot, 'test', 'course.test.ts'), 'utf8');
    expect(structureClauses.filter((id) => !source.includes(`[${id}]`))).toEqual([]);
  });

  test('the clause ids are those of ../shared/curriculum.md, where it exists', (context) => {
    if (!existsSync(curriculumFile)) context.skip(`${curriculumFile} is missing: the ids were not compared with the contract`);
    const contract = parseCurriculum(readFileSync(curriculumFile, 'utf8'));
    expect({ general: generalClauses }).toEqual({ general: contract.general });
    // Lessons that are not in the catalogue yet are not compared.
    const ours = Object.fromEntries(lessons.map((lesson) => [lesson.dir, ownClauses(lesson).sort()]));
    const theirs = Object.fromEntries(lessons.map((lesson) => [lesson.dir, contract.lessons.get(lesson.dir)?.sort() ?? 'no such lesson in the contract']));
    expect(ours).toEqual(theirs);
  });
});
