import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lesson, Role, Text } from '../catalogue.ts';
import { repoRoot, type Target } from '../harness/target.ts';

/**
 * A known-broken implementation of one lesson program: the classic mistake it
 * makes, the contract clause that mistake breaks, and the checks that must
 * catch it (and no others).
 *
 * Most are the reference solution with a small edit, so the mistake is plain to
 * see and the fixture follows the solution when it changes; an edit whose text
 * is no longer in the solution fails the suite instead of rotting. A fixture
 * whose shape differs entirely gives its whole `program` instead.
 */
export interface BrokenFixture {
  name: string;
  role: Role;
  /**
   * The id of the one contract clause the mistake breaks (`06.S4`, `G10`): at
   * least one check in `breaks` observes it.
   */
  clause: string;
  /** The mistake as a learner would make it, for the lesson page's "Common mistakes". */
  mistake: Text;
  /** Check slugs of this lesson that must fail, and exactly these. */
  breaks: string[];
  /** The lesson folder of the solution to start from, when it is not this lesson's (`05-group-chat`). */
  solution?: string;
  /** `[text in the solution, what replaces it]`, each text found exactly once. */
  edits?: [string, string][];
  /**
   * The file of the lesson folder the edits apply to, when the mistake is in a
   * module the program imports (lesson 10's `framework.ts`); `<role>.ts` if unset.
   */
  file?: string;
  program?: string;
}

const solutions = path.join(repoRoot, 'solutions');
const materialized = path.join(tmpdir(), `socket-workbook-fixtures-${process.pid}`);

/** Removes every program `materialize` wrote in this process. */
export function removeMaterialized(): Promise<void> {
  return rm(materialized, { recursive: true, force: true });
}

/**
 * Writes the fixture's program to a temporary copy of the solution's lesson
 * folder (so that the modules it imports are there too) and returns a target
 * that runs it.
 */
export async function materialize(lesson: Lesson, fixture: BrokenFixture): Promise<Target> {
  const dir = path.join(materialized, lesson.dir, fixture.name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true });
  await cp(path.join(solutions, lesson.dir), dir, { recursive: true });
  const edited = path.join(dir, fixture.file ?? `${fixture.role}.ts`);
  const original = fixture.solution ? path.join(solutions, fixture.solution, `${fixture.role}.ts`) : edited;
  const source = fixture.program ?? applyEdits(await readFile(original, 'utf8'), fixture);
  await writeFile(edited, source);
  return { root: solutions, files: { [fixture.role]: path.join(dir, `${fixture.role}.ts`) } };
}

function applyEdits(source: string, fixture: BrokenFixture): string {
  const where = fixture.file ?? 'the solution';
  let result = source;
  for (const [find, replace] of fixture.edits ?? []) {
    const count = result.split(find).length - 1;
    if (count !== 1) {
      throw new Error(`fixture ${fixture.name}: ${JSON.stringify(find)} occurs ${count} times in ${where}, not once`);
    }
    result = result.replace(find, () => replace);
  }
  return result;
}
