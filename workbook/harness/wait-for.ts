import { CheckFailure } from './failure.ts';

/**
 * What a wait looks for: return a value when it is there, undefined to keep
 * waiting, or throw a CheckFailure when it can never come (the peer closed).
 */
export type Probe<T> = () => T | undefined;

/**
 * Something that changes over time (a connection's bytes, a program's output)
 * and lets checks wait for a state, woken by each change instead of polling.
 */
export class Changes {
  private waiters = new Set<() => void>();

  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves with what `probe` finds; fails with `onTimeout()` after `withinMs`. */
  waitFor<T>(probe: Probe<T>, withinMs: number, onTimeout: () => CheckFailure): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const settle = (): boolean => {
        try {
          const value = probe();
          if (value === undefined) return false;
          finish();
          resolve(value);
        } catch (error) {
          finish();
          reject(error);
        }
        return true;
      };
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      const wake = () => void settle();
      const timer = setTimeout(() => {
        if (settle()) return;
        // After the event loop was held up (a busy machine), expired timers run
        // before the I/O that arrived meanwhile. Let that I/O in first: a reply
        // that came in time must not lose to a timer that fired late.
        setImmediate(() => {
          if (settle()) return;
          finish();
          reject(onTimeout());
        });
      }, withinMs);
      if (!settle()) this.waiters.add(wake);
    });
  }
}

/** "3 s" / "500 ms", for failure messages. */
export function showDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}
