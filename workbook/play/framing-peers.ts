import { PeerServer, type PeerConnection, type SendOptions } from '../harness/tcp-peer.ts';
import { humanPaceMs, type ListeningPeer, type PlaySession } from './define-play.ts';
import { untilClosed } from './reference-peers.ts';

// Reference peers for playing the framing lessons (6 and 8). They talk the way
// a busy network delivers: every message in pieces, with a pause between them
// that a person can see, so a program that takes a chunk for a message shows
// its mistake on the terminal at once.

/** Each message in three pieces, 300 ms apart. */
export const inPieces: SendOptions = { pieces: 3, gapMs: 300 };

/**
 * A server's side of a lesson's protocol: given the bytes received so far (and
 * whether the client has ended its side), the replies due, the bytes still
 * waiting to complete a message, and whether to hang up.
 */
export type Answer = (buffered: Buffer, atEnd: boolean) => { replies: Buffer[]; rest: Buffer; hangUp: boolean };

/** Lesson 6: `Return your msg: <line>` for every line; `quit` hangs up; 64 KiB at most. */
export const answerLines: Answer = (buffered, atEnd) => {
  const maxLineBytes = 65536;
  const tooLong = Buffer.from('error: line too long\n');
  const replies: Buffer[] = [];
  let rest = buffered;
  for (let end = rest.indexOf(0x0a); end >= 0 || (atEnd && rest.length > 0); end = rest.indexOf(0x0a)) {
    const line = rest.subarray(0, end >= 0 ? end : rest.length).toString('utf8').replace(/\r$/, '');
    rest = end >= 0 ? rest.subarray(end + 1) : Buffer.alloc(0);
    if (Buffer.byteLength(line) > maxLineBytes) return { replies: [...replies, tooLong], rest, hangUp: true };
    if (line === 'quit') return { replies, rest, hangUp: true };
    replies.push(Buffer.from(`Return your msg: ${line}\n`));
  }
  if (rest.length > maxLineBytes + 1) return { replies: [...replies, tooLong], rest, hangUp: true };
  return { replies, rest, hangUp: false };
};

/** Lesson 8: every complete frame back as it came; a length over 1 MiB hangs up. */
export const answerFrames: Answer = (buffered) => {
  const replies: Buffer[] = [];
  let rest = buffered;
  while (rest.length >= 4) {
    const end = 4 + rest.readUInt32BE(0);
    if (end > 4 + 1024 * 1024) return { replies, rest, hangUp: true };
    if (rest.length < end) break;
    replies.push(rest.subarray(0, end));
    rest = rest.subarray(end);
  }
  return { replies, rest, hangUp: false };
};

/** A server for the learner's client that answers as `answer` says, each reply in pieces. */
export function framingServer(answer: Answer) {
  return async (session: PlaySession): Promise<ListeningPeer> => {
    const server = await PeerServer.listen('reference server', 'your client', session.transcript);
    session.transcript.add('note', 'reference server', 'sends each reply in 3 pieces, 300 ms apart, as a busy network may deliver it');
    void (async () => {
      while (!session.ended.aborted) {
        const connection = await server.accept(humanPaceMs);
        void converse(connection, answer).catch(() => {
          // The client left; that is in the transcript.
        });
      }
    })().catch(() => {
      // The play is over.
    });
    return server;
  };
}

async function converse(connection: PeerConnection, answer: Answer): Promise<void> {
  let buffered: Buffer = Buffer.alloc(0);
  for (;;) {
    const bytes = await connection.receive(humanPaceMs);
    if (bytes) buffered = Buffer.concat([buffered, bytes]);
    const { replies, rest, hangUp } = answer(buffered, bytes === undefined);
    buffered = rest;
    for (const reply of replies) await connection.send(reply, inPieces);
    if (hangUp || bytes === undefined) break;
  }
  connection.end();
  await untilClosed(connection);
}
