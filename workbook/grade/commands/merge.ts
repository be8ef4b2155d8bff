import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { painter, wantsColor } from '../../report/paint.ts';
import { parseJsonReport } from '../format-json.ts';
import { formatTable } from '../format-table.ts';
import { mergeReports } from '../merge-reports.ts';
import { writeReports } from '../write-reports.ts';
import { gradeUsage, parseReportOptions, reportOptions } from './grade.ts';

/** `npm run grade -- merge a.json b.json …`: one report from the JSON reports of many shards. */
export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...reportOptions, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${gradeUsage}\n`);
    return 0;
  }
  const options = parseReportOptions(values);
  const reports = await Promise.all(
    positionals.map(async (file) => ({ file, report: parseJsonReport(await readFile(file, 'utf8'), file) })),
  );
  const merged = mergeReports(reports);
  process.stdout.write(`${formatTable(merged, painter(wantsColor(process.stdout)))}\n`);
  const written = await writeReports(merged, options.out, options.formats, options.visibility);
  process.stderr.write(written.map((file) => `wrote ${path.relative(process.cwd(), file) || file}\n`).join(''));
  return 0;
}
