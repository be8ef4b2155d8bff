import type { Check, Lesson, Role } from '../catalogue.ts';
import { buildProgram } from './build-program.ts';
import { CheckContext } from './check-context.ts';
import type { LessonChecks } from './define-checks.ts';
import { CheckFailure, CheckSkipped, ProgramError } from './failure.ts';
import { limits } from './limits.ts';
import { programFile, type Target } from './target.ts';
import { unitOf } from '../course/units.ts';
import type { TranscriptEvent } from './transcript.ts';
import { showDuration } from './wait-for.ts';

export type CheckStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface CheckResult {
  check: Check;
  /**
   * `failed`: the program broke the contract; `error`: it could not be built or
   * run at all; `skipped`: this system cannot run the check (no IPv6 loopback).
   */
  status: CheckStatus;
  durationMs: number;
  message?: string;
  /** Extra lines under the message (a code frame). */
  detail?: string;
  expected?: string;
  actual?: string;
  transcript: TranscriptEvent[];
}

export interface RunOptions {
  /** Only the checks of these roles (a fixture replaces one program). */
  roles?: Role[];
  /** Only these check slugs. */
  slugs?: string[];
  /** Checks running at once (default 8); most of a check's time is spent waiting on I/O. */
  concurrency?: number;
  checkTimeoutMs?: number;
}

/**
 * A lesson ready to be checked: its check functions, and each program it runs
 * built once for the whole run (or the reason it could not be built).
 */
export interface PreparedLesson {
  lesson: Lesson;
  definitions: LessonChecks;
  programs: Map<Role, string | ProgramError>;
}

/**
 * Builds each of `roles`' programs once, up front: every check of the run
 * starts the same build, and a syntax error becomes one precise message
 * instead of one per spawn.
 */
export async function prepareLesson(lesson: Lesson, target: Target, roles: Role[] = lesson.roles): Promise<PreparedLesson> {
  const programs = new Map<Role, string | ProgramError>();
  await Promise.all(
    roles.map(async (role) => {
      try {
        programs.set(role, await buildProgram(programFile(target, lesson, role)));
      } catch (error) {
        if (!(error instanceof ProgramError)) throw error;
        programs.set(role, error);
      }
    }),
  );
  return { lesson, definitions: unitOf(lesson).checks, programs };
}

/** Runs a lesson's checks against `target`, a few at a time, and returns results in catalogue order. */
export async function runLesson(lesson: Lesson, target: Target, options: RunOptions = {}): Promise<CheckResult[]> {
  const checks = lesson.checks.filter(
    (check) => (!options.roles || options.roles.includes(check.role)) && (!options.slugs || options.slugs.includes(check.slug)),
  );
  const prepared = await prepareLesson(lesson, target, [...new Set(checks.map((check) => check.role))]);
  return mapWithLimit(checks, options.concurrency ?? 8, (check) => runCheck(prepared, check, options.checkTimeoutMs));
}

/** Runs one check in a fresh context and always cleans up after it. */
export async function runCheck(prepared: PreparedLesson, check: Check, timeoutMs = limits.checkMs): Promise<CheckResult> {
  const program = prepared.programs.get(check.role);
  if (program instanceof ProgramError) return programErrorResult(check, program);
  if (program === undefined) throw new Error(`${check.id} runs the ${check.role}, which was not prepared`);
  const context = new CheckContext(prepared.lesson, prepared.programs);
  const started = performance.now();
  const finish = (status: CheckStatus, error?: unknown): Promise<CheckResult> => {
    const durationMs = Math.round(performance.now() - started);
    const atVerdict = context.transcript.events.length;
    return settleOutput(context, atVerdict).then((transcript) => {
      // A program stopped by its memory or process limit fails for that reason, whatever the check saw of it.
      const limitVerdict = context.limitVerdict();
      if (limitVerdict) return resultOf(check, 'failed', durationMs, transcript, new CheckFailure(limitVerdict));
      return resultOf(check, status, durationMs, transcript, error);
    });
  };
  let timer: NodeJS.Timeout | undefined;
  const running = prepared.definitions.run[check.slug]!(context);
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CheckFailure(`the check did not finish within ${showDuration(timeoutMs)}`)),
      timeoutMs,
    );
  });
  running.catch(() => {
    // Settled after a timeout; the timeout's verdict stands.
  });
  try {
    await Promise.race([running, timedOut]);
    return await finish('passed');
  } catch (error) {
    if (error instanceof CheckSkipped) return await finish('skipped', error);
    return await finish(error instanceof CheckFailure ? 'failed' : 'error', error);
  } finally {
    clearTimeout(timer);
    await context.cleanUp();
  }
}

/**
 * The conversation up to the verdict, and everything the programs printed.
 * A line a program printed just before the verdict may still be in its pipe
 * (on a busy machine, for longer): the programs are stopped and their output
 * read to the end first. What else happens after the verdict (the programs'
 * deaths, the connections closing) is cleanup, not part of the conversation.
 */
async function settleOutput(context: CheckContext, atVerdict: number): Promise<TranscriptEvent[]> {
  await context.stopPrograms();
  const { events } = context.transcript;
  const printedLate = events.slice(atVerdict).filter((event) => event.kind === 'stdout' || event.kind === 'stderr');
  return [...events.slice(0, atVerdict), ...printedLate];
}

function resultOf(check: Check, status: CheckStatus, durationMs: number, transcript: TranscriptEvent[], error?: unknown): CheckResult {
  const result: CheckResult = { check, status, durationMs, transcript };
  if (error instanceof CheckFailure) {
    Object.assign(result, { message: error.message, expected: error.expected, actual: error.actual });
  } else if (error instanceof ProgramError) {
    Object.assign(result, { message: error.message, detail: error.detail });
  } else if (error instanceof CheckSkipped) {
    Object.assign(result, { message: error.message });
  } else if (error) {
    Object.assign(result, { message: `the check itself broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
  }
  return result;
}

function programErrorResult(check: Check, error: ProgramError): CheckResult {
  return { check, status: 'error', durationMs: 0, message: error.message, detail: error.detail, transcript: [] };
}

/** Like Promise.all over `items.map(fn)`, with at most `limit` running at once; keeps order. */
export async function mapWithLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
