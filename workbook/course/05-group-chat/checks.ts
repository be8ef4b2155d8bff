import lesson from './lesson.ts';
import { showBytes } from '../../harness/bytes.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { CheckFailure } from '../../harness/failure.ts';
import type { PeerConnection } from '../../harness/tcp-peer.ts';
import type { CheckContext } from '../../harness/check-context.ts';
import { expectListensOnGivenPort, expectRefusedClient } from '../shared/steps.ts';
import {
  expectEveryClientLogged,
  expectEveryoneHearsEveryone,
  expectKeepsRunningAtEof,
  expectLeavingSurvived,
  expectSameOrderRounds,
  expectStopsOnQuitCommand,
  expectStoppedRoom,
  joinRoom,
  say,
  startRoom,
} from '../shared/chat-room.ts';

// Lesson 5 frames a message as one 'data' chunk, on purpose. So every
// reference client here writes each message in one write and waits for its
// broadcast before the next: the checks never depend on how TCP happens to
// cut or glue the bytes (lesson 7 is where they do).

const readyLine = "I'm ready.\n";

/**
 * Reads the next line the client sent and fails unless it is `expected`,
 * passing over `I'm ready.` (which only the check about it requires).
 */
async function expectSentLine(connection: PeerConnection, expected: string): Promise<void> {
  let line = await connection.readLine(JSON.stringify(`${expected}\n`));
  if (line === readyLine.trimEnd()) line = await connection.readLine(JSON.stringify(`${expected}\n`));
  if (line !== expected) {
    throw new CheckFailure('your client sent a different line than the one typed', {
      expected: showBytes(`${expected}\n`),
      actual: showBytes(`${line}\n`),
    });
  }
}

export default defineChecks(lesson, {
  'given-port': expectListensOnGivenPort,

  'logs-every-client': expectEveryClientLogged,

  'broadcast-format': async (t) => {
    const server = await startRoom(t);
    const [a] = await joinRoom(t, server, ['A']);
    await say(a, 'hello, 世界 🌏', [a], { exactTime: true });
    await say(a, 'spaces around are trimmed', [a], { wire: '  spaces around are trimmed \r\n', exactTime: true });
  },

  'broadcasts-to-everyone': async (t) => expectEveryoneHearsEveryone(t, await startRoom(t)),

  'same-order-for-everyone': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C', 'D']);
    await expectSameOrderRounds(everyone, 2, (name, round) => [`${name} says ${round}`]);
  },

  'ignores-empty-messages': async (t) => {
    const server = await startRoom(t);
    const [a, b, listener] = await joinRoom(t, server, ['A', 'B', 'L']);
    await a.send('\n');
    await a.send('  \t \r\n');
    // A's empty messages reached the server before B's message was even
    // sent, so by the time B's broadcast arrives the server has read them.
    await say(b, 'B after the empty messages', [listener]);
    await say(a, 'A after the empty messages', [listener]);
  },

  'quit-removes-client': async (t) => {
    const server = await startRoom(t);
    const [a, b, listener] = await joinRoom(t, server, ['A', 'B', 'L']);
    await say(a, 'A is about to leave', [listener]);
    await a.send('quit\n');
    // A keeps its own side open: the server must close the connection, not wait for A.
    await a.expectClose({ anyData: true });
    await say(b, 'B is still here', [listener]);
    await say(b, 'and the room goes on', [listener]);
    server.process.expectNoStackTrace();
  },

  'survives-clients-leaving': async (t) => expectLeavingSurvived(t, await startRoom(t)),

  'slow-reader-does-not-stall': async (t) => {
    const server = await startRoom(t);
    const [stuck, a, listener] = await joinRoom(t, server, ['S', 'A', 'L']);
    stuck.stopReading();
    // Enough to fill every kernel buffer between the server and S several
    // times over: a server that waits for S stalls long before the end.
    // However the server cuts this into messages, L gets all of its bytes.
    const flood = 12 * 1024 * 1024;
    await t.transcript.summarizeData('A floods the room while S reads nothing', async () => {
      await a.send(`${'x'.repeat(flood - 1)}\n`);
      await listener.expectReceivedBytes(flood, `L had all of A's ${flood} bytes`);
    });
    server.process.expectNoStackTrace();
  },

  'stops-on-quit-command': expectStopsOnQuitCommand,

  'keeps-running-at-eof': expectKeepsRunningAtEof,

  'stops-on-sigterm': async (t) => {
    const server = await startRoom(t);
    await expectStoppedRoom(t, server, () => server.process.signal('SIGTERM'));
  },

  'client-says-ready': async (t) => {
    const { process: client, connection } = await t.startClient();
    // Typed after connecting: it must come after the ready line, never instead of it.
    client.type('hello\n');
    await connection.expectBytes(`${readyLine}hello\n`);
  },

  'client-prints-messages': async (t) => {
    const { process: client, connection } = await t.startClient();
    await connection.send('2025/01/02 03:04:05 127.0.0.1:50001\nhello from someone else\n');
    await client.expectLine('2025/01/02 03:04:05 127.0.0.1:50001');
    await client.expectLine('hello from someone else');
    // The next one in two writes, as a busy network may deliver it.
    await connection.send('2025/01/02 03:04:06 127.0.0.1:50002\n');
    await client.expectLine('2025/01/02 03:04:06 127.0.0.1:50002');
    await connection.send('大家好\n');
    await client.expectLine('大家好');
  },

  'client-sends-lines': async (t) => {
    const { process: client, connection } = await t.startClient();
    // The last one typed on Windows: it goes out with `\n` alone.
    for (const { line, end } of [
      { line: 'first', end: '\n' },
      { line: '第二行', end: '\n' },
      { line: 'a third 🎉', end: '\r\n' },
    ]) {
      client.type(`${line}${end}`);
      await expectSentLine(connection, line);
    }
  },

  'client-quits-on-command': async (t) => {
    const { process: client, connection } = await t.startClient();
    client.type('quit\n');
    await expectSentLine(connection, 'quit');
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-ends-at-eof': async (t) => {
    const { process: client, connection } = await t.startClient();
    client.closeStdin();
    await connection.expectClose({ anyData: true });
    connection.end();
    await client.expectExit(0);
  },

  'client-server-closed': async (t) => {
    const { process: client, connection } = await t.startClient();
    connection.end();
    await client.expectExit(0);
    client.expectNoStackTrace();
    if (client.stderrLines.length !== 1) {
      throw new CheckFailure('your client should say in one stderr line that the server closed the connection', {
        expected: 'one line on stderr',
        actual: client.stderrLines.length ? client.stderrLines.join('\n') : 'nothing on stderr',
      });
    }
  },

  'client-refused': expectRefusedClient,
});
