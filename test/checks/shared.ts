import type { CheckContext, RunningServer } from '../../workbook/harness/check-context.ts';
import { CheckFailure } from '../../workbook/harness/failure.ts';
import type { LessonProcess } from '../../workbook/harness/spawn-lesson.ts';
import type { PeerConnection } from '../../workbook/harness/tcp-peer.ts';

// Check steps that several lessons share, so each is written once.

/** A client started with nobody listening prints one line naming the address and exits 1. */
export async function expectRefusedClient(t: CheckContext, env: Record<string, string> = {}): Promise<void> {
  const port = await t.freePort();
  const client = await t.start('client', { env: { ...env, PORT: String(port) } });
  client.closeStdin();
  await client.expectExit(1);
  client.expectNoStackTrace();
  const address = `127.0.0.1:${port}`;
  if (client.stderrLines.length !== 1 || !client.stderrLines[0]!.includes(address)) {
    t.fail('your client should print exactly one line to stderr naming the address it tried', {
      expected: `one line such as "cannot connect to ${address}: connection refused"`,
      actual: client.stderrLines.length ? client.stderrLines.join('\n') : 'nothing on stderr',
    });
  }
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
 * unless it names `client`'s address: a wrong address fails fast instead of
 * waiting for a line that will never come.
 */
export async function expectConnectionLogged(server: RunningServer, client: PeerConnection, count = 1): Promise<void> {
  const expected = `connected from ${client.localAddress}:${client.localPort}`;
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
