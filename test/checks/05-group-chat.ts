import { defineChecks } from '../../workbook/harness/define-checks.ts';
import type { CheckContext } from '../../workbook/harness/check-context.ts';
import { expectRefusedClient } from './shared.ts';
import {
  expectEveryoneHearsEveryone,
  expectLeavingSurvived,
  expectSameOrderRounds,
  expectStoppedRoom,
  joinRoom,
  say,
  startRoom,
} from './chat-room.ts';

// Lesson 5 frames a message as one 'data' chunk, on purpose. So every
// reference client here writes each message in one write and waits for its
// broadcast before the next: the checks never depend on how TCP happens to
// cut or glue the bytes (lesson 7 is where they do).

/** Starts the learner's client against a reference room server and returns both. */
async function clientInRoom(t: CheckContext) {
  const server = await t.listen();
  const client = await t.start('client', { env: { PORT: String(server.port) } });
  const connection = await server.accept();
  return { client, connection };
}

const readyLine = "I'm ready.\n";

export default defineChecks('group-chat', {
  'logs-every-client': async (t) => {
    const server = await startRoom(t);
    for (const name of ['A', 'B']) {
      const client = await t.connect(server, `reference client ${name}`);
      const expected = `connected from ${client.localAddress}:${client.localPort}`;
      await server.process.waitForLine((line) => (line === expected ? line : undefined), `\`${expected}\``);
    }
  },

  'broadcast-format': async (t) => {
    const server = await startRoom(t);
    const [a] = await joinRoom(t, server, ['A']);
    await say(a, 'hello, 世界 🌏', [a]);
    await say(a, 'spaces around are trimmed', [a], '  spaces around are trimmed \r\n');
  },

  'broadcasts-to-everyone': async (t) => expectEveryoneHearsEveryone(t, await startRoom(t)),

  'same-order-for-everyone': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C', 'D']);
    await expectSameOrderRounds(everyone, 3, (name, round) => [`${name} says ${round}`]);
  },

  'ignores-empty-messages': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    const [a, b] = everyone;
    await a.send('\n');
    await a.send('  \t \r\n');
    // By the time B's message comes back, the server has read A's empty ones too.
    await say(b, 'B after the empty messages', everyone);
    await say(a, 'A after the empty messages', everyone);
  },

  'quit-removes-client': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C']);
    const [a, b, c] = everyone;
    await say(a, 'A is about to leave', everyone);
    await a.send('quit\n');
    // A keeps its own side open: the server must close the connection, not wait for A.
    await a.expectClose();
    await say(b, 'B is still here', [b, c]);
    await say(c, 'C too', [b, c]);
    server.process.expectNoStackTrace();
  },

  'survives-clients-leaving': async (t) => expectLeavingSurvived(t, await startRoom(t)),

  'slow-reader-does-not-stall': async (t) => {
    const server = await startRoom(t);
    const [stuck] = await joinRoom(t, server, ['S']);
    stuck.stopReading();
    const talkers = await joinRoom(t, server, ['A', 'B']);
    const [a, b] = talkers;
    // Enough to fill every kernel buffer between the server and S several
    // times over: a server that waits for S stalls long before the end.
    const filler = 'x'.repeat(16 * 1024);
    await t.transcript.summarizeData('A and B chat while S reads nothing', async () => {
      for (let round = 0; round < 768; round++) await say(a, `${round} ${filler}`, talkers);
    });
    await say(b, 'B is not stuck', talkers);
  },

  'stops-on-quit-command': async (t) => {
    const server = await startRoom(t);
    await expectStoppedRoom(t, server, () => server.process.type('quit\n'));
  },

  'keeps-running-at-eof': async (t) => {
    const server = await startRoom(t);
    const [a] = await joinRoom(t, server, ['A']);
    await server.process.closeStdinAndWait();
    // The server sees its end of input before this message, and before B comes in.
    await say(a, 'A after the end of input', [a]);
    const [b] = await joinRoom(t, server, ['B']);
    await say(b, 'B after the end of input', [a, b]);
  },

  'stops-on-sigterm': async (t) => {
    const server = await startRoom(t);
    await expectStoppedRoom(t, server, () => server.process.signal('SIGTERM'));
  },

  'client-says-ready': async (t) => {
    const { connection } = await clientInRoom(t);
    await connection.expectBytes(readyLine);
  },

  'client-prints-messages': async (t) => {
    const { client, connection } = await clientInRoom(t);
    await connection.expectBytes(readyLine);
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
    const { client, connection } = await clientInRoom(t);
    await connection.expectBytes(readyLine);
    for (const line of ['first', '第二行', 'a third 🎉']) {
      client.type(`${line}\n`);
      await connection.expectBytes(`${line}\n`);
    }
  },

  'client-quits-on-command': async (t) => {
    const { client, connection } = await clientInRoom(t);
    await connection.expectBytes(readyLine);
    client.type('quit\n');
    await connection.expectBytes('quit\n');
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-ends-at-eof': async (t) => {
    const { client, connection } = await clientInRoom(t);
    await connection.expectBytes(readyLine);
    client.closeStdin();
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-server-closed': async (t) => {
    const { client, connection } = await clientInRoom(t);
    await connection.expectBytes(readyLine);
    connection.end();
    await client.expectExit(0);
    client.expectNoStackTrace();
    if (client.stderrLines.length !== 1) {
      t.fail('your client should say in one stderr line that the server closed the connection', {
        expected: 'one line on stderr',
        actual: client.stderrLines.length ? client.stderrLines.join('\n') : 'nothing on stderr',
      });
    }
  },

  'client-refused': expectRefusedClient,
});
