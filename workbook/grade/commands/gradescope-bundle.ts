import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildGradescopeBundle } from '../gradescope-bundle.ts';
import { gradeUsage } from './grade.ts';

/** `npm run grade -- gradescope-bundle [--out file.zip]`: the zip to upload as a Gradescope autograder. */
export async function gradescopeBundleCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string', default: path.join('grades', 'autograder.zip') }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  const zip = await buildGradescopeBundle();
  await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
  await writeFile(values.out, zip);
  process.stderr.write(`wrote ${values.out} (${Math.round(zip.length / 1024)} KiB): upload it as the assignment's autograder on Gradescope\n`);
  return 0;
}
