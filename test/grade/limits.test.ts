// Submissions that try to take the grading machine: memory taken at once or
// slowly, a fork bomb, and `kill -9 -1`. Graded in one batch with a correct
// submission, each meets its limit and gets the verdict that names it, the
// correct one scores as it does alone, and the machine keeps most of its memory.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findLesson } from '../../workbook/catalogue.ts';
import { findSubmissions } from '../../workbook/grade/find-submissions.ts';
import { gradeBatch } from '../../workbook/grade/grade-batch.ts';
import type { GradeReport, SubmissionGrade } from '../../workbook/grade/report.ts';
import { chooseLimits, type ResourceLimits } from '../../workbook/grade/resource-limits.ts';
import { chooseSandbox } from '../../workbook/grade/sandbox.ts';
import { canRunWith } from '../support/optional-tool.ts';
import { copySample, processesMentioning, referenceSubmission, scratch } from './grade-support.ts';

const lessonOne = findLesson(1)!;
const checkIds = ['01/server-ready', '01/server-echo'];
const hostile = ['hogs-memory', 'fills-memory-slowly', 'fork-bomb', 'kills-everything'];
/**
 * Lower than the defaults (512 MiB, 64): a program starved of CPU by a busy
 * machine (forking took 25 ms a process on one) reaches them sooner, long
 * before a check's own waits run out.
 */
const memoryBytes = 128 * 2 ** 20;
const maxProcesses = 32;
/** Each hostile submission's two checks fail within the 8 s ready limit, plus starting the sandbox on a loaded machine. */
const hostileLimitMs = 40_000;

const limits: ResourceLimits = await chooseLimits({ memoryBytes, maxProcesses });
const cgroupsHere = limits.cgroupRoot !== undefined;
if (!cgroupsHere) process.stderr.write('not run: tests of the memory and process limits (no cgroup with memory and pids controllers here; run as root)\n');

/** Samples the machine's available memory until stopped; the lowest figure is what the battery left. */
function watchMemory(): { stop(): Promise<{ lowestKiB: number; totalKiB: number }> } {
  let lowestKiB = Infinity;
  let totalKiB = 0;
  const sample = async () => {
    const text = await readFile('/proc/meminfo', 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(text)?.[1]);
    lowestKiB = Math.min(lowestKiB, field('MemAvailable'));
    totalKiB = field('MemTotal');
  };
  void sample();
  const timer = setInterval(() => void sample(), 50);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      return { lowestKiB, totalKiB };
    },
  };
}

describe.runIf(canRunWith('bwrap', 'apt-get install bubblewrap') && cgroupsHere)('submissions that run into their limits', () => {
  let alone: SubmissionGrade;
  let batch: GradeReport;
  let memory: { lowestKiB: number; totalKiB: number };
  let folders: string[];

  const grade = async (paths: string[]) =>
    gradeBatch(findSubmissions(paths), {
      lessons: [lessonOne],
      checkIds,
      jobs: 2,
      checkTimeoutMs: 20_000,
      submissionTimeoutMs: 60_000,
      sandbox: await chooseSandbox('bwrap'),
      limits,
      language: 'en',
    });
  const graded = (name: string) => batch.submissions.find((submission) => path.basename(submission.path).startsWith(`${name}-`))!;

  beforeAll(async () => {
    const parent = await scratch();
    const good = await referenceSubmission(parent, `good-${path.basename(parent)}`, ['01-single-echo']);
    alone = (await grade([good])).submissions[0]!;
    folders = [good, ...(await Promise.all(hostile.map((name) => copySample(name, parent))))];
    const watch = watchMemory();
    batch = await grade(folders);
    memory = await watch.stop();
  }, 240_000);

  afterAll(() => {
    if (!batch) return;
    const times = batch.submissions.map((submission) => `${path.basename(submission.path).replace(/-[0-9a-f]{8}$/, '')} ${(submission.durationMs / 1000).toFixed(1)} s`);
    process.stderr.write(
      `limits battery: lowest available memory ${Math.round(memory.lowestKiB / 1024)} MiB of ${Math.round(memory.totalKiB / 1024)} MiB; ${times.join(', ')}\n`,
    );
  });

  test('a server that takes memory at once is stopped at its memory limit, and told so', () => {
    const grade = graded('hogs-memory');
    for (const check of grade.checks) expect(check).toMatchObject({ status: 'failed', message: 'your server used more than 128 MiB of memory' });
    expect(grade.durationMs).toBeLessThan(hostileLimitMs);
  });

  test('a server that leaks memory step by step is stopped at its memory limit, and told so', () => {
    const grade = graded('fills-memory-slowly');
    for (const check of grade.checks) expect(check).toMatchObject({ status: 'failed', message: 'your server used more than 128 MiB of memory' });
    expect(grade.durationMs).toBeLessThan(hostileLimitMs);
  });

  test('a fork bomb is stopped at the process limit, and told so', () => {
    const grade = graded('fork-bomb');
    for (const check of grade.checks) expect(check).toMatchObject({ status: 'failed', message: 'your server started more than 32 processes' });
    // What the program saw: a fork that failed well before its own bound of 300.
    const said = grade.checks.flatMap((check) => check.transcript.filter((event) => event.kind === 'stderr').map((event) => event.detail));
    expect(said).toHaveLength(grade.checks.length);
    for (const line of said) {
      const [, started] = /^started (\d+) processes, then: .*Cannot fork$/.exec(line) ?? [];
      expect(Number(started), line).toBeLessThan(maxProcesses);
    }
    expect(grade.durationMs).toBeLessThan(hostileLimitMs);
  });

  test('kill -9 -1 stops only its own grader, which says so', () => {
    const grade = graded('kills-everything');
    for (const check of grade.checks) expect(check.status).toBe('error');
    for (const check of grade.checks) expect(check.message).toMatch(/^not graded: the grader stopped early \(/);
    expect(grade.notes).toEqual([expect.stringMatching(/^the grader stopped early: /)]);
    expect(grade.durationMs).toBeLessThan(hostileLimitMs);
  });

  test('a correct submission in the same batch scores as it does alone: full marks', () => {
    const good = graded('good');
    expect(alone.points).toBe(alone.maxPoints);
    expect(good.checks.map((check) => [check.id, check.status])).toEqual(alone.checks.map((check) => [check.id, check.status]));
    expect(good.points).toBe(alone.points);
  });

  test('the machine keeps more than half its memory, and nothing of the batch is left running or in a cgroup', async () => {
    expect(memory.lowestKiB).toBeGreaterThan(memory.totalKiB / 2);
    expect(await processesMentioning(folders.map((folder) => `grade-${path.basename(folder)}`))).toEqual([]);
    const root = limits.cgroupRoot!;
    const left = [...(await readdir(root.memory)), ...(await readdir(root.pids))].filter((name) => name.startsWith(`${process.pid}-`));
    expect(left).toEqual([]);
  });
});
