// Lesson 13: the line echo server, over any address family.
//
// Lesson 6's server spoke IPv4 only because HOST said 127.0.0.1. The same
// program listens on IPv6 (`::1`, or `::` for every address, IPv4 clients
// included), and on a Unix socket, a path in the file system that only
// programs on this machine can reach. The echo does not change at all: a
// stream socket is a stream socket, whatever its family. What changes is how
// addresses are written, what a listen can run into, and who tidies up the
// socket file.
//
// Check your work: npm run lesson 13        Try it by hand: npm run lesson 13 -- --play

import { lstatSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9013);
// Set and not empty: listen on this Unix socket path instead of HOST and PORT.
const SOCKET_PATH = process.env.SOCKET_PATH ?? '';

/** How an address is written in the ready line, the log and messages. */
function showHost(host: string): string {
  // TODO: `::1:9013` cannot be read back. Write an IPv6 address in brackets,
  // `[::1]`; net.isIPv6() tells which addresses are IPv6.
  // Docs: lesson 13, "IPv6 addresses in brackets" (lessons/13-families#ipv6-addresses-in-brackets)
  return host;
}

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
  // TODO: a Unix socket's peer has no address (remoteAddress is undefined):
  // log `connected from unix` for it.
  // Docs: lesson 13, "A Unix socket is a file" (lessons/13-families#a-unix-socket-is-a-file)
  console.log(`connected from ${showHost(String(socket.remoteAddress))}:${socket.remotePort}`);
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

// TODO: when another listener has the address, listen() fails with an 'error'
// event (code EADDRINUSE), and with no listener for it Node prints a stack
// trace. giveUp() with `address already in use: ${where}` instead.
// Docs: lesson 13, "Address already in use" (lessons/13-families#address-already-in-use)

/** Removes a dead server's socket file at `path`, and nothing else. */
async function removeLeftoverSocket(path: string): Promise<void> {
  // TODO: look at what is at the path with lstatSync() (it does not follow a
  // link). Nothing there: return. Not a socket: giveUp() with
  // `cannot listen on <path>: not a socket`, and never remove it. A socket
  // where someoneListensOn() it: giveUp() with `address already in use: <path>`.
  // Otherwise it is a dead server's leftover: unlinkSync() it.
  // Docs: lesson 13, "Leftover socket files" (lessons/13-families#leftover-socket-files)
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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // TODO: process.exit() alone leaves a Unix socket's file behind. Close the
    // listener first (server.close() removes the file) and every open socket.
    // Docs: lesson 13, "Cleaning up on exit" (lessons/13-families#cleaning-up-on-exit)
    process.exit(0);
  });
}
