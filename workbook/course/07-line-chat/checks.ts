import lesson from './lesson.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import type { PeerConnection } from '../../harness/tcp-peer.ts';
import {
  expectBroadcast,
  expectEveryClientLogged,
  expectEveryoneHearsEveryone,
  expectKeepsRunningAtEof,
  expectLeavingSurvived,
  expectSameOrderRounds,
  expectStopsOnQuitCommand,
  expectStoppedRoom,
  joinRoom,
  say,
  sayAcrossCut,
  sayLines,
  startRoom,
} from '../shared/chat-room.ts';
import { expectListensOnGivenPort } from '../shared/steps.ts';

// The room of lesson 5 over lines. Here the reference clients cut and glue
// their bytes the way a real network may: a line in many writes, many lines
// in one write, a character split between writes, CRLF, a last line with no
// `\n`, and a line that never ends.

const maxLineBytes = 65536;

/** The client's connection gets `error: line too long` and is closed. */
async function expectTurnedAway(client: PeerConnection): Promise<void> {
  await client.expectBytes('error: line too long\n');
  await client.expectClose();
}

export default defineChecks(lesson, {
  'given-port': expectListensOnGivenPort,

  'logs-every-client': expectEveryClientLogged,

  'broadcasts-every-line': async (t) => expectEveryoneHearsEveryone(t, await startRoom(t), { exactTime: true }),

  'line-in-pieces': async (t) => {
    const server = await startRoom(t);
    const [a, listener] = await joinRoom(t, server, ['A', 'L']);
    // A cut the server is known to read apart; then pieces with gaps, which
    // a busy server may still read together. A reads its own copies of the
    // first two: the second follows the first so closely that, unread, the
    // two could arrive as one.
    await sayAcrossCut(a, 'a line, then', 'one line, cut in two', [a, listener]);
    await say(a, 'one line in three writes', [listener], { pieces: 3, gapMs: 40 });
    await say(a, 'one byte at a time', [listener], { pieces: 'bytewise', gapMs: 2 });
  },

  'lines-in-one-write': async (t) => {
    const server = await startRoom(t);
    const [a, listener] = await joinRoom(t, server, ['A', 'L']);
    await sayLines(a, ['first', 'second 第二', 'third 🎉'], [listener]);
  },

  'crlf-line-ends': async (t) => {
    const server = await startRoom(t);
    const [a, listener] = await joinRoom(t, server, ['A', 'L']);
    await sayLines(a, ['typed on Windows', 'and again'], [listener], { wire: 'typed on Windows\r\nand again\r\n' });
    // The `\r` and the `\n` in different writes.
    await say(a, 'split CRLF', [listener], { wire: 'split CRLF\r\n', pieces: 2 });
  },

  'split-character': async (t) => {
    const server = await startRoom(t);
    const [a, listener] = await joinRoom(t, server, ['A', 'L']);
    // 25 bytes in two writes of 13 and 12: the cut falls inside 拆.
    await say(a, '中文字符被拆开了', [listener], { pieces: 2, gapMs: 50 });
    await say(a, '世界🌏', [listener], { pieces: 'bytewise', gapMs: 2 });
    await sayAcrossCut(a, 'a line, then', '你好，世界', [listener]);
  },

  'last-line-at-eof': async (t) => {
    const server = await startRoom(t);
    const [a, b, listener] = await joinRoom(t, server, ['A', 'B', 'L']);
    // No `\n`, then FIN: the line still counts.
    const sentAt = Date.now();
    await a.send('my last words');
    a.end();
    await expectBroadcast(listener, { from: a, text: 'my last words', sentAt });
    await a.expectClose({ anyData: true });
    await say(b, 'B after A left', [listener]);
  },

  'quit-and-empty-lines': async (t) => {
    const server = await startRoom(t);
    const [a, b, listener] = await joinRoom(t, server, ['A', 'B', 'L']);
    await a.send('\n   \n\t\r\n');
    await say(a, 'A after the empty lines', [listener]);
    await a.send('quit\r\nthis line comes after quit\n');
    await a.expectClose({ anyData: true });
    await say(b, 'B after A left', [listener]);
  },

  'longest-line': async (t) => {
    const server = await startRoom(t);
    const [a, listener] = await joinRoom(t, server, ['A', 'L']);
    // Exactly 65536 bytes, then CRLF, in four writes. A short line goes first
    // in the same bytes: Node reads at most 64 KiB at a time, and a server slow
    // to read would otherwise get the long line in one read, its CRLF in the
    // next, and pass while treating each read as one message.
    const longest = 'a'.repeat(maxLineBytes);
    await sayLines(a, ['first', longest], [listener], { wire: `first\n${longest}\r\n`, pieces: 4 });
    await say(a, 'after the longest line', [listener]);
  },

  'endless-line': async (t) => {
    const server = await startRoom(t);
    const [a, b, c, listener] = await joinRoom(t, server, ['A', 'B', 'C', 'L']);
    // One byte too many, counted in bytes: 21845 characters of three bytes and two of one byte.
    await a.send(`${'字'.repeat((maxLineBytes - 1) / 3)}!!\n`);
    await expectTurnedAway(a);
    // A line that never ends: the server must answer long before the flood is over.
    await b.flood(Buffer.alloc(64 * 1024, 'x'), 4 * 1024 * 1024);
    await expectTurnedAway(b);
    await say(c, 'the room goes on', [listener]);
  },

  'same-order-for-everyone': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C', 'D']);
    await expectSameOrderRounds(everyone, 2, (name, round) => [`${name}${round} one`, `${name}${round} two`, `${name}${round} three`]);
  },

  'survives-reset': async (t) => expectLeavingSurvived(t, await startRoom(t)),

  'stops-on-quit-command': expectStopsOnQuitCommand,

  'keeps-running-at-eof': expectKeepsRunningAtEof,

  'stops-on-sigterm': async (t) => {
    const server = await startRoom(t);
    await expectStoppedRoom(t, server, () => server.process.signal('SIGTERM'));
  },
});
