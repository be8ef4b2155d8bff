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
  /** When it happened, as the check saw it (performance.now()). */
  firedAt: number;
  /** A moment no later than the program's timer started. */
  startedAfter: number;
  /**
   * A moment no earlier than the program's timer started, when the check can
   * see one (it received what the program sent when it started its timer);
   * otherwise `startedAfter` plus the time the program may take to start.
   */
  startedBefore?: number;
}

/**
 * Fails unless the program's wait was within [limit − tolerance, limit +
 * slack]. Early is judged from `startedAfter`, late from `startedBefore`: each
 * bound is certain, whatever happened in between.
 */
export function expectOnTime({ what, limitMs, firedAt, startedAfter, startedBefore = startedAfter }: TimedWait): void {
  const expected = `at ${limitMs} ms, or up to ${lateSlackMs} ms later on a busy machine`;
  const longest = firedAt - startedAfter;
  const shortest = firedAt - startedBefore;
  if (longest < limitMs - timerToleranceMs) {
    throw new CheckFailure(`${what} too early: after ${Math.round(longest)} ms at most, before its ${limitMs} ms limit`, {
      expected,
      actual: `${Math.round(longest)} ms`,
    });
  }
  if (shortest > limitMs + lateSlackMs) {
    throw new CheckFailure(`${what} too late: after ${Math.round(shortest)} ms at least, more than ${lateSlackMs} ms past its ${limitMs} ms limit`, {
      expected,
      actual: `${Math.round(shortest)} ms`,
    });
  }
}
