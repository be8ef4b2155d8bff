import type { Transcript } from '../harness/transcript.ts';

/** What a reference peer gets while a learner plays with their own program. */
export interface PlaySession {
  /** Every event is printed live, labelled with who did it. */
  transcript: Transcript;
  /** Lines typed at the terminal, until Ctrl-D (only when the terminal is the reference side). */
  typed: AsyncIterable<string>;
  /** Aborted when the play ends: Ctrl-C, or the learner's program exited. */
  ended: AbortSignal;
}

export interface ListeningPeer {
  port: number;
  close(): Promise<void>;
}

/**
 * The reference side of `npm run lesson N -- --play`, one file per lesson in
 * `workbook/course/NN-slug/play.ts`. A lesson with a server gives a `referenceClient`
 * (the terminal talks to the learner's server through it); a lesson with a
 * client gives a `referenceServer` (the terminal types into the learner's client).
 */
export interface PlayPeers {
  referenceClient?: (server: { host: string; port: number }, session: PlaySession) => Promise<void>;
  referenceServer?: (session: PlaySession) => Promise<ListeningPeer>;
}

export function definePlay(peers: PlayPeers): PlayPeers {
  return peers;
}

/** Waits in play are a person's pace, not a check's: bounded, but by a day. */
export const humanPaceMs = 24 * 60 * 60 * 1000;
