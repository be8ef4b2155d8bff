import lesson from './lesson.ts';
import type { CheckContext } from '../../harness/check-context.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { answers, type Answer } from '../../harness/udp-peer.ts';
import { expectListensOnGivenPort } from '../shared/steps.ts';

// The contract's client waits 500 ms for a reply and tries three times. It
// may never give up early (with a little room for timer rounding), and it
// may be late by the checks' slack of 1 s (a loaded machine makes everything
// later): three tries take 1.5 s, so a client that waits twice as long per
// try, 3 s in all, fails.
const retryMs = 500;
const timerSlackMs = 50;
const lateSlackMs = 1000;

/**
 * The learner's client, started against a reference server that answers as
 * `answer` says, and `turn()`: type a line, expect it as one datagram (echoed
 * by the reference server) and the reply printed. A loaded machine may make a
 * good client retry, so late copies of the line before are skipped.
 */
async function startClient(t: CheckContext, answer: Answer = answers.echo) {
  const server = await t.udpPeer('reference server', 'your client', answers.ignoringLateRetries(answer));
  const client = await t.start('client', { env: { PORT: String(server.port) } });
  let previous: string | undefined;
  const turn = async (typed: string, sent = typed): Promise<void> => {
    client.type(`${typed}\n`);
    await server.expectDatagram(sent, { retryOf: previous });
    previous = sent;
    await client.expectLine(sent);
  };
  return { client, server, turn };
}

/**
 * Fails unless what the client did, `ms` after `since` by the contract, came
 * neither early nor later than the checks' slack allows.
 */
function expectOnTime(since: number, ms: number, what: string): void {
  const elapsed = Math.round(performance.now() - since);
  if (elapsed < ms - timerSlackMs || elapsed > ms + lateSlackMs) {
    throw new CheckFailure(`your client ${what} ${elapsed} ms after the line was typed`, {
      expected: `${ms} ms later: not before, and ${ms + lateSlackMs} ms at most`,
      actual: `${elapsed} ms`,
    });
  }
}

export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,

  'server-echoes-datagrams': async (t) => {
    const server = await t.startServer();
    const peer = await t.udpPeer();
    for (const payload of ['hello', '你好，世界 🌏', Uint8Array.of(0, 1, 2, 0x0a, 0, 0xff, 0x0d, 0x0a)]) {
      peer.send(payload, server);
      await peer.expectDatagram(payload);
    }
  },

  'server-empty-datagram': async (t) => {
    const server = await t.startServer();
    const peer = await t.udpPeer();
    // Back to back: a server that drops the empty one answers the second first.
    peer.sendBackToBack(['', 'after the empty one'], server);
    await peer.expectDatagram('');
    await peer.expectDatagram('after the empty one');
  },

  'server-largest-datagram': async (t) => {
    const server = await t.startServer();
    const peer = await t.udpPeer();
    // 65535 bytes of IPv4 packet, less 20 of IP header and 8 of UDP header.
    const payload = Buffer.alloc(65507);
    for (let i = 0; i < payload.length; i++) payload[i] = 0x41 + (i % 26);
    peer.send(payload, server);
    await peer.expectDatagram(payload);
  },

  'server-back-to-back': async (t) => {
    const server = await t.startServer();
    const peer = await t.udpPeer();
    const burst = ['one', 'two', 'three', 'line one\nline two', '第五', 'six', 'seven', 'eight'];
    peer.sendBackToBack(burst, server);
    for (const payload of burst) await peer.expectDatagram(payload);
  },

  'server-answers-each-sender': async (t) => {
    const server = await t.startServer();
    const a = await t.udpPeer('reference client A');
    const b = await t.udpPeer('reference client B');
    a.send('from A', server);
    await a.expectDatagram('from A');
    b.send('from B', server);
    await b.expectDatagram('from B');
    a.send('A again', server);
    await a.expectDatagram('A again');
    await b.expectNothingReceived('meant for client A');
  },

  'server-logs-datagrams': async (t) => {
    const server = await t.startServer();
    const peer = await t.udpPeer();
    for (const text of ['hello', '你好']) {
      peer.send(text, server);
      await peer.expectDatagram(text);
      const expected = `received from 127.0.0.1:${peer.port}: ${text}`;
      await server.process.waitForLine((line) => (line === expected ? line : undefined), `\`${expected}\``);
    }
  },

  'server-stops-on-sigterm': async (t) => {
    const server = await t.startServer();
    const peer = await t.udpPeer();
    peer.send('hello', server);
    await peer.expectDatagram('hello');
    server.process.signal('SIGTERM');
    await server.process.expectExit(0);
  },

  'client-sends-datagrams': async (t) => {
    const { turn } = await startClient(t);
    await turn('hello');
    await turn('你好，世界');
    await turn('typed on Windows\r', 'typed on Windows');
    await turn('  spaces stay  ');
  },

  'client-empty-line': async (t) => {
    const { client, server } = await startClient(t);
    // Both lines at once: a client that skips the empty one sends the second first.
    client.type('\nafter the empty line\n');
    await server.expectDatagram('');
    await client.expectLine('');
    await server.expectDatagram('after the empty line', { retryOf: '' });
    await client.expectLine('after the empty line');
  },

  'client-long-line': async (t) => {
    const { turn } = await startClient(t);
    await turn('汉'.repeat(20000));
  },

  'client-retries': async (t) => {
    const { client, server } = await startClient(t, answers.echoAfterLosing(1));
    client.type('hello\n');
    await server.expectDatagram('hello');
    await server.expectDatagram('hello');
    await client.expectLine('hello');
  },

  'client-times-out': async (t) => {
    const { client, server, turn } = await startClient(t, (datagram) => (datagram.toString() === 'lost' ? undefined : datagram));
    // A first turn, so that the client is up and waiting for input when the
    // clock starts: its start-up does not count as waiting.
    await turn('hello');
    const typedAt = performance.now();
    client.type('lost\n');
    for (let attempt = 1; attempt <= 3; attempt++) await server.expectDatagram('lost', { retryOf: 'hello' });
    await client.waitForLine((line) => (line === 'timeout' ? line : undefined), '`timeout`', undefined, 'stderr');
    expectOnTime(typedAt, 3 * retryMs, 'gave up');
    // A fourth try would come before this line.
    await turn('next');
  },

  'client-exit': async (t) => {
    const { client, server, turn } = await startClient(t);
    await turn('hello');
    client.type('  exit  \n');
    await client.expectExit(0);
    await server.expectNothingReceived('after `exit`', { retryOf: 'hello' });
  },

  'client-ends-at-eof': async (t) => {
    const { client, server } = await startClient(t);
    client.type('last line\n');
    client.closeStdin();
    await server.expectDatagram('last line');
    await client.expectLine('last line');
    await client.expectExit(0);
  },
});
