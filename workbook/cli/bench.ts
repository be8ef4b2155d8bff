// `npm run bench [-- --runs N] [-- --suite-runs N] [-- --only name,…]`: medians of wall times, as a table.
// A run that fails keeps its output under test-results/bench/; its row says where.
import { parseArgs } from 'node:util';
import { lessons } from '../catalogue.ts';
import { gradingBenchEntries } from '../bench/grading.ts';
import { lineEchoMemoryEntries } from '../bench/line-echo-memory.ts';
import { benchOutputDir, keepOutputIn } from '../bench/failed-output.ts';
import { median, timeCommand, type BenchEntry, type BenchRun } from '../bench/measure.ts';
import { watchVerdictEntry } from '../bench/watch-verdict.ts';

const usage = `Usage: npm run bench -- [--runs <n>] [--suite-runs <n>] [--only <name>,…]

  --runs <n>         runs of each entry (default: 5)
  --suite-runs <n>   runs of \`npm test\` (default: 3, or --runs if fewer)
  --only <list>      only the entries whose names contain one of these words, e.g. --only=help,'lesson 9'`;

function readOptions() {
  try {
    return parseArgs({
      options: {
        runs: { type: 'string' },
        // The suite takes minutes: three runs unless told (`--suite-runs 20 --only 'npm test'` to hunt a rare failure).
        'suite-runs': { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    // A mistake on the command line gets one sentence and the usage, never a stack trace.
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    process.exit(2);
  }
}

const values = readOptions();
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const runs = Number(values.runs ?? 5);
const suiteRuns = Number(values['suite-runs'] ?? Math.min(runs, 3));

const entries: BenchEntry[] = [
  timeCommand('npm run lesson -- --help', 'npm', ['run', '--silent', 'lesson', '--', '--help'], runs),
  ...lessons.map((lesson) =>
    timeCommand(`npm run lesson ${lesson.number} -- --solution`, 'npm', ['run', '--silent', 'lesson', String(lesson.number), '--', '--solution'], runs),
  ),
  watchVerdictEntry(runs),
  timeCommand('npm test', 'npm', ['test', '--silent'], suiteRuns),
  ...lineEchoMemoryEntries(Math.min(runs, 3)),
  ...gradingBenchEntries(),
];

const wanted = values.only?.split(',').map((word) => word.trim());
const chosen = wanted ? entries.filter((entry) => wanted.some((word) => entry.name.includes(word))) : entries;

const outputDir = benchOutputDir();

/** One run of `entry`; one that throws is a failed run, and the table says why, instead of the bench stopping. */
async function runOnce(entry: BenchEntry, run: number): Promise<BenchRun> {
  const started = performance.now();
  try {
    return await entry.run(keepOutputIn(outputDir, entry.name, run));
  } catch (error) {
    return { ms: performance.now() - started, ok: false, note: `run ${run} failed: ${(error as Error).message}` };
  }
}

const rows: string[][] = [['what', 'runs', 'median', 'min', 'max', 'all ok', 'notes']];
for (const entry of chosen) {
  const times: number[] = [];
  const notes = new Set<string>();
  let allOk = true;
  for (let run = 1; run <= entry.runs; run++) {
    const result = await runOnce(entry, run);
    // Progress as it goes: twenty runs of the suite take a while.
    process.stderr.write(`${entry.name}, run ${run} of ${entry.runs}: ${result.ok ? 'ok' : `NO, ${result.note ?? 'no reason given'}`}\n`);
    times.push(result.ms);
    allOk &&= result.ok;
    if (result.note) notes.add(result.note);
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  rows.push([entry.name, String(entry.runs), seconds(median(times)), seconds(Math.min(...times)), seconds(Math.max(...times)), allOk ? 'yes' : 'NO', [...notes].join('; ')]);
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
process.stdout.write(`${line(rows[0]!)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.slice(1).map(line).join('\n')}\n`);
