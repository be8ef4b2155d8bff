import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bakeableOptions, bakeableParseOptions, bakeGradeArgs } from '../baked-options.ts';
import { buildGradescopeBundle } from '../gradescope-bundle.ts';
import { gradeUsage } from './grade.ts';

/**
 * `npm run grade -- gradescope-bundle [--out file.zip] [grading options]`: the
 * zip to upload as a Gradescope autograder; options such as `--lessons 1-6`
 * are checked here and then used for every submission Gradescope grades.
 */
export async function gradescopeBundleCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: path.join('grades', 'autograder.zip') },
      ...bakeableParseOptions(bakeableOptions),
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  const gradeArgs = bakeGradeArgs(values, bakeableOptions);

  const zip = await buildGradescopeBundle(gradeArgs);
  await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
  await writeFile(values.out, zip);
  process.stderr.write(`wrote ${values.out} (${Math.round(zip.length / 1024)} KiB): upload it as the assignment's autograder on Gradescope\n`);
  return 0;
}
