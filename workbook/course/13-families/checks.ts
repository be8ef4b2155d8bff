import lesson from './lesson.ts';
import { lstat, readFile, rename, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { CheckContext, RunningServer } from '../../harness/check-context.ts';
import { defineChecks } from '../../harness/define-checks.ts';
import { CheckFailure } from '../../harness/failure.ts';
import { limits } from '../../harness/limits.ts';
import type { LessonProcess } from '../../harness/spawn-lesson.ts';
import type { PeerConnection, SendOptions } from '../../harness/tcp-peer.ts';
import { expectAnswer, expectAnswersAcrossCut, expectFramedTurn, expectPrintsAcrossCut, lineFraming as lines, sharedFramedChecks } from '../shared/framed.ts';
import { expectConnectionLogged, expectRefusedClient } from '../shared/steps.ts';

// Lesson 6's line echo over IPv4, IPv6 and Unix sockets. The lines are checked
// as in lesson 6; what is new is every address: how it is written, what a
// listen runs into, and the socket file's life. Checks that need an IPv6
// loopback are skipped on a system without one.

/** Sends `line` with its `\n` (split as `options` says) and expects exactly one reply to it. */
const expectReply = (connection: PeerConnection, line: string, options?: SendOptions) => expectAnswer(lines, connection, line, options);

/** The server's ready line, to the byte: the harness reads its address leniently, the lesson does not. */
function expectReadyLine(server: RunningServer, expected: string): void {
  const printed = server.process.stdoutLines[0];
  if (printed !== expected) {
    throw new CheckFailure(`${server.process.name} printed a different ready line than expected`, {
      expected: JSON.stringify(expected),
      actual: JSON.stringify(printed),
    });
  }
}

/** Starts the learner's server on the Unix socket `socketPath` and waits for `listening on unix:<path>`. */
async function startUnixServer(t: CheckContext, socketPath: string): Promise<LessonProcess> {
  const server = await t.start('server', { env: { SOCKET_PATH: socketPath } });
  await server.expectLine(`listening on unix:${socketPath}`, limits.readyMs);
  return server;
}

/** A path for a socket file in a fresh folder of the check's own, removed at cleanup. */
async function socketPathIn(t: CheckContext, name = 'echo.sock'): Promise<string> {
  return path.join(await t.tempDir(), name);
}

/**
 * Leaves what a killed server leaves: a socket file nobody listens on. A
 * server that closes removes its file, so the file is moved away first.
 */
async function leaveDeadServersSocket(t: CheckContext, socketPath: string): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(`${socketPath}.old`, resolve);
  });
  await rename(`${socketPath}.old`, socketPath);
  await new Promise((resolve) => server.close(resolve));
  t.transcript.add('note', 'check', `left a dead server's socket file at ${socketPath}`);
}

/**
 * The program says `line` on stderr, alone, and exits 1 with no stack trace.
 * A server that listens instead fails at once rather than when the wait ends.
 */
async function expectGivesUp(program: LessonProcess, line: string): Promise<void> {
  await Promise.race([program.expectExit(1), failIfListening(program, line)]);
  program.expectNoStackTrace();
  if (program.stderrLines.length !== 1 || program.stderrLines[0] !== line) {
    throw new CheckFailure(`${program.name} should say why in exactly one stderr line`, {
      expected: JSON.stringify(line),
      actual: program.stderrLines.length ? program.stderrLines.join('\n') : 'nothing on stderr',
    });
  }
}

/** Fails when the program prints a ready line; never settles otherwise. */
function failIfListening(program: LessonProcess, expected: string): Promise<never> {
  return program.waitForLine((printed) => (printed.startsWith('listening on ') ? printed : undefined), 'a ready line').then(
    (printed) => {
      throw new CheckFailure(`${program.name} listened where it should have given up`, { expected: JSON.stringify(expected), actual: printed });
    },
    () => new Promise<never>(() => {}),
  );
}

async function isThere(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

export default defineChecks(lesson, {
  'server-line-echo': async (t) => {
    const server = await t.startServer();
    expectReadyLine(server, `listening on 127.0.0.1:${server.port}`);
    const a = await t.connect(server, 'reference client A');
    await expectConnectionLogged(server, a);
    const b = await t.connect(server, 'reference client B');
    await expectConnectionLogged(server, b, 2);
    // A's line stays unfinished while B is served, in pieces that cut its characters.
    await a.send('hello from ');
    await expectReply(b, '你好，世界 🌏', { pieces: 'bytewise', gapMs: 3 });
    await a.send('A\r\n');
    await a.expectLine('Return your msg: hello from A');
    await b.send('first\nsecond\nthi');
    await b.send('rd\n');
    for (const line of ['first', 'second', 'third']) await b.expectLine(`Return your msg: ${line}`);
    await expectReply(a, '  spaces stay  ', { pieces: 3, gapMs: 10 });
    await expectAnswersAcrossCut(lines, b, 'a line, then', 'one cut in two: 切开');
  },

  'server-quit-eof-and-limit': async (t) => {
    const server = await t.startServer();
    const a = await t.connect(server, 'reference client A');
    await a.send('before\nquit\nafter quit\n');
    await a.expectLine('Return your msg: before');
    await a.expectClose();
    const b = await t.connect(server, 'reference client B');
    await b.send('complete\nlast words, no newline');
    b.end();
    await b.expectLine('Return your msg: complete');
    await b.expectLine('Return your msg: last words, no newline');
    await b.expectClose();
    // 65537 bytes of 3-byte characters: a limit in characters lets it through.
    const c = await t.connect(server, 'reference client C');
    await c.send(`${'你'.repeat(21845)}xy\n`);
    await c.expectLine('error: line too long');
    await c.expectClose();
  },

  'server-ipv6-loopback': async (t) => {
    await t.requireIpv6();
    const server = await t.startServer({ env: { HOST: '::1' } });
    expectReadyLine(server, `listening on [::1]:${server.port}`);
    const client = await t.connect(server);
    await expectConnectionLogged(server, client);
    await expectReply(client, 'hello over IPv6 ✨');
  },

  'server-dual-stack': async (t) => {
    await t.requireIpv6();
    const server = await t.startServer({ env: { HOST: '::' } });
    expectReadyLine(server, `listening on [::]:${server.port}`);
    const v4 = await t.connect({ ...server, host: '127.0.0.1' }, 'reference client (IPv4)');
    await expectConnectionLogged(server, v4, 1, `[::ffff:127.0.0.1]:${v4.localPort}`);
    const v6 = await t.connect({ ...server, host: '::1' }, 'reference client (IPv6)');
    await expectConnectionLogged(server, v6, 2);
    await expectReply(v4, 'from IPv4');
    await expectReply(v6, 'from IPv6');
  },

  'server-address-in-use': async (t) => {
    const holder = await t.listen('reference server', 'your server');
    const server = await t.start('server', { env: { PORT: String(holder.port) } });
    await expectGivesUp(server, `address already in use: 127.0.0.1:${holder.port}`);
  },

  'server-ipv6-address-in-use': async (t) => {
    await t.requireIpv6();
    const holder = await t.listen('reference server', 'your server', { host: '::1' });
    const server = await t.start('server', { env: { HOST: '::1', PORT: String(holder.port) } });
    await expectGivesUp(server, `address already in use: [::1]:${holder.port}`);
  },

  'server-unix-socket': async (t) => {
    const socketPath = await socketPathIn(t);
    const server = await startUnixServer(t, socketPath);
    const a = await t.connect({ process: server, path: socketPath }, 'reference client A');
    await expectConnectionLogged({ process: server }, a, 1, 'unix');
    const b = await t.connect({ process: server, path: socketPath }, 'reference client B');
    await expectConnectionLogged({ process: server }, b, 2, 'unix');
    await a.send('half a ');
    await expectReply(b, '汉字 😀', { pieces: 'bytewise', gapMs: 3 });
    await a.send('line\n');
    await a.expectLine('Return your msg: half a line');
    await expectAnswersAcrossCut(lines, b, 'a line, then', 'one cut in two: 切开');
  },

  'server-removes-leftover-socket': async (t) => {
    const socketPath = await socketPathIn(t);
    await leaveDeadServersSocket(t, socketPath);
    const server = await startUnixServer(t, socketPath);
    const client = await t.connect({ process: server, path: socketPath });
    await expectReply(client, 'the old file is gone');
  },

  'server-keeps-other-files': async (t) => {
    const notes = await socketPathIn(t, 'notes.txt');
    const content = 'a file that is not a socket\n';
    await writeFile(notes, content);
    t.transcript.add('note', 'check', `wrote a regular file at ${notes}`);
    const server = await t.start('server', { env: { SOCKET_PATH: notes } });
    await expectGivesUp(server, `cannot listen on ${notes}: not a socket`);
    const after = await readFile(notes, 'utf8').catch(() => undefined);
    if (after !== content) {
      throw new CheckFailure('your server removed or changed a file that was not a socket', { expected: JSON.stringify(content), actual: after === undefined ? 'the file is gone' : JSON.stringify(after) });
    }
  },

  'server-unix-in-use': async (t) => {
    const socketPath = await socketPathIn(t);
    await t.listen('reference server', 'your server', { path: socketPath });
    const server = await t.start('server', { env: { SOCKET_PATH: socketPath } });
    await expectGivesUp(server, `address already in use: ${socketPath}`);
    if (!(await isThere(socketPath))) throw new CheckFailure("your server removed the socket file of a server that is listening on it");
  },

  'server-removes-socket-on-exit': async (t) => {
    const socketPath = await socketPathIn(t);
    const server = await startUnixServer(t, socketPath);
    const client = await t.connect({ process: server, path: socketPath });
    await expectReply(client, 'hello');
    server.signal('SIGINT');
    await server.expectExit(0);
    await client.expectClose();
    if (await isThere(socketPath)) throw new CheckFailure(`your server left its socket file ${socketPath} behind`, { expected: 'no file', actual: 'the socket file is still there' });
  },

  'client-line-echo': async (t) => {
    const { process: client, connection } = await t.startClient();
    await expectFramedTurn(lines, client, connection, 'hello', { replyAs: { pieces: 3, gapMs: 10 } });
    await expectFramedTurn(lines, client, connection, '你好 🌏', { replyAs: { pieces: 'bytewise', gapMs: 3 } });
    await expectFramedTurn(lines, client, connection, '');
    await expectPrintsAcrossCut(lines, client, connection, 'a line, then', 'one cut in two: 切开');
    client.type('quit\n');
    await connection.expectLine('quit');
    connection.end();
    await client.expectExit(0);
  },

  'client-ipv6': async (t) => {
    await t.requireIpv6();
    const server = await t.listen('reference server', 'your client', { host: '::1' });
    const client = await t.start('client', { env: { HOST: '::1', PORT: String(server.port) } });
    const connection = await server.accept();
    await expectFramedTurn(lines, client, connection, 'hello over IPv6');
    client.type('exit\n');
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-ipv6-refused': async (t) => {
    await t.requireIpv6();
    await expectRefusedClient(t, { host: '::1' });
  },

  'client-unix': async (t) => {
    const socketPath = await socketPathIn(t);
    const server = await t.listen('reference server', 'your client', { path: socketPath });
    const client = await t.start('client', { env: { SOCKET_PATH: socketPath } });
    const connection = await server.accept();
    await expectFramedTurn(lines, client, connection, 'hello over a Unix socket');
    await expectFramedTurn(lines, client, connection, '你好 🌏', { replyAs: { pieces: 'bytewise', gapMs: 3 } });
    await expectPrintsAcrossCut(lines, client, connection, 'a line, then', 'one cut in two: 切开');
    client.closeStdin();
    await connection.expectClose();
    connection.end();
    await client.expectExit(0);
  },

  'client-unix-missing': async (t) => {
    const socketPath = await socketPathIn(t, 'nobody.sock');
    const client = await t.start('client', { env: { SOCKET_PATH: socketPath } });
    client.closeStdin();
    await expectGivesUp(client, `cannot connect to unix:${socketPath}: no such file`);
  },

  'client-unix-refused': async (t) => {
    const socketPath = await socketPathIn(t);
    await leaveDeadServersSocket(t, socketPath);
    // A server at HOST and PORT too: a client that ignores SOCKET_PATH gets an answer there instead of giving up.
    const tcpServer = await t.listen('reference TCP server', 'your client');
    t.transcript.add('note', 'check', `a reference server listens on 127.0.0.1:${tcpServer.port} (PORT) too: with SOCKET_PATH set, your client must not use it`);
    const client = await t.start('client', { env: { SOCKET_PATH: socketPath, PORT: String(tcpServer.port) } });
    client.closeStdin();
    await expectGivesUp(client, `cannot connect to unix:${socketPath}: connection refused`);
  },

  ...sharedFramedChecks(lines),
});
