// Lesson 13: the line echo server, over any address family.
//
// Lesson 6's server spoke IPv4 only because HOST said 127.0.0.1. The same
// program listens on IPv6 (`::1`, or `::` for every address, IPv4 clients
// included), and on a Unix socket, a path in the file system that only
// programs on this machine can reach. The echo does not change at all: a
// stream socket is a stream socket, whatever its family. What changes is how
// addresses are written, what a listen can run into, and who tidies up the
// socket file.

import { lstatSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9013);
// #region socket-path
// Set and not empty: listen on this Unix socket path instead of HOST and PORT.
const SOCKET_PATH = process.env.SOCKET_PATH ?? '';
// #endregion socket-path

// #region brackets
// `::1:9013` cannot be read back: which colon starts the port? So an IPv6
// address is written in brackets, `[::1]:9013`, as in a URL. Node never adds
// them: server.address() and socket.remoteAddress give the bare address.
function showHost(host: string): string {
  return net.isIPv6(host) ? `[${host}]` : host;
}
// #endregion brackets

/** How messages name where this server listens. */
const where = SOCKET_PATH || `${showHost(HOST)}:${PORT}`;

/** One line to stderr and exit 1: a failed start is not a crash, so no stack trace. */
function giveUp(message: string): never {
  console.error(message);
  process.exit(1);
}

// The longest line we accept, in bytes, without its `\n` (or `\r\n`).
const maxLineBytes = 65536;

/** What the server says to one complete line, and whether it hangs up after. */
function answer(line: string): { reply: string; thenHangUp: boolean } {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (Buffer.byteLength(text) > maxLineBytes) return { reply: 'error: line too long\n', thenHangUp: true };
  if (text === 'quit') return { reply: '', thenHangUp: true };
  return { reply: `Return your msg: ${text}\n`, thenHangUp: false };
}

const open = new Set<net.Socket>();

const server = net.createServer((socket) => {
  // #region peer
  // A Unix socket's peer has no address: remoteAddress and remotePort are
  // undefined there, and the log says so instead of `undefined:undefined`.
  const peer = socket.remoteAddress === undefined ? 'unix' : `${showHost(socket.remoteAddress)}:${socket.remotePort}`;
  console.log(`connected from ${peer}`);
  // #endregion peer
  open.add(socket);
  socket.on('close', () => open.delete(socket));

  // Lesson 6's line splitting, unchanged: a buffer and a decoder per connection.
  const decoder = new StringDecoder('utf8');
  let unfinished = '';
  let unfinishedBytes = 0;
  let finished = false;

  function hangUp(lastWords: string): void {
    finished = true;
    socket.end(lastWords);
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }

  socket.on('data', (chunk) => {
    if (finished) return;
    const text = decoder.write(chunk);
    let replies = '';
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const { reply, thenHangUp } = answer(unfinished + text.slice(start, end));
      replies += reply;
      if (thenHangUp) return hangUp(replies);
      unfinished = '';
      unfinishedBytes = 0;
      start = end + 1;
    }
    const rest = text.slice(start);
    unfinished += rest;
    unfinishedBytes += Buffer.byteLength(rest);
    if (unfinishedBytes > maxLineBytes + 1) return hangUp(`${replies}error: line too long\n`);
    if (replies !== '' && !socket.write(replies)) socket.pause();
  });
  socket.on('drain', () => socket.resume());

  socket.on('end', () => {
    if (finished) return;
    const last = unfinished + decoder.end();
    if (last !== '') socket.write(answer(last).reply);
  });

  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
});

// #region in-use
// Another listener has this address (or a dead server's connection still
// waits in TIME_WAIT on a system that won't reuse it): say so in one line.
// Without an 'error' listener, Node throws and prints a stack trace.
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') giveUp(`address already in use: ${where}`);
  giveUp(`cannot listen on ${where}: ${error.message}`);
});
// #endregion in-use

// #region stale
/**
 * A socket file outlives the server that made it when that server was killed
 * before it could remove it, and listen() then fails with EADDRINUSE. Remove
 * it, but only when it is certainly such a leftover: a socket (lstat does not
 * follow a symbolic link) that refuses a connection. A regular file is a
 * user's file, and a connect to it is refused too: never touch it.
 */
async function removeLeftoverSocket(path: string): Promise<void> {
  let kind;
  try {
    kind = lstatSync(path);
  } catch {
    return; // nothing there: the listen makes the file
  }
  if (!kind.isSocket()) giveUp(`cannot listen on ${path}: not a socket`);
  if (await someoneListensOn(path)) giveUp(`address already in use: ${path}`);
  unlinkSync(path);
}

/** Connects to the socket and goes at once: a refused connection means a dead server's file. */
function someoneListensOn(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect({ path });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code !== 'ECONNREFUSED'));
  });
}
// #endregion stale

// #region listen
if (SOCKET_PATH) {
  await removeLeftoverSocket(SOCKET_PATH);
  server.listen(SOCKET_PATH, () => console.log(`listening on unix:${SOCKET_PATH}`));
} else {
  // On `::` Linux accepts IPv4 clients too (dual stack, on unless the system
  // turned it off): they arrive as IPv4-mapped addresses, ::ffff:127.0.0.1.
  server.listen(PORT, HOST, () => {
    const { address, port } = server.address() as net.AddressInfo;
    console.log(`listening on ${showHost(address)}:${port}`);
  });
}
// #endregion listen

// #region stop
// server.close() removes a Unix socket's file at once, before it even waits
// for the connections: so close it before exit, or the file stays behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    for (const socket of open) socket.destroy();
    process.exit(0);
  });
}
// #endregion stop
