import { CheckFailure } from './failure.ts';

// How a check judges a program's time limit on a machine that may be busy.
//
// Never early, strictly: the check measures from a moment no later than the
// one the program's timer started at, so a correct program is never measured
// short. Node's timers run on a cached millisecond clock and may fire about
// 1 ms early against performance.now(), hence a tolerance of a few ms.
//
// Late is allowed up to a second: a timer that fires late on a loaded machine
// is not the learner's fault. Checks that must catch a doubled wait use a limit
// longer than that slack (and any start-up they measure), so that twice the
// limit is always past it.

/** How early against performance.now() a correct Node timer may fire. */
export const timerToleranceMs = 5;

/** How late past its limit a program may act. */
export const lateSlackMs = 1000;

export interface TimedWait {
  /** What happened, for the message: `your server said bye`. */
  what: string;
  /** The program's limit, as given to it. */
  limitMs: number;
  /** Measured from a moment no later than the program's timer started. */
  elapsedMs: number;
  /**
   * Time the measurement includes before the program's timer can start (the
   * program's start-up, when measured from spawning it), allowed on top of
   * the slack.
   */
  startupMs?: number;
}

/** Fails unless `elapsedMs` is within [limit − tolerance, limit + slack + start-up]. */
export function expectOnTime({ what, limitMs, elapsedMs, startupMs = 0 }: TimedWait): void {
  const latestMs = limitMs + lateSlackMs + startupMs;
  const expected = `at ${limitMs} ms, or up to ${latestMs - limitMs} ms later on a busy machine`;
  if (elapsedMs < limitMs - timerToleranceMs) {
    throw new CheckFailure(`${what} too early: after ${Math.round(elapsedMs)} ms of a ${limitMs} ms limit`, {
      expected,
      actual: `${Math.round(elapsedMs)} ms`,
    });
  }
  if (elapsedMs > latestMs) {
    throw new CheckFailure(`${what} too late: after ${Math.round(elapsedMs)} ms of a ${limitMs} ms limit`, {
      expected,
      actual: `${Math.round(elapsedMs)} ms`,
    });
  }
}
