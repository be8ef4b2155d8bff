import lesson from './lesson.ts';
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { CheckContext, RunningServer } from '../../harness/check-context.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { limits } from '../../harness/limits.ts';
import type { PeerConnection } from '../../harness/tcp-peer.ts';
import { expectAnswersAcrossCut, lineFraming } from '../shared/framed.ts';
import { expectConnectionLogged, expectListensOnGivenPort } from '../shared/steps.ts';

/**
 * The hash after `rounds` rounds of SHA-256, computed here the contract's way,
 * for the short jobs whose reply a check compares byte for byte.
 */
function hashRounds(rounds: number): string {
  let hash = createHash('sha256').update('socket', 'utf8').digest();
  for (let round = 2; round <= rounds; round++) hash = createHash('sha256').update(hash).digest();
  return hash.toString('hex');
}

/** The reply to `work <digits>`. */
const workReply = (digits: string) => `work ${digits} ${hashRounds(Number(digits))}`;

// The long job, whose reply the checks wait for while they prove that
// something else happens first (or does not). A round costs 1.5 to 2.7 µs on
// the two-core machine the suite runs on, idle or loaded (2 µs: 100000 rounds
// are 0.2 s of CPU), and less, perhaps 0.5 µs, on a fast one. What races it is
// never more than a few loopback round trips and the main thread's handling of
// them, a hundred times less, so the order holds on any machine. Where the
// start of a second thread may race it, the check looks again once both
// threads run (see expectShortJobNotWaiting). The reply is checked by its
// form: computing it here would stop the reference peers for as long.
const longRounds = '100000';
/** How long a check waits for a reply that comes after a long job. */
const longJobMs = limits.checkMs / 2;
/**
 * Work that keeps a thread busy for half a minute or more, however fast the
 * machine. A check that must see work dropped queues it: a server that runs it
 * anyway keeps the next job waiting far longer than the check waits.
 */
const endlessRounds = '50000000';

/**
 * Sends `ping` and `work <rounds>` in one write and waits for the `pong`:
 * from then on the server has handed the work to its pool (or, if it computes
 * on the main thread, is computing it), since it handles a connection's lines
 * in order and the `work` line arrived with the `ping`.
 */
async function startWork(connection: PeerConnection, rounds: string): Promise<void> {
  await connection.send(`ping\nwork ${rounds}\n`);
  await connection.expectLine('pong');
}

/**
 * Fails unless `earlier` received something after its `mark` (a count of
 * received bytes) by the time `later`'s next line has arrived: order on the
 * wire, not the clock. The wait for the line lets the current round of I/O
 * finish first, so bytes written before the line are counted however the two
 * connections' reads were scheduled.
 */
async function expectAnsweredFirst(
  t: CheckContext,
  earlier: PeerConnection,
  mark: number,
  later: PeerConnection,
  what: { later: string; earlier: string; why: string },
): Promise<string> {
  const line = await later.readLine(what.later, longJobMs);
  await new Promise((resolve) => setImmediate(resolve));
  if (earlier.receivedBytes === mark) {
    throw new CheckFailure(`your server answered ${what.later} before ${what.earlier}: ${what.why}`, {
      expected: `${what.earlier} first`,
      actual: `${JSON.stringify(line)} first`,
    });
  }
  return line;
}

/** Checks the reply to the long job of `rounds` that `connection` is owed. */
async function expectLongJobAnswered(t: CheckContext, connection: PeerConnection, rounds = longRounds): Promise<void> {
  const line = await connection.readLine(`the reply to \`work ${rounds}\``, longJobMs);
  if (!new RegExp(`^work ${rounds} [0-9a-f]{64}$`).test(line)) {
    throw new CheckFailure(`your server answered \`work ${rounds}\` in a different form`, {
      expected: `work ${rounds} <64 lowercase hex digits>`,
      actual: JSON.stringify(line),
    });
  }
}

/**
 * Client A's long job, then client B's short one, with the server's
 * environment `env`: returns the connections and how many bytes A had
 * received before its long job's reply.
 */
async function longThenShort(t: CheckContext, env: Record<string, string>) {
  const server = await t.startServer({ env });
  const a = await t.connect(server, 'reference client A');
  const b = await t.connect(server, 'reference client B');
  await startWork(a, longRounds);
  const mark = a.receivedBytes;
  await b.send('work 3\n');
  return { server, a, b, mark };
}

/**
 * With at least two threads, B's short job is answered while A's long one
 * still runs. A pool that starts its threads as work comes may start the
 * second one for B's job, and a thread may take as long to start as the long
 * job takes to run: if A's reply came first, the same again, with both
 * threads started, shows the order.
 */
async function expectShortJobNotWaiting(t: CheckContext, env: Record<string, string>, why: string): Promise<void> {
  const { a, b, mark } = await longThenShort(t, env);
  await b.expectLine(workReply('3'), longJobMs);
  await new Promise((resolve) => setImmediate(resolve));
  const longJobFirst = a.receivedBytes !== mark;
  await expectLongJobAnswered(t, a);
  if (!longJobFirst) return;
  await startWork(a, longRounds);
  await b.send('work 4\n');
  await b.expectLine(workReply('4'), longJobMs);
  await a.expectNothingReceived(`its long job's reply before client B's short one, ${why}`);
  await expectLongJobAnswered(t, a);
}

/** Starts the server with `WORKERS=value` and expects the one error line and exit 1. */
async function expectWorkersRefused(t: CheckContext, value: string): Promise<void> {
  const server = await t.start('server', { env: { WORKERS: value }, name: `your server (WORKERS=${value})` });
  // It exits before listening: the wait includes Node's own start-up.
  await server.expectExit(1, limits.readyMs);
  server.expectNoStackTrace();
  const expected = 'WORKERS must be an integer from 1 to 64';
  if (server.stderrLines.length !== 1 || server.stderrLines[0] !== expected || server.stdoutLines.length > 0) {
    throw new CheckFailure(`with WORKERS=${JSON.stringify(value)} your server should print one line to stderr and nothing to stdout`, {
      expected,
      actual: [...server.stdoutLines.map((line) => `stdout: ${line}`), ...server.stderrLines.map((line) => `stderr: ${line}`)].join('\n') || 'nothing',
    });
  }
}

async function expectPing(server: RunningServer, t: CheckContext, name?: string): Promise<void> {
  const client = await t.connect(server, name);
  await client.send('ping\n');
  await client.expectLine('pong');
}

export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,

  'server-replies': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await expectConnectionLogged(server, client);
    await client.send('ping\n');
    await client.expectLine('pong');
    for (const digits of ['1', '2', '007', '1000']) {
      await client.send(`work ${digits}\n`);
      await client.expectLine(workReply(digits));
    }
    for (const digits of ['0', '000', '50000001', '99999999999999999999999']) {
      await client.send(`work ${digits}\n`);
      await client.expectLine('error: work takes 1 to 50000000 rounds');
    }
    // Near misses are ordinary lines.
    for (const line of ['hello 你好 🌏', 'ping ', 'Ping', 'work -1', 'work x', 'work 1 2', 'work', ' work 1', 'work 1.5']) {
      await client.send(`${line}\n`);
      await client.expectLine(`Return your msg: ${line}`);
    }
  },

  // The line rules need no work: these lines are answered on the main thread,
  // and a server that starts its threads as needed starts none here.
  'server-line-rules': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send('ping\n', { pieces: 'bytewise', gapMs: 3 });
    await client.expectLine('pong');
    await client.send('ping\nhello\nping\n');
    for (const line of ['pong', 'Return your msg: hello', 'pong']) await client.expectLine(line);
    await client.send('typed on Windows\r\nping\r\n');
    await client.expectLine('Return your msg: typed on Windows');
    await client.expectLine('pong');
    await client.send('你好 🌏 ✨\n', { pieces: 'bytewise', gapMs: 3 });
    await client.expectLine('Return your msg: 你好 🌏 ✨');
    await expectAnswersAcrossCut(lineFraming, client, 'a line, then', 'one cut in two: 切开');
    await client.send('bye\nquit\nping\n');
    await client.expectLine('Return your msg: bye');
    await client.expectClose();
    await expectPing(server, t, 'reference client B');
  },

  'server-last-line-at-eof': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    // The long job, so that the work is still running when the FIN arrives
    // however slowly the server reads: 20000 rounds could finish first on a
    // busy machine, and a server that answers the last line at once passed.
    await client.send(`work ${longRounds}\nlast words, no newline`);
    client.end();
    await expectLongJobAnswered(t, client);
    await client.expectLine('Return your msg: last words, no newline');
    await client.expectClose();
  },

  'server-line-too-long': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send(`work 7\n${'你'.repeat(21845)}xy\n`);
    await client.expectLine(workReply('7'));
    await client.expectLine('error: line too long');
    await client.expectClose();
  },

  'server-ping-during-work': async (t) => {
    const server = await t.startServer();
    const a = await t.connect(server, 'reference client A');
    const b = await t.connect(server, 'reference client B');
    await startWork(a, longRounds);
    const mark = a.receivedBytes;
    // B's ping is sent once A's work has begun: a server that computes on its
    // main thread cannot read it before that work is over.
    await b.send('ping\n');
    await b.expectLine('pong', longJobMs);
    await new Promise((resolve) => setImmediate(resolve));
    if (a.receivedBytes !== mark) {
      throw new CheckFailure("your server answered client B's `ping` only after client A's work was done: the rounds ran on the main thread", {
        expected: "client B's pong while client A's work runs",
        actual: "client A's reply first",
      });
    }
    await expectLongJobAnswered(t, a);
  },

  'server-pool-of-one': async (t) => {
    const { a, b, mark } = await longThenShort(t, { WORKERS: '1' });
    const line = await expectAnsweredFirst(t, a, mark, b, {
      later: "client B's `work 3`",
      earlier: "client A's long job",
      why: 'with WORKERS=1 there is one thread, and the short job waits its turn',
    });
    if (line !== workReply('3')) throw new CheckFailure('your server sent client B a different line', { expected: workReply('3'), actual: line });
    await expectLongJobAnswered(t, a);
  },

  'server-pool-of-two': (t) => expectShortJobNotWaiting(t, { WORKERS: '2' }, 'with WORKERS=2 a second thread is free'),

  'server-pool-default': async (t) => {
    const threads = Math.min(os.availableParallelism(), 64);
    if (threads >= 2) {
      await expectShortJobNotWaiting(t, {}, `without WORKERS there are ${threads} threads here (os.availableParallelism())`);
      return;
    }
    // One core: the default pool has one thread, and the order shows nothing more.
    const { a, b } = await longThenShort(t, {});
    await expectLongJobAnswered(t, a);
    await b.expectLine(workReply('3'), longJobMs);
  },

  'server-workers-setting': async (t) => {
    await Promise.all(['0', '65', '1.5'].map((value) => expectWorkersRefused(t, value)));
    const server = await t.startServer({ env: { WORKERS: '' }, name: 'your server (WORKERS empty)' });
    await expectPing(server, t);
  },

  'server-one-line-at-a-time': async (t) => {
    const server = await t.startServer({ env: { WORKERS: '2' } });
    const client = await t.connect(server);
    // However fast a thread hashes, its reply takes a trip through the event
    // loop that `pong` does not: a server that answers both lines at once
    // sends `pong` first.
    await client.send('work 1000\nping\nwork 8\nwork 2\n');
    for (const line of [workReply('1000'), 'pong', workReply('8'), workReply('2')]) await client.expectLine(line);
  },

  'server-client-leaves': async (t) => {
    const server = await t.startServer({ env: { WORKERS: '1' } });
    const a = await t.connect(server, 'reference client A');
    const b = await t.connect(server, 'reference client B');
    const c = await t.connect(server, 'reference client C');
    const d = await t.connect(server, 'reference client D');
    // The one thread runs A's work; D's waits behind it, then B's endless
    // work. A and B leave long before D's work is over: only then does the
    // pool look at what comes next.
    await startWork(a, longRounds);
    await startWork(d, longRounds);
    await startWork(b, endlessRounds);
    a.reset();
    b.reset();
    await c.send('work 9\n');
    // D's work runs once A's is over or ended; C's follows at once, since
    // B's endless work left with B.
    await expectLongJobAnswered(t, d);
    await c.expectLine(workReply('9'));
    await c.send('ping\n');
    await c.expectLine('pong');
    server.process.expectNoStackTrace();
  },

  'server-stops-on-sigterm': async (t) => {
    const server = await t.startServer({ env: { WORKERS: '2' } });
    const a = await t.connect(server, 'reference client A');
    const b = await t.connect(server, 'reference client B');
    await startWork(a, endlessRounds);
    await b.send('ping\n');
    await b.expectLine('pong');
    server.process.signal('SIGTERM');
    // The rule says 2 s; the check allows 1 s more (limits.replyMs) for a loaded machine.
    await server.process.expectExit(0);
    await a.expectClose();
    await b.expectClose();
  },
});
