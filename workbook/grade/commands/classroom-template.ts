import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../../catalogue.ts';
import { bakeableParseOptions, bakeGradeArgs } from '../baked-options.ts';
import { writeClassroomTemplate } from '../classroom-template.ts';
import { selectLessons } from '../select-lessons.ts';
import { UsageError } from '../usage-error.ts';
import { gradeUsage } from './grade.ts';

/** Grading options a Classroom workflow can be written with (Gradescope's visibility means nothing there). */
const classroomOptions = ['lessons', 'check-timeout', 'submission-timeout', 'checks-at-once', 'lang'] as const;

/**
 * `npm run grade -- classroom-template <dir> --grader owner/name[@ref] [grading options]`:
 * writes the autograding workflow and the students' README section into a
 * GitHub Classroom template repository.
 */
export async function classroomTemplateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { grader: { type: 'string' }, ...bakeableParseOptions(classroomOptions), help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('classroom-template: name one folder, the template repository');
  const grader = /^([\w.-]+\/[\w.-]+)(?:@(.+))?$/.exec(values.grader ?? '');
  if (!grader) throw new UsageError('classroom-template: --grader owner/name[@ref] names the repository the grader is checked out from (one students cannot push to)');
  const gradeArgs = bakeGradeArgs(values, classroomOptions);
  const written = await writeClassroomTemplate(positionals[0]!, {
    lessons: selectLessons(values.lessons),
    repository: grader[1]!,
    ref: grader[2] ?? 'main',
    gradeArgs,
    language: (values.lang ?? 'en') as Language,
  });
  process.stderr.write(written.map((file) => `wrote ${path.relative(process.cwd(), file) || file}\n`).join(''));
  process.stderr.write('commit them to the template repository; every push to a student\'s copy is then graded\n');
  return 0;
}
