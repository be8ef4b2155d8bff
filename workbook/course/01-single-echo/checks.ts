import lesson from './lesson.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { expectClientLogged, expectConnectionLogged, expectListensOnGivenPort, expectRefusedClient } from '../shared/steps.ts';

export default defineChecks(lesson, {
  'server-ready': async (t) => {
    await t.startServer();
  },

  'server-given-port': expectListensOnGivenPort,

  'server-logs-client': expectClientLogged,

  'server-echo': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send('你好，socket！');
    await client.expectBytes('你好，socket！');
  },

  'server-closes-and-exits': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send('one message');
    await client.expectBytes('one message');
    await client.expectClose();
    client.end();
    await server.process.expectExit(0);
  },

  'server-survives-reset': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    // Served: a reset before the server took the connection would prove nothing.
    await expectConnectionLogged(server, client);
    client.reset();
    await server.process.expectExit(0);
    server.process.expectNoStackTrace();
  },

  'server-stops-on-sigterm': async (t) => {
    const server = await t.startServer();
    server.process.signal('SIGTERM');
    await server.process.expectExit(0);
  },

  'client-default-message': async (t) => {
    const { process: client, connection } = await t.startClient();
    await connection.expectBytes('你好');
    await connection.send('你好');
    await client.expectLine('你好');
  },

  'client-sends-argument': async (t) => {
    const { process: client, connection } = await t.startClient({ args: ['hello, 世界 🌏'] });
    // The whole message and nothing after it: the reply comes only once it is complete.
    await connection.expectBytes('hello, 世界 🌏');
    await connection.send('HELLO BACK');
    await client.expectLine('HELLO BACK');
    await connection.expectClose();
  },

  'client-closes-and-exits': async (t) => {
    const { process: client, connection } = await t.startClient({ args: ['bye'] });
    await connection.expectBytes('bye');
    // Unlike the lesson's server, this one keeps its side open: the client must hang up itself.
    await connection.send('bye');
    await client.expectLine('bye');
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-refused': expectRefusedClient,
});
