import type { CheckContext, RunningServer } from '../../harness/check-context.ts';
import { CheckFailure } from '../../harness/failure.ts';
import type { LessonProcess } from '../../harness/spawn-lesson.ts';
import { showAddress, type PeerConnection } from '../../harness/tcp-peer.ts';

// Check steps that several lessons share, so each is written once.

/**
 * A client started with nobody listening on `host` prints one line naming the
 * address (an IPv6 one in brackets) and exits 1.
 */
export async function expectRefusedClient(t: CheckContext, { host = '127.0.0.1', env = {} }: { host?: string; env?: Record<string, string> } = {}): Promise<void> {
  const port = await t.freePort(host);
  const client = await t.start('client', { env: { ...env, HOST: host, PORT: String(port) } });
  client.closeStdin();
  await client.expectExit(1);
  client.expectNoStackTrace();
  const address = showAddress({ host, port });
  if (client.stderrLines.length !== 1 || !client.stderrLines[0]!.includes(address)) {
    throw new CheckFailure('your client should print exactly one line to stderr naming the address it tried', {
      expected: `one line such as "cannot connect to ${address}: connection refused"`,
      actual: client.stderrLines.length ? client.stderrLines.join('\n') : 'nothing on stderr',
    });
  }
}

/**
 * The server started with a PORT of the check's choosing (not 0) listens
 * there: its ready line names that port.
 */
export async function expectListensOnGivenPort(t: CheckContext): Promise<void> {
  const given = await t.freePort();
  const server = await t.startServer({ env: { PORT: String(given) } });
  if (server.port !== given) {
    throw new CheckFailure(`${server.process.name} listened on port ${server.port}, not on the PORT it was given`, {
      expected: `listening on 127.0.0.1:${given}`,
      actual: `listening on ${server.host}:${server.port}`,
    });
  }
}

/** A client connects to the server, which logs that client's own address. */
export async function expectClientLogged(t: CheckContext): Promise<void> {
  const server = await t.startServer();
  await expectConnectionLogged(server, await t.connect(server));
}

/** Sends `message` and expects the same bytes back: one turn of an echo conversation. */
export async function expectEcho(connection: PeerConnection, message: string): Promise<void> {
  await connection.send(message);
  await connection.expectBytes(message);
}

/**
 * The reference echo server's side of one turn with the learner's client:
 * type a line, expect its trimmed text on the wire with no terminator, reply,
 * and expect the reply printed as one line.
 */
export async function expectClientTurn(client: LessonProcess, connection: PeerConnection, typed: string): Promise<void> {
  const message = typed.trim();
  client.type(`${typed}\n`);
  await connection.expectBytes(message);
  await connection.send(message);
  await client.expectLine(message);
}

/**
 * Waits for the server's `count`-th `connected from` line and fails at once
 * unless it names `client`'s address (an IPv6 one in brackets), or
 * `seenAs` where the server sees it otherwise: a wrong address fails fast
 * instead of waiting for a line that will never come.
 */
export async function expectConnectionLogged(
  server: Pick<RunningServer, 'process'>,
  client: PeerConnection,
  count = 1,
  seenAs = showAddress({ host: client.localAddress, port: client.localPort }),
): Promise<void> {
  const expected = `connected from ${seenAs}`;
  let seen = 0;
  const line = await server.process.waitForLine(
    (printed) => (printed.startsWith('connected from ') && ++seen >= count ? printed : undefined),
    `\`${expected}\``,
  );
  if (line !== expected) {
    throw new CheckFailure(`${server.process.name} logged a different address than ${client.name}'s`, {
      expected: JSON.stringify(expected),
      actual: JSON.stringify(line),
    });
  }
}

/** One turn of a conversation: send `text` and expect the server's answer to it. */
export type Turn = (connection: PeerConnection, text: string) => Promise<void>;

/**
 * Client A is being served; client B connects and sends `waiting` while A is
 * served. A server that wrongly serves B at once needs an event-loop turn to
 * accept B and another to read it; four more turns of A give it every chance
 * to answer B before the check looks, even on a loaded machine.
 */
export async function oneServedOneWaiting(t: CheckContext, server: RunningServer, turn: Turn, waiting: string) {
  const a = await t.connect(server, 'reference client A');
  await turn(a, 'A is served');
  const b = await t.connect(server, 'reference client B');
  await b.send(waiting);
  for (const message of ['A goes on', 'A still goes on', 'A is still here', 'A has not left']) await turn(a, message);
  return { a, b };
}
