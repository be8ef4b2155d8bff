import lesson from './lesson.ts';
import type { CheckContext } from '../../harness/check-context.ts';
import { defineChecks, type CheckFunction } from '../../harness/define-checks.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { limits } from '../../harness/limits.ts';
import type { LessonProcess } from '../../harness/spawn-lesson.ts';
import type { PeerConnection } from '../../harness/tcp-peer.ts';
import { expectOnTime } from '../../harness/time-limit.ts';
import lineEcho from '../06-line-echo/checks.ts';
import { expectAnswer, expectFramedTurn, expectOneErrorLine, lineFraming as lines } from '../shared/framed.ts';
import { expectClientLogged, expectListensOnGivenPort, expectRefusedClient } from '../shared/steps.ts';

// Lesson 12 is lesson 6 with time limits. The lesson 6 checks run as they are
// (with limits of a minute, far longer than any of them); the checks below
// give each limit a value just above the second of slack a late timer gets
// (see harness/time-limit.ts): on a busy machine the check's own timers are
// late too, and a correct program must not pay for it. The waits of different
// checks run side by side.

/**
 * Limits far longer than any lesson 6 check, whatever the machine's load: a
 * lesson 6 check then shows only what it shows in lesson 6.
 */
const patientLimits = { IDLE_TIMEOUT_MS: '60000', CONNECT_TIMEOUT_MS: '60000', REPLY_TIMEOUT_MS: '60000' };

/** Lesson 6's check `slug`, run with patient limits. */
function sameAsLesson6(slug: string): CheckFunction {
  const check = lineEcho.run[slug];
  if (!check) throw new Error(`lesson 6 has no check ${slug}`);
  return (t) => check(t.withEnv(patientLimits));
}

/**
 * Longer than the 1 s of slack, so that a wait of twice the limit is too late
 * even when the check saw the wait start up to 500 ms after it did.
 */
const doubledWaitLimitMs = 1500;

/**
 * A limit that a gap of 100 ms between the check's steps stays below even
 * when the check's timer is a second late.
 */
const shortLimitMs = 1100;

/**
 * How long a client may take to start, where the check cannot see its SYN go
 * out (no /proc/net/tcp): the connect limit is then measured from the spawn.
 */
const clientStartupMs = 400;

const badLimits = ['0', '2147483648', '2.5', 'soon'];
const longestTimerMs = '2147483647';

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The one stderr line a program must print for a bad limit, and its exit code 1. */
async function expectLimitRefused(program: LessonProcess, name: string): Promise<void> {
  const expected = `${name} must be an integer from 1 to ${longestTimerMs} ms`;
  await program.expectExit(1);
  program.expectNoStackTrace();
  if (program.stderrLines.length !== 1 || program.stderrLines[0] !== expected) {
    throw new CheckFailure(`${program.name} should say in one stderr line what is wrong with ${name}, and exit 1`, {
      expected,
      actual: program.stderrLines.join('\n') || 'nothing on stderr',
    });
  }
}

/** Waits for the client's one stderr line `expected` and returns when it came. */
async function stderrLineAt(client: LessonProcess, expected: string, withinMs: number): Promise<number> {
  await client.waitForLine((line) => (line === expected ? true : undefined), `\`${expected}\``, withinMs, 'stderr');
  return performance.now();
}

/** The reference client waits for the bye line, then for FIN (not a reset). */
async function expectBye(t: CheckContext, connection: PeerConnection, idleMs: number): Promise<void> {
  await connection.expectLine(`bye: idle for ${idleMs} ms`, idleMs + limits.replyMs);
  await connection.expectClose();
  if (connection.resetByPeer) throw new CheckFailure('your server reset the connection after its bye: end it with socket.end() (FIN)');
}

export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,
  'server-logs-client': expectClientLogged,

  'server-replies-to-lines': sameAsLesson6('server-replies-to-lines'),
  'server-line-in-pieces': sameAsLesson6('server-line-in-pieces'),
  'server-split-characters': sameAsLesson6('server-split-characters'),
  'server-quit': sameAsLesson6('server-quit'),
  'server-last-line-at-eof': sameAsLesson6('server-last-line-at-eof'),
  'server-line-too-long': sameAsLesson6('server-line-too-long'),

  'server-idle-bye': async (t) => {
    const idleMs = doubledWaitLimitMs;
    const server = await t.startServer({ env: { IDLE_TIMEOUT_MS: String(idleMs) } });
    // Taken before connecting: the server accepts, and starts its timer, later.
    const startedAt = performance.now();
    const client = await t.connect(server);
    await client.expectLine(`bye: idle for ${idleMs} ms`, idleMs + limits.replyMs);
    expectOnTime({ what: 'your server said bye', limitMs: idleMs, firedAt: performance.now(), startedAfter: startedAt });
    await client.expectClose();
    if (client.resetByPeer) throw new CheckFailure('your server reset the connection after its bye: end it with socket.end() (FIN)');
  },

  'server-idle-restarts-on-bytes': async (t) => {
    const idleMs = shortLimitMs;
    const server = await t.startServer({ env: { IDLE_TIMEOUT_MS: String(idleMs) } });
    const client = await t.connect(server);
    await expectAnswer(lines, client, 'a first line');
    // Sixteen pieces 100 ms apart: the line takes longer than the limit (by
    // 400 ms at least), while no gap comes near it.
    await expectAnswer(lines, client, 'a line that takes its time to arrive', { pieces: 16, gapMs: 100 });
    // Then silence, and the limit applies again.
    await expectBye(t, client, idleMs);
  },

  'server-idle-per-connection': async (t) => {
    const idleMs = shortLimitMs;
    const server = await t.startServer({ env: { IDLE_TIMEOUT_MS: String(idleMs) } });
    const a = await t.connect(server, 'reference client A');
    const b = await t.connect(server, 'reference client B');
    // A stays silent while B talks, a line every 100 ms, until A is told bye.
    let aGone = false;
    const byeToA = expectBye(t, a, idleMs).finally(() => {
      aGone = true;
    });
    for (let turn = 1; !aGone; turn++) {
      await expectAnswer(lines, b, `B talks, turn ${turn}`);
      await Promise.race([byeToA.catch(() => undefined), pause(100)]);
    }
    await byeToA;
    await expectAnswer(lines, b, 'B is still served');
  },

  'server-rejects-bad-limits': async (t) => {
    await Promise.all(
      badLimits.map(async (value) => {
        const server = await t.start('server', { name: `your server (IDLE_TIMEOUT_MS=${value})`, env: { IDLE_TIMEOUT_MS: value } });
        await expectLimitRefused(server, 'IDLE_TIMEOUT_MS');
      }),
    );
    // The longest timer Node has is a valid limit.
    const server = await t.startServer({ name: `your server (IDLE_TIMEOUT_MS=${longestTimerMs})`, env: { IDLE_TIMEOUT_MS: longestTimerMs } });
    const client = await t.connect(server);
    await expectAnswer(lines, client, 'a month of patience');
  },

  'server-survives-reset': sameAsLesson6('server-survives-reset'),
  'server-stops-on-sigterm': sameAsLesson6('server-stops-on-sigterm'),

  'client-sends-lines': sameAsLesson6('client-sends-lines'),
  'client-reply-in-pieces': sameAsLesson6('client-reply-in-pieces'),
  'client-quit': sameAsLesson6('client-quit'),
  'client-exit': sameAsLesson6('client-exit'),
  'client-ends-at-eof': sameAsLesson6('client-ends-at-eof'),
  'client-server-closed-first': sameAsLesson6('client-server-closed-first'),

  'client-prints-bye': async (t) => {
    const { process: client, connection } = await t.startClient({ env: patientLimits });
    await expectFramedTurn(lines, client, connection, 'hello');
    // The server speaks with no line of the client's waiting, then leaves.
    await connection.send('bye: idle for 300 ms\n');
    connection.end();
    await client.expectLine('bye: idle for 300 ms');
    await expectOneErrorLine(t, client, 'the server closed the connection');
  },

  // With a connect limit of a minute: a client that waits for it, or tries
  // again until it runs out, instead of taking the refusal as the answer, fails.
  'client-refused-at-once': (t) => expectRefusedClient(t, { env: { CONNECT_TIMEOUT_MS: '60000' } }),

  'client-connect-timeout': async (t) => {
    const connectMs = doubledWaitLimitMs;
    const hanging = await t.hangingAddress();
    const pendingBefore = hanging.pendingConnects() ?? 0;
    // Taken before the spawn: the client starts its connect, and its timer, later.
    const spawnedAt = performance.now();
    const client = await t.start('client', { env: { PORT: String(hanging.port), CONNECT_TIMEOUT_MS: String(connectMs) } });
    const expected = `cannot connect to 127.0.0.1:${hanging.port}: timed out after ${connectMs} ms`;
    const saying = stderrLineAt(client, expected, limits.readyMs + connectMs + limits.replyMs);
    saying.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    // Where the system shows its TCP sockets, the client's SYN is seen going
    // out: its connect, and its timer, began between two looks at the table.
    const connectBegan = await hanging.waitForConnect(pendingBefore, spawnedAt, limits.readyMs);
    const saidAt = await saying;
    expectOnTime({
      what: 'your client gave up',
      limitMs: connectMs,
      firedAt: saidAt,
      startedAfter: connectBegan?.after ?? spawnedAt,
      startedBefore: connectBegan?.by ?? spawnedAt + clientStartupMs,
    });
    await client.expectExit(1);
    client.expectNoStackTrace();
    if (client.stderrLines.length !== 1) throw new CheckFailure('your client should say it in one stderr line', { expected, actual: client.stderrLines.join('\n') });
  },

  'client-connect-limit-over': async (t) => {
    const connectMs = shortLimitMs;
    const { process: client, connection } = await t.startClient({ env: { CONNECT_TIMEOUT_MS: String(connectMs) } });
    // Taken once connected: the client's connect, and any connect timer, started earlier.
    const connectedAt = performance.now();
    await expectFramedTurn(lines, client, connection, 'hello');
    // The connect limit goes by (and 500 ms more) with the connection up: the limit is over.
    await pause(Math.max(0, connectedAt + connectMs + 500 - performance.now()));
    await expectFramedTurn(lines, client, connection, 'still connected');
    client.closeStdin();
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-reply-timeout': async (t) => {
    const replyMs = doubledWaitLimitMs;
    const { process: client, connection } = await t.startClient({ env: { REPLY_TIMEOUT_MS: String(replyMs) } });
    await expectFramedTurn(lines, client, connection, 'hello');
    // Taken before typing: the client sends the line, and starts its timer, later.
    const typedAt = performance.now();
    client.type('are you there?\n');
    const expected = `no reply within ${replyMs} ms`;
    const saying = stderrLineAt(client, expected, replyMs + limits.replyMs);
    saying.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    await connection.expectBytes(lines.request('are you there?'));
    // The line has arrived, so the client has sent it and started its timer.
    const receivedAt = performance.now();
    const saidAt = await saying;
    expectOnTime({ what: 'your client gave up', limitMs: replyMs, firedAt: saidAt, startedAfter: typedAt, startedBefore: receivedAt });
    await connection.expectClose();
    // Too late: the client has given up and must not print it.
    await connection.send(lines.reply('are you there?'));
    connection.end();
    await client.expectExit(1);
    client.expectNoStackTrace();
    if (client.unreadLines().length) {
      throw new CheckFailure('your client printed a reply that came after it had given up', { expected: 'nothing more on stdout', actual: client.unreadLines().join('\n') });
    }
    if (client.stderrLines.length !== 1) throw new CheckFailure('your client should say it in one stderr line', { expected, actual: client.stderrLines.join('\n') });
  },

  'client-reply-timer-per-line': async (t) => {
    const replyMs = shortLimitMs;
    const env = { REPLY_TIMEOUT_MS: String(replyMs) };
    const expected = `no reply within ${replyMs} ms`;
    await Promise.all([
      // A reply that trickles in, a byte every 100 ms, and never ends: bytes
      // keep arriving, the reply line does not.
      (async () => {
        const { process: client, connection } = await t.startClient({ name: 'your client (trickled reply)', env: env });
        client.type('slow reply please\n');
        await connection.expectBytes(lines.request('slow reply please'));
        let gaveUp = false;
        const givingUp = stderrLineAt(client, expected, replyMs + limits.replyMs).finally(() => {
          gaveUp = true;
        });
        for (const byte of 'Return your msg: slow reply please, very slow indeed, a byte at a time') {
          if (gaveUp || connection.closed) break;
          await connection.send(byte);
          await Promise.race([givingUp.catch(() => undefined), pause(100)]);
        }
        await givingUp;
        connection.end();
        await client.expectExit(1);
      })(),
      // Two lines at once; only the first is answered.
      (async () => {
        const { process: client, connection } = await t.startClient({ name: 'your client (two lines)', env: env });
        client.type('first\nsecond\n');
        await connection.expectBytes('first\nsecond\n');
        await connection.send(lines.reply('first'));
        await client.expectLine(lines.printed('first'));
        await stderrLineAt(client, expected, replyMs + limits.replyMs);
        connection.end();
        await client.expectExit(1);
      })(),
    ]);
  },

  'client-rejects-bad-limits': async (t) => {
    const server = await t.listen();
    const port = String(server.port);
    const cases: [string, string][] = [
      ...badLimits.slice(0, 2).map((value): [string, string] => ['CONNECT_TIMEOUT_MS', value]),
      ...badLimits.slice(2).map((value): [string, string] => ['REPLY_TIMEOUT_MS', value]),
    ];
    await Promise.all(
      cases.map(async ([name, value]) => {
        const client = await t.start('client', { name: `your client (${name}=${value})`, env: { PORT: port, [name]: value } });
        await expectLimitRefused(client, name);
      }),
    );
    // The longest timer Node has is a valid limit.
    const { process: client, connection } = await t.startClient({
      name: `your client (limits of ${longestTimerMs} ms)`,
      env: { CONNECT_TIMEOUT_MS: longestTimerMs, REPLY_TIMEOUT_MS: longestTimerMs },
    });
    await expectFramedTurn(lines, client, connection, 'a month of patience');
  },
});
