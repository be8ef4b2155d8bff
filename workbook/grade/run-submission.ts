import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Check, Language, Lesson } from '../catalogue.ts';
import { joinCgroupCommand } from '../harness/cgroup.ts';
import { limits } from '../harness/limits.ts';
import { repoRoot } from '../harness/target.ts';
import { showDuration } from '../harness/wait-for.ts';
import { gradeCheck, totalSubmission, type CheckGrade, type SubmissionGrade } from './report.ts';
import { prepareSubmissionLimits, type ResourceLimits, type SubmissionLimits } from './resource-limits.ts';
import { bwrapArguments, cgroupInSandbox, nodeBinary, sandboxInfoFd, type Sandbox } from './sandbox.ts';
import type { Submission } from './find-submissions.ts';
import { safeName } from './safe-name.ts';
import { readLines, verifyLine, type WorkerPlan, type WorkerResult } from './worker-protocol.ts';

export interface RunOptions {
  /** The checks to run, in catalogue order, and the lessons they belong to. */
  checks: Check[];
  lessons: Lesson[];
  checkTimeoutMs: number;
  submissionTimeoutMs: number;
  /** Checks of one submission running at once. */
  concurrency: number;
  sandbox: Sandbox;
  /** Memory and processes each program may use. */
  limits: ResourceLimits;
  language: Language;
  /** Called as each check finishes, for the progress display. */
  onCheck?: (grade: CheckGrade) => void;
}

const workerFile = path.join(repoRoot, 'workbook', 'grade', 'worker.ts');
const tsxLoader = import.meta.resolve('tsx');

/**
 * Grades one submission: starts the worker (in the sandbox when there is one),
 * collects the signed results it prints, and stops it at the submission's
 * time limit. Every planned check gets a verdict, whatever the worker did.
 */
export async function runSubmission(submission: Submission, options: RunOptions): Promise<SubmissionGrade> {
  const started = performance.now();
  const key = randomBytes(32);
  const label = `grade-${safeName(submission.name)}`;
  const confined = await prepareSubmissionLimits(options.limits, label, options.concurrency);
  const programsCgroup = confined.programs.cgroup;
  const plan: WorkerPlan = {
    checks: options.checks.map((check) => check.id),
    checkTimeoutMs: options.checkTimeoutMs,
    concurrency: options.concurrency,
    limits:
      options.sandbox.kind === 'bwrap' && programsCgroup ? { ...confined.programs, cgroup: cgroupInSandbox(programsCgroup) } : confined.programs,
  };
  const stage = await stageWorker(submission, options.sandbox, label, confined);
  const results = new Map<string, WorkerResult>();
  const notes = [...submission.notes];
  if (options.limits.warning) notes.push(`limits reduced: ${options.limits.summary}`);
  let done = false;
  let foreignLines = 0;
  let stderrTail = '';

  const child = spawn(stage.file, stage.args, {
    cwd: stage.cwd,
    env: stage.env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe', options.sandbox.kind === 'bwrap' ? 'pipe' : 'ignore'],
  });
  const sandboxPid = readSandboxPid(child.stdio[sandboxInfoFd] as Readable | null);
  const stdin = child.stdin!;
  const stdout = child.stdout!;
  const stderr = child.stderr!;
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('error', (error) => {
      stderrTail = error.message;
      resolve({ code: null, signal: null });
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  stdin.on('error', () => {
    // The worker died before reading its input; its exit says why.
  });
  stdin.end(`${key.toString('hex')}\n${JSON.stringify(plan)}\n`);
  stderr.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + String(chunk)).slice(-4000);
  });
  const reading = readLines(stdout, (line) => {
    const message = verifyLine(key, line);
    if (!message) {
      foreignLines += 1;
    } else if (message.type === 'done') {
      done = true;
    } else if (!results.has(message.result.id) && plan.checks.includes(message.result.id)) {
      results.set(message.result.id, message.result);
      const check = options.checks.find((candidate) => candidate.id === message.result.id)!;
      options.onCheck?.(gradeCheck(check, message.result, options.language));
    }
  });

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void sandboxPid.then((pid) => stopWorker(child.pid, pid, options.sandbox));
  }, options.submissionTimeoutMs);
  const exit = await exited;
  clearTimeout(timer);
  // Output still in the pipe is read; a program holding the pipe open is not waited for.
  await Promise.race([reading, new Promise((resolve) => setTimeout(resolve, limits.reapMs))]);
  stdout.destroy();
  stderr.destroy();
  killGroup(child.pid, 'SIGKILL');
  await sandboxEmptied(await sandboxPid);
  await stage.cleanUp();
  // Without a sandbox, this is what ends a program's children that left its process group.
  await confined.remove().catch((error: Error) => notes.push(`its processes could not all be stopped: ${error.message}`));

  const missingReason = timedOut
    ? `not graded: the submission did not finish within ${showDuration(options.submissionTimeoutMs)} (its time limit)`
    : `not graded: the grader stopped early (${describeStop(exit, stderrTail)})`;
  if (timedOut) notes.push(`stopped at the submission time limit of ${showDuration(options.submissionTimeoutMs)}; ${options.checks.length - results.size} checks were not graded`);
  else if (!done) notes.push(`the grader stopped early: ${describeStop(exit, stderrTail)}`);
  if (foreignLines) notes.push(`${foreignLines} lines on the grader's output did not come from the grader and were ignored`);

  const checks = options.checks.map((check) =>
    gradeCheck(check, results.get(check.id) ?? { status: 'error', durationMs: 0, message: missingReason, transcript: [] }, options.language),
  );
  return totalSubmission(
    { name: submission.name, path: submission.path, durationMs: Math.round(performance.now() - started), notes },
    options.lessons,
    checks,
  );
}

interface Stage {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  cleanUp(): Promise<void>;
}

/** The worker's command line, environment and folder, inside bwrap or, without it, in a temporary folder. */
async function stageWorker(submission: Submission, sandbox: Sandbox, label: string, confined: SubmissionLimits): Promise<Stage> {
  // The worker (and bwrap) start in the submission's grader group, so the submission's total holds them too.
  const inGraderGroup = (command: string[]) => (confined.grader ? joinCgroupCommand(confined.grader, command) : command);
  const command = [nodeBinary, '--import', tsxLoader, workerFile];
  // The submission's name in the build folder makes its programs easy to spot in `ps`.
  const passOn = pickEnv(['TZ', 'WORKBOOK_TIME_SCALE']);
  if (sandbox.kind === 'bwrap') {
    const env = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: '/tmp', TMPDIR: '/tmp', WORKBOOK_BUILD_DIR: `/tmp/${label}/builds`, ...passOn };
    const [file, ...args] = inGraderGroup(['bwrap', ...bwrapArguments(submission.lessonsTree, env, command, confined.programs.cgroup)]);
    return {
      file: file!,
      args,
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      cleanUp: async () => {},
    };
  }
  const folder = await mkdtemp(path.join(tmpdir(), `${label}-`));
  await symlink(path.resolve(submission.lessonsTree), path.join(folder, 'lessons'));
  const [file, ...args] = inGraderGroup(command);
  return {
    file: file!,
    args,
    cwd: folder,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: folder, TMPDIR: folder, WORKBOOK_BUILD_DIR: path.join(folder, 'builds'), ...passOn },
    cleanUp: () => rm(folder, { recursive: true, force: true }),
  };
}

/**
 * In the sandbox, killing its first process ends the pid namespace: the kernel
 * kills everything in it, and bwrap exits only once all of it is gone. (Killing
 * bwrap itself would return before the namespace is empty.) Without a sandbox,
 * the worker gets SIGTERM first so that it can kill the programs it started
 * (they run in process groups of their own).
 */
function stopWorker(pid: number | undefined, sandboxPid: number | undefined, sandbox: Sandbox): void {
  if (sandbox.kind === 'bwrap') {
    if (sandboxPid === undefined) killGroup(pid, 'SIGKILL');
    else killProcess(sandboxPid, 'SIGKILL');
    return;
  }
  killGroup(pid, 'SIGTERM');
  setTimeout(() => killGroup(pid, 'SIGKILL'), limits.reapMs).unref();
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid !== undefined) killProcess(-pid, signal);
}

function killProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * bwrap can exit as soon as the worker has, while the kernel is still killing
 * what else ran in the sandbox (a detached child, say). The sandbox's first
 * process goes last, so once it has gone (or is a zombie) nothing of the
 * submission runs. The kernel takes milliseconds; the wait is bounded all the same.
 */
async function sandboxEmptied(sandboxPid: number | undefined): Promise<void> {
  if (sandboxPid === undefined) return;
  killProcess(sandboxPid, 'SIGKILL');
  const deadline = performance.now() + limits.reapMs;
  while (performance.now() < deadline) {
    const stat = await readFile(`/proc/${sandboxPid}/stat`, 'utf8').catch(() => undefined);
    // The state is the field after the command name in parentheses; Z and X are a process that has ended.
    const state = stat?.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === undefined || state === 'Z' || state === 'X') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The pid bwrap reports for the sandbox's first process; undefined without a sandbox or when it never started. */
async function readSandboxPid(info: Readable | null): Promise<number | undefined> {
  if (!info) return undefined;
  let text = '';
  for await (const chunk of info) text += String(chunk);
  try {
    const pid = (JSON.parse(text) as { 'child-pid'?: unknown })['child-pid'];
    return typeof pid === 'number' ? pid : undefined;
  } catch {
    return undefined;
  }
}

function describeStop(exit: { code: number | null; signal: string | null }, stderr: string): string {
  const lastLine = stderr.trim().split('\n').filter(Boolean).at(-1);
  const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  return lastLine ? `${how}: ${lastLine}` : how;
}

function pickEnv(names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => process.env[name]).map((name) => [name, process.env[name]!]));
}
