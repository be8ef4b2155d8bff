import lesson from './lesson.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import type { CheckContext, RunningServer } from '../../harness/check-context.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { expectConnectionLogged, expectEcho, expectListensOnGivenPort, oneServedOneWaiting as oneServedOneWaitingWith } from '../shared/steps.ts';

/** Client A is served and client B waits, having said `B waits`. */
const oneServedOneWaiting = (t: CheckContext, server: RunningServer) => oneServedOneWaitingWith(t, server, expectEcho, 'B waits');

export default defineChecks(lesson, {
  'given-port': expectListensOnGivenPort,

  'echoes-like-lesson-2': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    for (const message of ['first', '第二条', 'third 🎉']) await expectEcho(client, message);
  },

  'serves-next-client': async (t) => {
    const server = await t.startServer();
    for (const name of ['A', 'B', 'C']) {
      const client = await t.connect(server, `reference client ${name}`);
      await expectEcho(client, `hello from ${name}`);
      client.end();
      await client.expectClose();
    }
  },

  'waiting-client-not-answered': async (t) => {
    const server = await t.startServer();
    const { b } = await oneServedOneWaiting(t, server);
    await b.expectNothingReceived('while it was still serving client A');
  },

  'waiting-client-answered-later': async (t) => {
    const server = await t.startServer();
    const { a, b } = await oneServedOneWaiting(t, server);
    a.end();
    await a.expectClose();
    await b.expectBytes('B waits');
    await expectEcho(b, 'B is served');
  },

  'logs-client-when-served': async (t) => {
    const server = await t.startServer();
    const { a, b } = await oneServedOneWaiting(t, server);
    await expectConnectionLogged(server, a);
    // The server has taken B in (A's four turns came after), but not its turn.
    const logged = server.process.stdoutLines.filter((line) => line.startsWith('connected from '));
    if (logged.length > 1) {
      throw new CheckFailure('your server logged client B while it was still serving client A', {
        expected: "one `connected from` line, client A's, until A leaves",
        actual: logged.join('\n'),
      });
    }
    a.end();
    await a.expectClose();
    await expectConnectionLogged(server, b, 2);
  },

  'serves-five-waiting-clients': async (t) => {
    const server = await t.startServer();
    const a = await t.connect(server, 'reference client A');
    await expectEcho(a, 'A is served');
    const waiting = [];
    for (let n = 1; n <= 5; n++) {
      const client = await t.connect(server, `reference client W${n}`);
      await client.send(`W${n} waits`);
      waiting.push(client);
    }
    // One more turn of A's before it leaves: the kernel reports the five
    // connections to the server before A's message, so all five are waiting
    // when A leaves, and a server that takes the newest first shows it.
    await expectEcho(a, 'A goes on after the five came');
    a.end();
    for (const [index, client] of waiting.entries()) {
      await client.expectBytes(`W${index + 1} waits`);
      client.end();
      await client.expectClose();
    }
  },

  'survives-reset': async (t) => {
    const server = await t.startServer();
    const { a, b } = await oneServedOneWaiting(t, server);
    a.reset();
    await b.expectBytes('B waits');
    await expectEcho(b, 'B is served after the reset');
    server.process.expectNoStackTrace();
  },

  'stops-on-sigterm': async (t) => {
    const server = await t.startServer();
    const { a, b } = await oneServedOneWaiting(t, server);
    server.process.signal('SIGTERM');
    await server.process.expectExit(0);
    await a.expectClose({ anyData: true });
    await b.expectClose({ anyData: true });
  },
});
