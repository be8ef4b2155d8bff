import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatClassroomOutputs } from './format-classroom.ts';
import { formatGradescope, type Visibility } from './format-gradescope.ts';
import { formatJson } from './format-json.ts';
import { formatJunit } from './format-junit.ts';
import { formatMarkdown } from './format-markdown.ts';
import { formatPrairieLearn } from './format-prairielearn.ts';
import type { GradeReport } from './report.ts';
import { safeName } from './safe-name.ts';
import { UsageError } from './usage-error.ts';

export const formats = ['json', 'junit', 'markdown', 'gradescope', 'prairielearn', 'classroom'] as const;
export type Format = (typeof formats)[number];

/** Parses `--format json,junit`: known names only. */
export function parseFormats(text: string): Format[] {
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(formats as readonly string[]).includes(name));
  if (unknown.length || !names.length) {
    throw new UsageError(`--format: ${unknown.length ? `unknown ${unknown.join(', ')}` : 'empty'}; choose from ${formats.join(', ')}`);
  }
  return [...new Set(names)] as Format[];
}

/**
 * Writes the report in each format into `out`:
 *   grades.json                         json (grades-<i>-of-<n>.json for a shard)
 *   junit.xml                           junit
 *   summary.md                          markdown
 *   gradescope/<submission>/results.json  gradescope (one per submission)
 *   prairielearn/<submission>/results.json  prairielearn (one per submission)
 *   classroom/<submission>/outputs.txt  classroom: GitHub step outputs, one per lesson
 * and returns the files written.
 */
export async function writeReports(
  report: GradeReport,
  out: string,
  chosen: Format[],
  visibility?: Visibility,
  jsonName = 'grades.json',
): Promise<string[]> {
  const files: [string, string][] = [];
  if (chosen.includes('json')) files.push([jsonName, formatJson(report)]);
  if (chosen.includes('junit')) files.push(['junit.xml', formatJunit(report)]);
  if (chosen.includes('markdown')) files.push(['summary.md', formatMarkdown(report)]);
  for (const submission of report.submissions) {
    const folder = safeName(submission.name);
    if (chosen.includes('gradescope')) files.push([path.join('gradescope', folder, 'results.json'), formatGradescope(report, submission, visibility)]);
    if (chosen.includes('prairielearn')) files.push([path.join('prairielearn', folder, 'results.json'), formatPrairieLearn(report, submission)]);
    if (chosen.includes('classroom')) files.push([path.join('classroom', folder, 'outputs.txt'), formatClassroomOutputs(report, submission)]);
  }
  const written: string[] = [];
  for (const [name, content] of files) {
    const file = path.join(out, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}
