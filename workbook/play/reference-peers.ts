import { connectPeer, PeerServer, type PeerConnection, type SendOptions } from '../harness/tcp-peer.ts';
import { humanPaceMs, type ListeningPeer, type PlaySession } from './define-play.ts';

/** How a typing client puts a typed line on the wire. */
export interface TypingOptions {
  /** Sent after each line (`''`, `'\n'`). */
  terminator: string;
  /** Instead of line + terminator: the bytes for a line (a length-prefixed frame). */
  frame?: (line: string) => Uint8Array;
  /** Cut each message into pieces, as a busy network may deliver it. */
  send?: SendOptions;
}

/**
 * A client for the terminal: each typed line goes to the learner's server
 * followed by `terminator`, and whatever comes back shows up in the live
 * transcript. Ctrl-D half-closes; the play ends when the server closes.
 */
export function typingClient(options: TypingOptions) {
  return async (server: { host: string; port: number }, session: PlaySession): Promise<void> => {
    const connection = await connectPeer(server, 'reference client', 'your server', session.transcript);
    await Promise.race([typeInto(connection, session, options), untilClosed(connection)]);
  };
}

async function typeInto(connection: PeerConnection, session: PlaySession, options: TypingOptions): Promise<void> {
  for await (const line of session.typed) {
    if (connection.closed) return;
    // Zero bytes put nothing on the wire: an empty line without a terminator is skipped.
    if (line === '' && options.terminator === '' && !options.frame) continue;
    await connection.send(options.frame ? options.frame(line) : line + options.terminator, options.send);
  }
  connection.end();
  await untilClosed(connection);
}

/** Resolves once the other side has closed; what it sent is in the transcript. */
export async function untilClosed(connection: PeerConnection): Promise<void> {
  while ((await connection.receive(humanPaceMs)) !== undefined) {
    // Keep draining.
  }
}

/**
 * An echo server for the learner's client: sends back every chunk, or with
 * `once` only the first one and then closes, like the lesson 1 server.
 */
export function echoServer(options: { once: boolean }) {
  return async (session: PlaySession): Promise<ListeningPeer> => {
    const server = await PeerServer.listen('reference server', 'your client', session.transcript);
    void (async () => {
      while (!session.ended.aborted) {
        const connection = await server.accept(humanPaceMs);
        void echo(connection, options.once);
      }
    })().catch(() => {
      // The play is over.
    });
    return server;
  };
}

async function echo(connection: PeerConnection, once: boolean): Promise<void> {
  for (let bytes = await connection.receive(humanPaceMs); bytes; bytes = await connection.receive(humanPaceMs)) {
    await connection.send(bytes);
    if (once) break;
  }
  connection.end();
}
