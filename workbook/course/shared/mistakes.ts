import type { BrokenFixture } from '../broken-program.ts';
import { limits } from '../../harness/limits.ts';

// Broken fixtures that several lessons share, because their solutions share
// the code the mistake is made in.

/** The clients of lessons 2, 4 and 5 connect with the same `await once(socket, 'connect')`. */
export const clientRefusalStackTrace: BrokenFixture = {
  name: 'client-refusal-stack-trace',
  role: 'client',
  mistake: 'lets a refused connection end in a stack trace',
  breaks: ['client-refused'],
  edits: [['  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);\n  process.exit(1);', '  throw error;']],
};

/** The chat rooms of lessons 5 and 7 close the same way on a signal. */
export const roomDiesOfSigterm: BrokenFixture = {
  name: 'dies-of-sigterm',
  role: 'server',
  mistake: 'has no signal handlers, so SIGTERM kills it',
  breaks: ['stops-on-sigterm'],
  edits: [["for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, closeRoom);\n", '']],
};

/**
 * How long a fixture that holds a message back until the next one arrives
 * (lesson 5's `others-later`, lesson 9's `joins-datagrams`) keeps it when no
 * next one comes. Its fault then shows whenever a check sends two messages at
 * the same moment, however slowly the program runs: the harness sends them in
 * one go, microseconds apart, not half a second. And it costs little: each
 * message held that long still arrives well within a check's reply limit, and
 * the few that are held add seconds at most to a check's whole time.
 */
export const heldMessageMs = Math.round(limits.replyMs / 6);
