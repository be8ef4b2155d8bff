import lesson from './lesson.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import type { PeerConnection, SendOptions } from '../../harness/tcp-peer.ts';
import {
  expectAnswer,
  expectAnswersAcrossCut,
  expectEndlessLineRefused,
  expectFramedTurn,
  expectPrintsAcrossCut,
  expectSendsEachLine,
  expectSendsEmptyLine,
  lineFraming,
  longestLine,
  sharedFramedChecks,
  tooLongLine,
} from '../shared/framed.ts';
import { expectClientLogged, expectListensOnGivenPort } from '../shared/steps.ts';

const lines = lineFraming;

/** Sends `line` with its `\n` (split as `options` says) and expects exactly one reply to it. */
const expectReply = (connection: PeerConnection, line: string, options?: SendOptions) => expectAnswer(lines, connection, line, options);


/**
 * Sent a byte at a time, so that every multibyte character is cut. Several,
 * each its own turn: a program that decodes chunk by chunk would have to see
 * every one of them arrive whole to get by.
 */
const splitTexts = ['你好 🌏', '汉字 ✨', 'é 😀'];


export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,

  'server-logs-client': expectClientLogged,

  'server-replies-to-lines': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    for (const line of ['hello', '你好，世界', 'emoji 🎉 too', '  spaces stay  ', '']) await expectReply(client, line);
  },

  'server-line-in-pieces': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    // Several turns, each cut differently: a server that takes a chunk for a
    // line would have to see every one of them arrive whole to get by.
    await expectReply(client, 'byte by byte', { pieces: 'bytewise', gapMs: 4 });
    await expectReply(client, 'and one in three pieces', { pieces: 3, gapMs: 10 });
    await expectReply(client, 'and one more, in five', { pieces: 5, gapMs: 10 });
    await expectAnswersAcrossCut(lines, client, 'a line, then', 'one line, cut in two');
  },

  'server-lines-in-one-write': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send('first\nsecond\nthird\n');
    for (const line of ['first', 'second', 'third']) await client.expectLine(`Return your msg: ${line}`);
    // The end of one line, a whole line and the start of the next, in one write.
    await client.send('al');
    await client.send('pha\nbeta\nga');
    await client.send('mma\n');
    for (const line of ['alpha', 'beta', 'gamma']) await client.expectLine(`Return your msg: ${line}`);
  },

  'server-split-characters': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    for (const line of splitTexts) await expectReply(client, line, { pieces: 'bytewise', gapMs: 4 });
    await expectAnswersAcrossCut(lines, client, 'a line, then', '你好，世界');
  },

  'server-crlf': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send('typed on Windows\r\n');
    await client.expectLine('Return your msg: typed on Windows');
    await client.send('one\r\ntwo\r\n');
    await client.expectLine('Return your msg: one');
    await client.expectLine('Return your msg: two');
  },

  'server-last-line-at-eof': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send('complete\nlast words, no newline');
    client.end();
    await client.expectLine('Return your msg: complete');
    await client.expectLine('Return your msg: last words, no newline');
    await client.expectClose();
  },

  'server-quit': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    // Only the whole line is the command: with a space it is an ordinary line.
    await expectReply(client, ' quit');
    await expectReply(client, 'quit ');
    await client.send('before\nquit\nafter quit\n');
    await client.expectLine('Return your msg: before');
    await client.expectClose();
    // With CRLF too, and that connection is over, the server is not.
    const windows = await t.connect(server, 'reference client B');
    await windows.send('quit\r\n');
    await windows.expectClose();
    const next = await t.connect(server, 'reference client C');
    await expectReply(next, 'still serving');
  },

  'server-many-clients': async (t) => {
    const server = await t.startServer();
    const a = await t.connect(server, 'reference client A');
    const b = await t.connect(server, 'reference client B');
    await a.send('hello from ');
    await expectReply(b, 'B, all at once');
    await a.send('A\n');
    await a.expectLine('Return your msg: hello from A');
    await b.send('B again, ');
    await expectReply(a, 'A again');
    await b.send('in two pieces\n');
    await b.expectLine('Return your msg: B again, in two pieces');
  },

  'server-longest-line': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    // Typed on Windows: the `\r` is not one of the 65536 bytes.
    await expectAnswersAcrossCut({ ...lines, request: (text) => `${text}\r\n` }, client, 'first', longestLine);
  },

  'server-line-too-long': async (t) => {
    const server = await t.startServer();
    const client = await t.connect(server);
    await client.send(`${tooLongLine}\n`);
    await client.expectLine('error: line too long');
    await client.expectClose();
  },

  'server-endless-line': async (t) => {
    const server = await t.startServer();
    await expectEndlessLineRefused(await t.connect(server));
  },

  'client-sends-lines': (t) => expectSendsEachLine(t, lines),

  'client-sends-empty-lines': (t) => expectSendsEmptyLine(t, lines),

  'client-reply-in-pieces': async (t) => {
    const { process: client, connection } = await t.startClient();
    await expectFramedTurn(lines, client, connection, 'hello', { replyAs: { pieces: 4, gapMs: 10 } });
    await expectFramedTurn(lines, client, connection, 'one more time', { replyAs: { pieces: 3, gapMs: 10 } });
    await expectFramedTurn(lines, client, connection, 'and once more', { replyAs: { pieces: 5, gapMs: 10 } });
    await expectPrintsAcrossCut(lines, client, connection, 'a line, then', 'one line, cut in two');
  },

  'client-split-characters': async (t) => {
    const { process: client, connection } = await t.startClient();
    for (const line of splitTexts) await expectFramedTurn(lines, client, connection, line, { replyAs: { pieces: 'bytewise', gapMs: 3 } });
    await expectPrintsAcrossCut(lines, client, connection, 'a line, then', '你好，世界');
  },

  'client-quit': async (t) => {
    const { process: client, connection } = await t.startClient();
    await expectFramedTurn(lines, client, connection, 'hello');
    client.type('quit\n');
    await connection.expectLine('quit');
    connection.end();
    await client.expectExit(0);
  },

  ...sharedFramedChecks(lines),
});
