import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { visibilities } from '../format-gradescope.ts';
import { buildGradescopeBundle } from '../gradescope-bundle.ts';
import { parseDuration } from '../parse-duration.ts';
import { parseProcessCount, parseSize } from '../resource-limits.ts';
import { selectLessons } from '../select-lessons.ts';
import { UsageError } from '../usage-error.ts';
import { gradeUsage } from './grade.ts';

/** Grading options the autograder can be built with: each goes into run_autograder as given. */
const bakedOptions = ['lessons', 'check-timeout', 'submission-timeout', 'checks-at-once', 'memory', 'max-processes', 'visibility', 'lang'] as const;

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
      lessons: { type: 'string' },
      'check-timeout': { type: 'string' },
      'submission-timeout': { type: 'string' },
      'checks-at-once': { type: 'string' },
      memory: { type: 'string' },
      'max-processes': { type: 'string' },
      visibility: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  const given: Partial<Record<(typeof bakedOptions)[number], string>> = values;
  // Mistakes show up now, not when the first student submits.
  if (given.lessons !== undefined) selectLessons(given.lessons);
  for (const name of ['check-timeout', 'submission-timeout'] as const) if (given[name] !== undefined) parseDuration(given[name], `--${name}`);
  if (given['checks-at-once'] !== undefined && !/^[1-9]\d*$/.test(given['checks-at-once'])) throw new UsageError('--checks-at-once: give a whole number of at least 1');
  if (given.memory !== undefined) parseSize(given.memory, '--memory');
  if (given['max-processes'] !== undefined) parseProcessCount(given['max-processes'], '--max-processes');
  if (given.visibility !== undefined && !(visibilities as readonly string[]).includes(given.visibility)) {
    throw new UsageError(`--visibility: "${given.visibility}" is not one of ${visibilities.join(', ')}`);
  }
  if (given.lang !== undefined && !['en', 'zh'].includes(given.lang)) throw new UsageError(`--lang: "${given.lang}" is not one of en, zh`);
  const gradeArgs = bakedOptions.flatMap((name) => (given[name] === undefined ? [] : [`--${name}`, given[name]]));

  const zip = await buildGradescopeBundle(gradeArgs);
  await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
  await writeFile(values.out, zip);
  process.stderr.write(`wrote ${values.out} (${Math.round(zip.length / 1024)} KiB): upload it as the assignment's autograder on Gradescope\n`);
  return 0;
}
