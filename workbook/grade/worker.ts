// The grading worker: runs inside the sandbox with the submission's lessons
// tree at ./lessons, runs the planned checks and prints each result as a
// signed line on stdout. The host starts it (see run-submission.ts), hands
// it a key and the plan on stdin, and enforces the time limit.
import path from 'node:path';
import { findCheck, findLesson, type Check } from '../catalogue.ts';
import { unitOf } from '../course/units.ts';
import { ProgramError } from '../harness/failure.ts';
import { setProgramLimits } from '../harness/program-limits.ts';
import { mapWithLimit, prepareLesson, runCheck, type CheckResult, type PreparedLesson } from '../harness/run-checks.ts';
import { killAllLessons } from '../harness/spawn-lesson.ts';
import type { Target } from '../harness/target.ts';
import { clipText } from './clip-text.ts';
import { signLine, type WorkerMessage, type WorkerPlan, type WorkerResult } from './worker-protocol.ts';

/** Bounds on what one result carries, so a flood of output stays a readable report. */
const maxMessageChars = 4000;
const maxEventChars = 2000;

// A host that gives up on us sends SIGTERM: take every program down first.
process.once('SIGTERM', () => {
  killAllLessons();
  process.exit(143);
});

const [keyLine, planLine] = await readInput();
const key = Buffer.from(keyLine ?? '', 'hex');
const plan = JSON.parse(planLine ?? '{}') as WorkerPlan;
const target: Target = { root: path.resolve('lessons') };
setProgramLimits(plan.limits);
const send = (message: WorkerMessage) => process.stdout.write(signLine(key, message));

const checks = plan.checks.map((id) => findCheck(id) ?? failPlan(id));
const lessonsPlanned = [...new Set(checks.map((check) => check.lesson))];

// Everything that needs the disk happens before any student program runs: a
// program that fills /tmp cannot stop later lessons from being built or loaded.
const prepared = new Map(await Promise.all(lessonsPlanned.map(async (number) => [number, await prepareOrExplain(number)] as const)));

await mapWithLimit(checks, plan.concurrency, async (check) => {
  const result = await runCheck(prepared.get(check.lesson)!, check, plan.checkTimeoutMs);
  send({ type: 'result', result: toWorkerResult(check, result) });
});
send({ type: 'done' });
process.exit(0);

/**
 * Builds a lesson's programs. What goes wrong becomes the verdict of the
 * checks concerned: a program that does not build is the student's error.
 */
async function prepareOrExplain(number: number): Promise<PreparedLesson> {
  const lesson = findLesson(number)!;
  const roles = [...new Set(checks.filter((check) => check.lesson === number).map((check) => check.role))];
  try {
    return await prepareLesson(lesson, target, roles);
  } catch (error) {
    const problem = new ProgramError(`could not build lessons/${lesson.dir}: ${(error as Error).message}`);
    return { lesson, definitions: unitOf(lesson).checks, programs: new Map(roles.map((role) => [role, problem])) };
  }
}

function toWorkerResult(check: Check, result: Omit<CheckResult, 'check'>): WorkerResult {
  const clip = (text: string | undefined) => (text === undefined ? undefined : clipText(text, maxMessageChars));
  return {
    id: check.id,
    status: result.status,
    durationMs: result.durationMs,
    message: clip(result.message),
    detail: clip(result.detail),
    expected: clip(result.expected),
    actual: clip(result.actual),
    transcript: result.transcript.map((event) => ({ ...event, detail: clipText(event.detail, maxEventChars) })),
  };
}

function failPlan(id: string): never {
  throw new Error(`the plan names ${id}, which the catalogue lacks`);
}

/** The key and the plan: the first two lines of stdin. */
async function readInput(): Promise<string[]> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split('\n');
}
