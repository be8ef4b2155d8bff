import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../../catalogue.ts';
import { limits } from '../../harness/limits.ts';
import { painter, wantsColor } from '../../report/paint.ts';
import { findSubmissions } from '../find-submissions.ts';
import { visibilities, type Visibility } from '../format-gradescope.ts';
import { formatTable } from '../format-table.ts';
import { defaultChecksAtOnce, gradeBatch } from '../grade-batch.ts';
import { parseDuration } from '../parse-duration.ts';
import { createProgress } from '../progress.ts';
import { chooseLimits, defaultMaxProcesses, defaultMemoryBytes, parseProcessCount, parseSize } from '../resource-limits.ts';
import { chooseSandbox, type SandboxChoice } from '../sandbox.ts';
import { selectLessons } from '../select-lessons.ts';
import { parseShard, pickShard, showShard } from '../shard.ts';
import { parseFormats, writeReports } from '../write-reports.ts';
import { showBytes } from '../../harness/program-limits.ts';
import { UsageError } from '../usage-error.ts';

export const gradeUsage = `Usage: npm run grade -- [options] <submission>...
       npm run grade -- --each [options] <folder of submissions>...
       npm run grade -- merge [options] <grades.json>...
       npm run grade -- gradescope-bundle [--out <file.zip>] [--lessons …, other grading options]
       npm run grade -- classroom-template <dir> --grader <owner/name[@ref]> [--lessons …, other grading options]
       npm run grade -- prairielearn-grader --image <name> [--out <folder>] [--timeout <seconds>] [--lessons …, other grading options]

A submission is a folder holding lessons/ (or the lesson folders themselves).
Every check of the chosen lessons runs against each submission, in a sandbox.

Grading:
  --each                     grade every folder inside each folder given
  --lessons <list>           lessons to grade, e.g. 1-6 or 1,3,5-7 (default: all)
  --jobs <n>                 submissions graded at once (default: ${defaultJobs()})
  --checks-at-once <n>       checks of one submission running at once (default: ${defaultChecksAtOnce})
  --check-timeout <time>     limit for one check (default: ${limits.checkMs / 1000}s)
  --submission-timeout <t>   limit for one submission, all checks (default: 10m)
  --shard <i>/<n>            grade only the i-th of n parts of the batch (for many CI machines)
  --sandbox auto|bwrap|none  auto (default) uses bwrap when it works and warns when not
  --memory <size>            memory each program may use, e.g. 256M or 1G (default: ${showBytes(defaultMemoryBytes).replace(' ', '')})
  --max-processes <n>        processes and threads each program may run (default: ${defaultMaxProcesses})
Reports:
  --out <folder>             where report files go (default: grades)
  --format <list>            any of json,junit,markdown,gradescope,prairielearn,classroom (default: json)
  --visibility <v>           Gradescope test visibility: ${visibilities.join(', ')} (default: visible)
  --lang en|zh               language of check titles and hints in reports (default: en)
  -h, --help`;

export const reportOptions = {
  out: { type: 'string', default: 'grades' },
  format: { type: 'string', default: 'json' },
  visibility: { type: 'string', default: 'visible' },
} as const;

function defaultJobs(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

/** `npm run grade -- …`: grades submissions, prints the table, writes the reports. */
export async function gradeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      each: { type: 'boolean' },
      lessons: { type: 'string' },
      jobs: { type: 'string' },
      'checks-at-once': { type: 'string' },
      'check-timeout': { type: 'string' },
      'submission-timeout': { type: 'string', default: '10m' },
      shard: { type: 'string' },
      sandbox: { type: 'string', default: 'auto' },
      memory: { type: 'string' },
      'max-processes': { type: 'string' },
      ...reportOptions,
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  if (!positionals.length) throw new UsageError('name at least one submission folder (or a folder of them with --each)');
  const lessons = selectLessons(values.lessons);
  const jobs = values.jobs === undefined ? defaultJobs() : parseCount(values.jobs, '--jobs');
  const checksAtOnce = values['checks-at-once'] === undefined ? defaultChecksAtOnce : parseCount(values['checks-at-once'], '--checks-at-once');
  const checkTimeoutMs = values['check-timeout'] ? parseDuration(values['check-timeout'], '--check-timeout') : limits.checkMs;
  const submissionTimeoutMs = parseDuration(values['submission-timeout'], '--submission-timeout');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const sandboxChoice = pickOne(values.sandbox, ['auto', 'bwrap', 'none'] as const, '--sandbox') satisfies SandboxChoice;
  const memoryBytes = values.memory === undefined ? defaultMemoryBytes : parseSize(values.memory, '--memory');
  const maxProcesses = values['max-processes'] === undefined ? defaultMaxProcesses : parseProcessCount(values['max-processes'], '--max-processes');
  const reports = parseReportOptions(values);
  const language = pickOne(values.lang, ['en', 'zh'] as const, '--lang') satisfies Language;

  let submissions = findSubmissions(positionals, { each: values.each });
  if (!submissions.length) throw new UsageError(`no submission folders in ${positionals.join(', ')}`);
  if (shard) submissions = pickShard(submissions, shard);
  const sandbox = await chooseSandbox(sandboxChoice);
  const errPaint = painter(wantsColor(process.stderr));
  if (sandbox.warning) process.stderr.write(`${errPaint('yellow', 'warning:')} ${sandbox.warning}\n`);
  const resourceLimits = await chooseLimits({ memoryBytes, maxProcesses });
  process.stderr.write(`limits: ${resourceLimits.summary}\n`);
  if (resourceLimits.warning) process.stderr.write(`${errPaint('yellow', 'warning:')} ${resourceLimits.warning}\n`);

  const report = await gradeBatch(submissions, {
    lessons,
    jobs,
    concurrency: checksAtOnce,
    checkTimeoutMs,
    submissionTimeoutMs,
    sandbox,
    limits: resourceLimits,
    language,
    shard: shard && showShard(shard),
    progress: createProgress(process.stderr, errPaint),
  });
  process.stdout.write(`${formatTable(report, painter(wantsColor(process.stdout)))}\n`);
  const jsonName = shard ? `grades-${shard.index}-of-${shard.count}.json` : 'grades.json';
  const written = await writeReports(report, reports.out, reports.formats, reports.visibility, jsonName);
  if (sandbox.warning) process.stderr.write(`${errPaint('yellow', 'warning:')} ${sandbox.warning}\n`);
  if (resourceLimits.warning) process.stderr.write(`${errPaint('yellow', 'warning:')} ${resourceLimits.warning}\n`);
  process.stderr.write(written.map((file) => `wrote ${path.relative(process.cwd(), file) || file}\n`).join(''));
  return 0;
}

/** The report options shared with `grade merge`. */
export function parseReportOptions(values: { out: string; format: string; visibility: string }) {
  return {
    out: values.out,
    formats: parseFormats(values.format),
    visibility: pickOne(values.visibility, visibilities, '--visibility') satisfies Visibility,
  };
}

function pickOne<T extends string>(value: string, choices: readonly T[], option: string): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${option}: "${value}" is not one of ${choices.join(', ')}`);
  return value as T;
}

function parseCount(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${option}: "${text}" is not a whole number of at least 1`);
  return value;
}
