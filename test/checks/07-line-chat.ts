import { defineChecks } from '../../workbook/harness/define-checks.ts';
import type { PeerConnection } from '../../workbook/harness/tcp-peer.ts';
import {
  expectBroadcast,
  expectEveryoneHearsEveryone,
  expectLeavingSurvived,
  expectSameOrderRounds,
  expectStoppedRoom,
  joinRoom,
  say,
  sayLines,
  startRoom,
} from './chat-room.ts';

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

export default defineChecks('line-chat', {
  'broadcasts-every-line': async (t) => expectEveryoneHearsEveryone(t, await startRoom(t)),

  'line-in-pieces': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    const [a, b] = everyone;
    await say(a, 'one line in three writes', everyone, undefined, { pieces: 3 });
    await say(b, 'one byte at a time', everyone, undefined, { pieces: 'bytewise', gapMs: 2 });
  },

  'lines-in-one-write': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    await sayLines(everyone[0], ['first', 'second 第二', 'third 🎉'], everyone);
  },

  'crlf-line-ends': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    const [a] = everyone;
    await sayLines(a, ['typed on Windows', 'and again'], everyone, 'typed on Windows\r\nand again\r\n');
    // The `\r` and the `\n` in different writes.
    await say(a, 'split CRLF', everyone, 'split CRLF\r\n', { pieces: 2 });
  },

  'split-character': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    const [a] = everyone;
    // 25 bytes in two writes of 13 and 12: the cut falls inside 拆.
    await say(a, '中文字符被拆开了', everyone, undefined, { pieces: 2 });
    await say(a, '世界🌏', everyone, undefined, { pieces: 'bytewise', gapMs: 2 });
  },

  'last-line-at-eof': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    const [a, b] = everyone;
    // No `\n`, then FIN: the broadcast reaches B (A may get it too before its connection closes).
    const sentAt = Date.now();
    await a.send('my last words');
    a.end();
    await expectBroadcast(b, { from: a, text: 'my last words', sentAt });
    await a.expectClose({ anyData: true });
    await say(b, 'B after A left', [b]);
  },

  'quit-and-empty-lines': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C']);
    const [a, b, c] = everyone;
    await a.send('\n   \n\t\r\n');
    // By the time B's message comes back, the server has read A's empty lines too.
    await say(b, 'B after the empty lines', everyone);
    await a.send('quit\r\nthis line comes after quit\n');
    await a.expectClose();
    await say(c, 'C after A left', [b, c]);
  },

  'longest-line': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B']);
    const [a, b] = everyone;
    // 21845 characters of three bytes and one of one byte: 65536 bytes, then CRLF.
    const longest = `${'字'.repeat((maxLineBytes - 1) / 3)}!`;
    await say(a, longest, everyone, `${longest}\r\n`);
    await say(b, 'after the longest line', everyone);
  },

  'endless-line': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C']);
    const [a, b, c] = everyone;
    // One byte too many, counted in bytes: 21845 characters of three bytes and two of one byte.
    await a.send(`${'字'.repeat((maxLineBytes - 1) / 3)}!!\n`);
    await expectTurnedAway(a);
    // A line that never ends: the server must answer long before the flood is over.
    await b.flood(Buffer.alloc(64 * 1024, 'x'), 16 * 1024 * 1024);
    await expectTurnedAway(b);
    await say(c, 'the room goes on', [c]);
  },

  'same-order-for-everyone': async (t) => {
    const server = await startRoom(t);
    const everyone = await joinRoom(t, server, ['A', 'B', 'C', 'D']);
    await expectSameOrderRounds(everyone, 2, (name, round) => [`${name}${round} one`, `${name}${round} two`, `${name}${round} three`]);
  },

  'survives-reset': async (t) => expectLeavingSurvived(t, await startRoom(t)),

  'stops-on-sigterm': async (t) => {
    const server = await startRoom(t);
    await expectStoppedRoom(t, server, () => server.process.signal('SIGTERM'));
  },
});
