/**
 * Thrown by a check when the learner's program did something other than the
 * contract says. Anything else thrown during a check is a harness error.
 */
export class CheckFailure extends Error {
  readonly expected?: string;
  readonly actual?: string;

  constructor(message: string, details: { expected?: string; actual?: string } = {}) {
    super(message);
    this.name = 'CheckFailure';
    this.expected = details.expected;
    this.actual = details.actual;
  }
}

/** The learner's program could not be built or started at all (missing file, syntax error). */
export class ProgramError extends Error {
  /** Extra lines, such as a code frame, shown under the one-sentence message. */
  readonly detail?: string;

  constructor(message: string, detail?: string) {
    super(message);
    this.name = 'ProgramError';
    this.detail = detail;
  }
}

/**
 * Thrown by a check that cannot run on this system (an IPv6 check where there
 * is no IPv6 loopback): the check is reported as skipped, neither passed nor failed.
 */
export class CheckSkipped extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CheckSkipped';
  }
}
