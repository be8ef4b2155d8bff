import lesson from './lesson.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { limits } from '../../harness/limits.ts';
import type { CheckContext } from '../../harness/check-context.ts';
import { expectClientLogged, expectConnectionLogged, expectEcho, expectListensOnGivenPort, expectRefusedClient } from '../shared/steps.ts';

/** The server, waiting for its one client, gets `signal` and exits 0. */
async function expectStopsWhileWaiting(t: CheckContext, signal: NodeJS.Signals): Promise<void> {
  const server = await t.startServer();
  server.process.signal(signal);
  await server.process.expectExit(0);
}

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

  'server-serves-one-client': async (t) => {
    const server = await t.startServer();
    const a = await t.connect(server, 'reference client A');
    await expectConnectionLogged(server, a);
    // The listener is closed by now: B is refused, or at least never served.
    const b = await t.connect(server, 'reference client B').catch(() => undefined);
    await b?.send('B is not served');
    await expectEcho(a, 'A is served');
    await a.expectClose();
    a.end();
    await server.process.expectExit(0);
    await b?.expectNothingReceived('after it had taken client A: it serves one client only');
  },

  'server-stops-on-sigterm': (t) => expectStopsWhileWaiting(t, 'SIGTERM'),

  'server-stops-on-sigint': (t) => expectStopsWhileWaiting(t, 'SIGINT'),

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
    // Unlike the lesson's server, this one keeps its side open: the client
    // must hang up itself, and exit without the server's FIN after 2 s at most
    // [G11]. A correct client may take all of those 2 s, so the usual margin
    // for an exit comes on top of them, not out of them.
    await connection.send('bye');
    await client.expectLine('bye');
    await connection.expectClose();
    await client.expectExit(0, 2000 + limits.replyMs);
  },

  'client-refused': expectRefusedClient,
});
