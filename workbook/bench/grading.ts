// The grading entries of `npm run bench`: a class of 30 submissions graded
// with --jobs 2, and the sample submissions graded ten times over to show
// that the same submission always gets the same score.
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { lessons } from '../catalogue.ts';
import { parseJsonReport } from '../grade/format-json.ts';
import type { GradeReport } from '../grade/report.ts';
import { chooseSandbox } from '../grade/sandbox.ts';
import { programFile, repoRoot } from '../harness/target.ts';
import { materialize, removeMaterialized } from '../course/broken-program.ts';
import { unitOf } from '../course/units.ts';
import type { KeepOutput } from './failed-output.ts';
import type { BenchEntry } from './measure.ts';

type Kind = 'good' | 'starter' | 'broken';

/** What the bench found: the time, and whether the grades were what they should be. */
export interface GradingRun {
  ms: number;
  ok: boolean;
  note?: string;
}

/**
 * Grades `count` submissions (good, starter-like and broken in turn) with
 * `--jobs 2`: good ones must get full marks, the others less. When they do
 * not, what `npm run grade` printed is kept.
 */
export async function benchGrading(keep: KeepOutput, count = 30, extraArgs: string[] = []): Promise<GradingRun> {
  const folder = await mkdtemp(path.join(tmpdir(), 'grade-bench-'));
  try {
    const kinds: Kind[] = ['good', 'starter', 'broken'];
    for (let index = 0; index < count; index++) {
      const kind = kinds[index % kinds.length]!;
      await prepareSubmission(path.join(folder, 'class', `${kind}-${String(index + 1).padStart(2, '0')}`), kind, index);
    }
    const started = performance.now();
    const { report, output } = await gradeFolder(path.join(folder, 'class'), path.join(folder, 'out'), ['--jobs', '2', ...extraArgs], keep);
    const ms = performance.now() - started;
    const wrong = report.submissions.filter((submission) =>
      submission.name.startsWith('good') ? submission.points !== submission.maxPoints : submission.points === submission.maxPoints,
    );
    const ungraded = report.submissions.filter((submission) => submission.notes.length);
    const ok = report.submissions.length === count && !wrong.length && !ungraded.length;
    const problems = [...wrong.map((s) => `${s.name} ${s.points}/${s.maxPoints}`), ...ungraded.map((s) => `${s.name}: ${s.notes.join('; ')}`)];
    const note = `${count} submissions × ${report.lessons.length} lessons, sandbox ${report.sandbox}`;
    if (ok) return { ms, ok, note };
    return { ms, ok, note: `${note}; unexpected: ${problems.join(', ')}; output in ${await keep(output)}` };
  } finally {
    await rm(folder, { recursive: true, force: true });
    await removeMaterialized();
  }
}

/**
 * Grades the sample set (test/fixtures/submissions when a sandbox is there
 * to contain them, plus a good, a starter-like and a broken submission)
 * `runs` times and compares every check's verdict across runs. When they
 * differ, what `npm run grade` printed in every run is kept.
 */
export async function benchDeterminism(keep: KeepOutput, runs = 10, extraArgs: string[] = []): Promise<GradingRun> {
  const folder = await mkdtemp(path.join(tmpdir(), 'grade-determinism-'));
  try {
    // The hostile samples only where the sandbox contains them: outside it one fills /tmp, one leaves a process behind.
    if ((await chooseSandbox('auto')).kind === 'bwrap') {
      const samples = path.join(repoRoot, 'test', 'fixtures', 'submissions');
      for (const name of await readdir(samples)) await cp(path.join(samples, name), path.join(folder, 'set', name), { recursive: true });
    }
    for (const [index, kind] of (['good', 'starter', 'broken'] as const).entries()) {
      await prepareSubmission(path.join(folder, 'set', kind), kind, index);
    }
    const runsVerdicts: Map<string, string>[] = [];
    const outputs: string[] = [];
    const started = performance.now();
    for (let run = 0; run < runs; run++) {
      const graded = await gradeFolder(path.join(folder, 'set'), path.join(folder, `out-${run}`), ['--jobs', '2', '--check-timeout', '5s', ...extraArgs], keep);
      runsVerdicts.push(verdictsOf(graded.report));
      outputs.push(`=== run ${run + 1} of ${runs} ===\n${graded.output}`);
    }
    const ms = (performance.now() - started) / runs;
    // Every submission's points and check verdict that was not the same in every run.
    const unstable = [...runsVerdicts[0]!.keys()].filter((key) => runsVerdicts.some((verdicts) => verdicts.get(key) !== runsVerdicts[0]!.get(key)));
    const describe = (key: string) => `${key}: ${runsVerdicts.map((verdicts) => verdicts.get(key)).join(',')}`;
    if (!unstable.length) return { ms, ok: true, note: `${runs} runs, identical scores and verdicts (time per run)` };
    return { ms, ok: false, note: `not the same in every run: ${unstable.map(describe).join('; ')}; output in ${await keep(outputs.join('\n'))}` };
  } finally {
    await rm(folder, { recursive: true, force: true });
    await removeMaterialized();
  }
}

/** Both entries, ready for the bench table. */
export function gradingBenchEntries(): BenchEntry[] {
  return [
    { name: 'grade 30 submissions, --jobs 2', runs: 1, run: (keep) => benchGrading(keep) },
    { name: 'grade the sample set ×10 (determinism)', runs: 1, run: (keep) => benchDeterminism(keep) },
  ];
}

/** Every submission's points and every check's verdict, by `<submission> <check id>`. */
function verdictsOf(report: GradeReport): Map<string, string> {
  const verdicts = new Map<string, string>();
  for (const submission of report.submissions) {
    verdicts.set(`${submission.name} points`, String(submission.points));
    for (const check of submission.checks) verdicts.set(`${submission.name} ${check.id}`, check.status);
  }
  return verdicts;
}

/** Runs `npm run grade` on `folder`; a run that fails is kept and thrown, a report comes back with what was printed. */
async function gradeFolder(folder: string, out: string, args: string[], keep: KeepOutput): Promise<{ report: GradeReport; output: string }> {
  const gradeArgs = ['--each', folder, '--out', out, ...args];
  const result = await execa(process.execPath, [path.join(repoRoot, 'workbook', 'cli', 'launch.mjs'), 'grade', ...gradeArgs], {
    cwd: repoRoot,
    reject: false,
    all: true,
    env: { FORCE_COLOR: '0' },
  });
  const output = `$ npm run grade -- ${gradeArgs.join(' ')}\n${result.all ?? ''}\n`;
  if (result.exitCode !== 0) throw new Error(`npm run grade failed (${result.exitCode ?? result.signal}), output in ${await keep(output)}`);
  const file = path.join(out, 'grades.json');
  return { report: parseJsonReport(await readFile(file, 'utf8'), file), output };
}

/**
 * A submission of one kind: the reference solutions (good), the starters
 * (starter-like), or the solutions with one known mistake per lesson (broken,
 * a different mistake for each `variant`).
 */
export async function prepareSubmission(folder: string, kind: Kind, variant: number): Promise<void> {
  const tree = path.join(folder, 'lessons');
  await mkdir(tree, { recursive: true });
  await cp(path.join(repoRoot, kind === 'starter' ? 'lessons' : 'solutions'), tree, { recursive: true });
  if (kind !== 'broken') return;
  for (const lesson of lessons) {
    const fixtures = unitOf(lesson).mistakes;
    if (!fixtures.length) continue;
    const fixture = fixtures[variant % fixtures.length]!;
    const target = await materialize(lesson, fixture);
    await cp(target.files![fixture.role]!, programFile({ root: tree }, lesson, fixture.role));
  }
}
