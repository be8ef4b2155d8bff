import lesson from './lesson.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { expectClientLogged, expectClientTurn, expectEcho, expectListensOnGivenPort, expectRefusedClient } from '../shared/steps.ts';

export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,

  'server-logs-client': expectClientLogged,

  'server-echoes-every-message': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    for (const message of ['first', '第二条消息', 'third 🎉', 'a longer fourth message with spaces']) {
      await expectEcho(client, message);
    }
  },

  'server-exits-when-client-ends': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await expectEcho(client, 'hello');
    client.end();
    await client.expectClose();
    await server.process.expectExit(0);
  },

  'server-survives-reset': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await expectEcho(client, 'hello');
    client.reset();
    await server.process.expectExit(0);
    server.process.expectNoStackTrace();
  },

  'server-stops-on-sigterm': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await expectEcho(client, 'hello');
    server.process.signal('SIGTERM');
    await server.process.expectExit(0);
    await client.expectClose();
  },

  'client-sends-each-line': async (t) => {
    const { process: client, connection } = await t.startClient();
    await expectClientTurn(client, connection, 'hello');
    await expectClientTurn(client, connection, '你好，世界');
    await expectClientTurn(client, connection, 'typed on Windows\r');
    await expectClientTurn(client, connection, '  spaces around  ');
    // Two lines in one write, as when they are pasted or piped in: two messages.
    client.type('one\ntwo\n');
    for (const message of ['one', 'two']) {
      await connection.expectBytes(message);
      await connection.send(message);
      await client.expectLine(message);
    }
  },

  'client-skips-empty-lines': async (t) => {
    const { process: client, connection } = await t.startClient();
    client.type('\n');
    client.type('   \n');
    await expectClientTurn(client, connection, 'after the empty lines');
  },

  'client-quits-on-command': async (t) => {
    for (const command of ['quit', '  exit ']) {
      const { process: client, connection } = await t.startClient();
      await expectClientTurn(client, connection, 'hello');
      client.type(`${command}\n`);
      await connection.expectClose();
      connection.end();
      await client.expectExit(0);
    }
  },

  'client-ends-at-eof': async (t) => {
    const { process: client, connection } = await t.startClient();
    await expectClientTurn(client, connection, 'hello');
    client.closeStdin();
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-server-closed-first': async (t) => {
    const { process: client, connection } = await t.startClient();
    await expectClientTurn(client, connection, 'one');
    connection.end();
    client.type('two\n');
    await client.expectExit(1);
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
