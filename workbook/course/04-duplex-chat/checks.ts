import lesson from './lesson.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import type { CheckContext } from '../../harness/check-context.ts';
import { limits } from '../../harness/limits.ts';
import type { LessonProcess } from '../../harness/spawn-lesson.ts';
import type { PeerConnection } from '../../harness/tcp-peer.ts';
import { expectClientLogged, expectListensOnGivenPort, expectRefusedClient } from '../shared/steps.ts';

// The duplex chat is the same on both sides once connected, so every check
// but the first and the last runs against either program: the learner's
// program and the reference peer at the other end of the connection.

interface Chat {
  program: LessonProcess;
  peer: PeerConnection;
}

/** The learner's server with a reference client connected to it. */
async function chatWithServer(t: CheckContext): Promise<Chat> {
  const server = await t.startServer();
  return { program: server.process, peer: await t.connect(server) };
}

/** The learner's client connected to a reference server. */
async function chatWithClient(t: CheckContext): Promise<Chat> {
  const { process, connection } = await t.startClient();
  return { program: process, peer: connection };
}

/**
 * Waits until the program prints `expected`, reading its stdout in order.
 * Other lines (a server's logs) may come first.
 */
async function expectPrinted(program: LessonProcess, expected: string): Promise<void> {
  const deadline = performance.now() + limits.replyMs;
  for (;;) {
    const line = await program.nextLine(JSON.stringify(expected), Math.max(1, deadline - performance.now()));
    if (line === expected) return;
  }
}

/** One line each way, each side waiting for the other: the chat works at all. */
async function exchange({ program, peer }: Chat): Promise<void> {
  program.type('hello from the keyboard\n');
  await peer.expectLine('hello from the keyboard');
  await peer.send('hello from the other side\n');
  await expectPrinted(program, 'hello from the other side');
}

/** The other side sends lines one after another; each must be printed while nothing is typed. */
async function expectIncomingPrinted({ program, peer }: Chat): Promise<void> {
  for (const line of ['one', '你好，世界', 'three in a row 🎉']) {
    await peer.send(`${line}\n`);
    await expectPrinted(program, line);
  }
}

/**
 * Lines typed one after another go out at once, with no answer in between;
 * a line typed with CRLF (on Windows) goes out with `\n` alone.
 */
async function expectTypedLinesSent({ program, peer }: Chat): Promise<void> {
  for (const { line, end } of [
    { line: 'first', end: '\n' },
    { line: '第二行', end: '\n' },
    { line: 'and a third 🎉', end: '\r\n' },
  ]) {
    program.type(`${line}${end}`);
    await peer.expectLine(line);
  }
}

/** The program ends the chat on `leave` and exits 0 once the other side has closed too. */
async function expectLeaves(chat: Chat, leave: (program: LessonProcess) => void): Promise<void> {
  await exchange(chat);
  leave(chat.program);
  await chat.peer.expectClose({ anyData: true });
  chat.peer.end();
  await chat.program.expectExit(0);
}

/** The other side goes (`go`); the program says `peer left` once on stderr and exits 0 with its stdin still open. */
async function expectPeerLeft(t: CheckContext, chat: Chat, go: (peer: PeerConnection) => void): Promise<void> {
  await exchange(chat);
  go(chat.peer);
  await chat.program.expectExit(0);
  chat.program.expectNoStackTrace();
  const said = chat.program.stderrLines.filter((line) => line === 'peer left').length;
  if (said !== 1) {
    throw new CheckFailure(`${chat.program.name} should print \`peer left\` to stderr exactly once`, {
      expected: 'peer left',
      actual: chat.program.stderrLines.length ? chat.program.stderrLines.join('\n') : 'nothing on stderr',
    });
  }
}

export default defineChecks(lesson, {
  'server-given-port': expectListensOnGivenPort,

  'server-logs-client': expectClientLogged,

  'server-prints-incoming': async (t) => expectIncomingPrinted(await chatWithServer(t)),
  'server-sends-typed-lines': async (t) => expectTypedLinesSent(await chatWithServer(t)),
  'server-quits-on-command': async (t) => expectLeaves(await chatWithServer(t), (program) => program.type('quit\n')),
  'server-ends-at-eof': async (t) => expectLeaves(await chatWithServer(t), (program) => program.closeStdin()),
  'server-peer-left': async (t) => expectPeerLeft(t, await chatWithServer(t), (peer) => peer.end()),
  'server-peer-reset': async (t) => expectPeerLeft(t, await chatWithServer(t), (peer) => peer.reset()),

  'server-stops-on-sigterm': async (t) => {
    const chat = await chatWithServer(t);
    await exchange(chat);
    chat.program.signal('SIGTERM');
    await chat.program.expectExit(0);
    await chat.peer.expectClose({ anyData: true });
  },

  'client-prints-incoming': async (t) => expectIncomingPrinted(await chatWithClient(t)),
  'client-sends-typed-lines': async (t) => expectTypedLinesSent(await chatWithClient(t)),
  'client-quits-on-command': async (t) => expectLeaves(await chatWithClient(t), (program) => program.type('quit\n')),
  'client-ends-at-eof': async (t) => expectLeaves(await chatWithClient(t), (program) => program.closeStdin()),
  'client-peer-left': async (t) => expectPeerLeft(t, await chatWithClient(t), (peer) => peer.end()),
  'client-peer-reset': async (t) => expectPeerLeft(t, await chatWithClient(t), (peer) => peer.reset()),
  'client-refused': expectRefusedClient,
});
