import { CheckFailure } from '../../harness/failure.ts';
import type { CheckContext } from '../../harness/check-context.ts';
import type { CheckFunction } from '../../harness/define-checks.ts';
import type { LessonProcess } from '../../harness/spawn-lesson.ts';
import type { PeerConnection, SendOptions } from '../../harness/tcp-peer.ts';
import { expectRefusedClient } from './steps.ts';

// Check steps for chapter 5 (lessons 6 and 8). Both servers answer each
// framed message with one framed reply and survive and stop the same way; both
// clients send each typed line in a frame, print each framed reply as a line,
// and leave the same way. Only the frame differs, so the steps take it as a
// parameter.

/** How a lesson frames one message on the wire. */
export interface Framing {
  /** The bytes the learner's client must send for `text`. */
  request(text: string): string | Uint8Array;
  /** The bytes the reference server answers `text` with. */
  reply(text: string): string | Uint8Array;
  /** The line the learner's client then prints. */
  printed(text: string): string;
}

/** Lesson 6's lines, which the later line servers (lessons 7, 10, 12 and 13) keep: `<line>\n` in, `Return your msg: <line>\n` out. */
export const lineFraming: Framing = {
  request: (text) => `${text}\n`,
  reply: (text) => `Return your msg: ${text}\n`,
  printed: (text) => `Return your msg: ${text}`,
};

// 65536 bytes is the longest line allowed; made of 3-byte characters, it
// tells bytes from characters. A Node read returns at most 64 KiB, so a write
// of a short line and such a line arrives in more than one chunk, cut inside
// the long line (and inside a character).
export const longestLine = `${'你'.repeat(21845)}x`;
export const tooLongLine = `${'你'.repeat(21845)}xy`;

/** Many times the 64 KiB a server may hold: a server that takes all of it without answering keeps every byte. */
const endlessLineBytes = 4 * 1024 * 1024;

/** Sends one line that never ends; the server must say `error: line too long` and close, not keep it all. */
export async function expectEndlessLineRefused(client: PeerConnection): Promise<void> {
  const sent = await client.flood(Buffer.alloc(64 * 1024, 'x'), endlessLineBytes);
  try {
    // The answer may still be on its way when the flood ends: the kernel's buffers hold a few MiB.
    await client.expectLine('error: line too long');
  } catch (error) {
    if (sent < endlessLineBytes || client.receivedBytes > 0) throw error;
    throw new CheckFailure(`your server took ${sent / 1024 / 1024} MiB of one line without a newline and did not answer`, {
      expected: 'error: line too long, soon after the first 65536 bytes',
      actual: 'no answer; every byte kept in memory, presumably',
    });
  }
  await client.expectClose();
}

/** The reference client sends `text` in a frame (split as `options` says) and expects exactly its reply. */
export async function expectAnswer(framing: Framing, connection: PeerConnection, text: string, options?: SendOptions): Promise<void> {
  await connection.send(framing.request(text), options);
  await connection.expectBytes(framing.reply(text));
}

// Pieces sent with a pause between them may still arrive joined on a busy
// machine, so a pause cannot prove that a program handles a message cut in
// two: a program that takes each read for a message, or decodes each read on
// its own, passes whenever the pieces happen to arrive together. A cut the
// peer is known to have read apart can: a whole message and the first bytes
// of the next go in one write (which a peer reads at once: one small write is
// one read), and the rest only once the peer has acted on the whole message,
// which it cannot do before it has read that write.

/** Where the cut falls: one byte into the first character of more than one byte, or at the middle. */
export function cutInside(bytes: Uint8Array): number {
  const multibyte = bytes.findIndex((byte) => byte >= 0x80);
  return multibyte >= 0 ? multibyte + 1 : Math.floor(bytes.length / 2);
}

const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data) : data);

/**
 * The reference client sends `first` and `second` (which should hold a
 * character of more than one byte) with `second` cut inside a character,
 * the cut known to reach the server apart; it expects both replies exactly.
 */
export async function expectAnswersAcrossCut(framing: Framing, connection: PeerConnection, first: string, second: string): Promise<void> {
  const request = bytesOf(framing.request(second));
  const at = cutInside(request);
  await connection.send(Buffer.concat([bytesOf(framing.request(first)), request.subarray(0, at)]));
  await connection.expectBytes(framing.reply(first));
  await connection.send(request.subarray(at));
  await connection.expectBytes(framing.reply(second));
}

/**
 * Two turns of the learner's client, the reply to `second` cut inside a
 * character, the cut known to reach the client apart: its first bytes go
 * with the reply to `first`, the rest once the client has printed that reply
 * and sent `second`.
 */
export async function expectPrintsAcrossCut(framing: Framing, client: LessonProcess, connection: PeerConnection, first: string, second: string): Promise<void> {
  const reply = bytesOf(framing.reply(second));
  const at = cutInside(reply);
  client.type(`${first}\n`);
  await connection.expectBytes(framing.request(first));
  await connection.send(Buffer.concat([bytesOf(framing.reply(first)), reply.subarray(0, at)]));
  await client.expectLine(framing.printed(first));
  client.type(`${second}\n`);
  await connection.expectBytes(framing.request(second));
  await connection.send(reply.subarray(at));
  await client.expectLine(framing.printed(second));
}

/**
 * Client A leaves half a message and resets the connection; client B goes on
 * being served, with nothing of A mixed in, and the server prints no stack trace.
 */
export async function expectSurvivesReset(t: CheckContext, framing: Framing): Promise<void> {
  const server = await t.startServer();
  const a = await t.connect(server, 'reference client A');
  const b = await t.connect(server, 'reference client B');
  await expectAnswer(framing, a, 'A is here');
  const half = Buffer.from(framing.request('half a message'));
  await a.send(half.subarray(0, half.length >> 1));
  // B's turn lets the server read A's half message first: a reset that finds
  // unread bytes reaches a program as a plain end of stream, not as a reset.
  await expectAnswer(framing, b, 'B is here');
  a.reset();
  // Two turns: the server may handle B's message before A's reset, in the same
  // round of its event loop.
  await expectAnswer(framing, b, 'B is still served');
  await expectAnswer(framing, b, 'and nothing of A got mixed in');
  server.process.expectNoStackTrace();
}

/** SIGTERM with two clients connected: exit 0, both connections closed. */
export async function expectStopsOnSigterm(t: CheckContext, framing: Framing): Promise<void> {
  const server = await t.startServer();
  const a = await t.connect(server, 'reference client A');
  const b = await t.connect(server, 'reference client B');
  await expectAnswer(framing, a, 'A is here');
  await expectAnswer(framing, b, 'B is here');
  server.process.signal('SIGTERM');
  await server.process.expectExit(0);
  await a.expectClose();
  await b.expectClose();
}

/**
 * One turn: type a line, expect its frame on the wire (with `sent` as its text,
 * if the line is sent other than typed), answer, expect the reply printed.
 */
export async function expectFramedTurn(
  framing: Framing,
  client: LessonProcess,
  connection: PeerConnection,
  typed: string,
  options: { sent?: string; replyAs?: SendOptions } = {},
): Promise<void> {
  const sent = options.sent ?? typed;
  client.type(`${typed}\n`);
  await connection.expectBytes(framing.request(sent));
  await connection.send(framing.reply(sent), options.replyAs);
  await client.expectLine(framing.printed(sent));
}

/** Each line in its frame, untrimmed, Chinese text too, a CRLF line end dropped. */
export async function expectSendsEachLine(t: CheckContext, framing: Framing): Promise<void> {
  const { process: client, connection } = await t.startClient();
  await expectFramedTurn(framing, client, connection, 'hello');
  await expectFramedTurn(framing, client, connection, '你好，世界');
  await expectFramedTurn(framing, client, connection, 'typed on Windows\r', { sent: 'typed on Windows' });
  await expectFramedTurn(framing, client, connection, '  spaces stay  ');
}

/**
 * The empty line is a message too, and its reply is printed as an empty text.
 * Both lines are typed at once: a client that skips the empty one sends the
 * second first, and says so at once.
 */
export async function expectSendsEmptyLine(t: CheckContext, framing: Framing): Promise<void> {
  const { process: client, connection } = await t.startClient();
  client.type('\nafter the empty line\n');
  for (const text of ['', 'after the empty line']) {
    await connection.expectBytes(framing.request(text));
    await connection.send(framing.reply(text));
    await client.expectLine(framing.printed(text));
  }
}

/** `exit` (trimmed) is not sent: the client ends the connection and exits 0. */
export async function expectExitCommand(t: CheckContext, framing: Framing): Promise<void> {
  const { process: client, connection } = await t.startClient();
  await expectFramedTurn(framing, client, connection, 'hello');
  client.type('  exit  \n');
  await connection.expectClose();
  connection.end();
  await client.expectExit(0);
}

/**
 * The end of input right after a last line, as when a file is piped in: the
 * line still goes out and its reply is printed; then the client ends and exits 0.
 */
export async function expectEndAtEof(t: CheckContext, framing: Framing): Promise<void> {
  const { process: client, connection } = await t.startClient();
  client.type('last line\n');
  client.closeStdin();
  await connection.expectBytes(framing.request('last line'));
  await connection.send(framing.reply('last line'));
  await client.expectLine(framing.printed('last line'));
  await connection.expectClose();
  connection.end();
  await client.expectExit(0);
}

/**
 * The server leaves first, once with FIN while the client waits for input and
 * once with RST in the middle of its next reply: each time one stderr line,
 * exit 1.
 */
export async function expectServerLeftFirst(t: CheckContext, framing: Framing): Promise<void> {
  const first = await t.startClient();
  await expectFramedTurn(framing, first.process, first.connection, 'hello');
  first.connection.end();
  await expectOneErrorLine(t, first.process, 'the server closed the connection');

  const second = await t.startClient({ name: 'your client (second run)' });
  await expectFramedTurn(framing, second.process, second.connection, 'hello');
  second.process.type('again\n');
  await second.connection.expectBytes(framing.request('again'));
  // A whole reply and half of another in one write, then RST. The printed reply
  // shows the client has read the half too: a reset that finds unread bytes
  // reaches a program as a plain end of stream, not as a reset.
  const half = Buffer.from(framing.reply('and then the server crashed'));
  await second.connection.send(Buffer.concat([Buffer.from(framing.reply('again')), half.subarray(0, half.length >> 1)]));
  await second.process.expectLine(framing.printed('again'));
  second.connection.reset();
  await expectOneErrorLine(t, second.process, 'the server reset the connection');
}

/** The client exits 1 with exactly one stderr line (saying `what`) and no stack trace. */
export async function expectOneErrorLine(t: CheckContext, client: LessonProcess, what: string): Promise<void> {
  await client.expectExit(1);
  client.expectNoStackTrace();
  if (client.stderrLines.length !== 1) {
    throw new CheckFailure(`your client should say in one stderr line that ${what}`, {
      expected: 'one line on stderr',
      actual: client.stderrLines.length ? client.stderrLines.join('\n') : 'nothing on stderr',
    });
  }
}

/** The checks lessons 6 and 8 share, slug for slug. */
export function sharedFramedChecks(framing: Framing): Record<string, CheckFunction> {
  return {
    'server-survives-reset': (t) => expectSurvivesReset(t, framing),
    'server-stops-on-sigterm': (t) => expectStopsOnSigterm(t, framing),
    'client-exit': (t) => expectExitCommand(t, framing),
    'client-ends-at-eof': (t) => expectEndAtEof(t, framing),
    'client-server-closed-first': (t) => expectServerLeftFirst(t, framing),
    'client-refused': expectRefusedClient,
  };
}
