// Every wait in the harness is bounded by one of these. They are generous enough
// for a loaded two-core machine running checks in parallel, and short enough that
// a program that never answers gets its verdict quickly.

/** Multiplies every limit; `WORKBOOK_TIME_SCALE=2` for very slow machines. */
const scale = Number(process.env.WORKBOOK_TIME_SCALE) > 0 ? Number(process.env.WORKBOOK_TIME_SCALE) : 1;

export const limits = {
  /** From spawning a program to its ready line (includes Node's own start-up). */
  readyMs: 8000 * scale,
  /** For an expected reply, log line, close or exit once the cause has happened. */
  replyMs: 3000 * scale,
  /** A whole check, as a last resort when a check itself waits wrongly. */
  checkMs: 20000 * scale,
  /** How long cleanup waits for a killed process group to be reaped. */
  reapMs: 2000 * scale,
  /** How much of a program's stdout or stderr is kept for the transcript. */
  outputBytes: 256 * 1024,
  /**
   * How many unread bytes a reference connection holds: the largest message a
   * check expects (a 1 MiB frame of lesson 8, with its header) and some room.
   */
  peerUnreadBytes: 2 * 1024 * 1024,
};
