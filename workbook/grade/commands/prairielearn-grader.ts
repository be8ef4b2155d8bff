import path from 'node:path';
import { parseArgs } from 'node:util';
import { bakeableParseOptions, bakeGradeArgs } from '../baked-options.ts';
import { writePrairieLearnGrader } from '../prairielearn-grader.ts';
import { selectLessons } from '../select-lessons.ts';
import { UsageError } from '../usage-error.ts';
import { gradeUsage } from './grade.ts';

const graderOptions = ['lessons', 'check-timeout', 'checks-at-once', 'lang'] as const;
/** PrairieLearn stops a grading job at its timeout, which may not exceed ten minutes. */
const longestTimeout = 600;
/** Left between the grader's own limit and PrairieLearn's, for starting up and writing the results. */
const marginSeconds = 20;

/**
 * `npm run grade -- prairielearn-grader --image <name> [--out dir] [--timeout s] [grading options]`:
 * the Docker image's build folder and the info.json options for PrairieLearn's external grading.
 */
export async function prairieLearnGraderCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: path.join('grades', 'prairielearn') },
      image: { type: 'string' },
      timeout: { type: 'string', default: '120' },
      ...bakeableParseOptions(graderOptions),
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  if (!values.image) throw new UsageError('prairielearn-grader: --image names the image as PrairieLearn will pull it, e.g. my-course/socket-workbook-grader');
  const timeoutSeconds = Number(values.timeout);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= marginSeconds || timeoutSeconds > longestTimeout) {
    throw new UsageError(`--timeout: give whole seconds, more than ${marginSeconds} and at most ${longestTimeout} (PrairieLearn's longest)`);
  }
  const gradeArgs = [...bakeGradeArgs(values, graderOptions), '--submission-timeout', `${timeoutSeconds - marginSeconds}s`];
  const written = await writePrairieLearnGrader(values.out, { lessons: selectLessons(values.lessons), image: values.image, timeoutSeconds, gradeArgs });
  process.stderr.write(written.map((file) => `wrote ${path.relative(process.cwd(), file) || file}\n`).join(''));
  process.stderr.write(`build and push the image (docker build -t ${values.image} ${path.join(values.out, 'image')}), then merge info.json into each question's info.json\n`);
  return 0;
}
