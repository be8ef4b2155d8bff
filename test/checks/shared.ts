import type { CheckContext } from '../../workbook/harness/check-context.ts';
import type { LessonProcess } from '../../workbook/harness/spawn-lesson.ts';
import type { PeerConnection } from '../../workbook/harness/tcp-peer.ts';

// Check steps that several lessons share, so each is written once.

/** A client started with nobody listening prints one line naming the address and exits 1. */
export async function expectRefusedClient(t: CheckContext): Promise<void> {
  const port = await t.freePort();
  const client = await t.start('client', { env: { PORT: String(port) } });
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
