import { setTimeout as delay } from 'node:timers/promises';
import { connectPeer, PeerServer, type PeerConnection, type SendOptions } from '../harness/tcp-peer.ts';
import { humanPaceMs, type ListeningPeer, type PlaySession } from './define-play.ts';
import { typingClient, untilClosed } from './reference-peers.ts';

// Reference peers for playing the chat lessons (4, 5 and 7). Besides the
// person at the terminal there is someone else in the chat, who speaks on
// their own from a short script, so that messages can be seen arriving while
// nobody types: the whole point of a concurrent chat.

/** One line of a scripted speaker: what it says, after how long, and how it cuts the bytes. */
export interface ScriptLine {
  afterMs: number;
  text: string;
  send?: SendOptions;
}

/** Sends the script on `connection` at a person's pace; stops when the play ends or the peer leaves. */
async function speak(connection: PeerConnection, script: ScriptLine[], session: PlaySession): Promise<void> {
  for (const line of script) {
    await delay(line.afterMs, undefined, { signal: session.ended });
    if (connection.closed || connection.ended) return;
    await connection.send(line.text, line.send);
  }
}

/** Runs `step`, treating the end of the play (an aborted delay) or a vanished peer as the normal end. */
function inBackground(step: () => Promise<void>): void {
  void step().catch(() => {
    // The play is over or the peer left; both are in the transcript.
  });
}

/**
 * For a chat server: the terminal is one client (each typed line sent with
 * `\n`), and a second reference client, `name`, follows its script.
 */
export function chatClients(name: string, script: ScriptLine[]) {
  const terminal = typingClient({ terminator: '\n' });
  return async (server: { host: string; port: number }, session: PlaySession): Promise<void> => {
    inBackground(async () => {
      const other = await connectPeer(server, name, 'your server', session.transcript);
      await speak(other, script, session);
      await untilClosed(other);
    });
    await terminal(server, session);
  };
}

/**
 * For the duplex chat client: a reference server that says its script
 * whatever the client does, shows what the client sends, and closes once
 * the client has closed.
 */
export function scriptedServer(script: ScriptLine[]) {
  return async (session: PlaySession): Promise<ListeningPeer> => {
    const server = await PeerServer.listen('reference server', 'your client', session.transcript);
    inBackground(async () => {
      const connection = await server.accept(humanPaceMs);
      const closed = untilClosed(connection);
      await Promise.race([speak(connection, script, session), closed]);
      await closed;
      connection.end();
    });
    return server;
  };
}

/**
 * For the chat room client: a reference room with the learner's client in
 * it and one more member, who is only heard (its lines come from `script`
 * with the address `otherMember`). The client's own lines come back as
 * broadcasts; `quit` closes its connection.
 */
export function roomServer(otherMember: string, script: string[], everyMs: number) {
  return async (session: PlaySession): Promise<ListeningPeer> => {
    const server = await PeerServer.listen('reference room', 'your client', session.transcript);
    inBackground(async () => {
      const connection = await server.accept(humanPaceMs);
      const broadcast = (from: string, text: string) => connection.send(`${timestamp(new Date())} ${from}\n${text}\n`);
      inBackground(async () => {
        for (const text of script) {
          await delay(everyMs, undefined, { signal: session.ended });
          if (connection.closed || connection.ended) return;
          await broadcast(otherMember, text);
        }
      });
      for await (const line of linesFrom(connection)) {
        const text = line.trim();
        if (text === 'quit') break;
        if (text !== '') await broadcast(connection.remoteEndpoint, text);
      }
      connection.end();
      await untilClosed(connection);
    });
    return server;
  };
}

/** The lines a connection brings, until it closes. */
async function* linesFrom(connection: PeerConnection): AsyncGenerator<string> {
  let partial = Buffer.alloc(0);
  for (let bytes = await connection.receive(humanPaceMs); bytes; bytes = await connection.receive(humanPaceMs)) {
    partial = Buffer.concat([partial, bytes]);
    for (let end = partial.indexOf(0x0a); end !== -1; end = partial.indexOf(0x0a)) {
      yield partial.subarray(0, end).toString('utf8');
      partial = partial.subarray(end + 1);
    }
  }
}

/** `YYYY/MM/DD HH:MM:SS`, local time, as the chat rooms stamp their messages. */
function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
