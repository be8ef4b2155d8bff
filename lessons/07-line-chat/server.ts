// Lesson 7: the chat room over lines.
//
// The room of lesson 5, with one change that makes it work outside a quiet
// loopback: a message is a line, not a 'data' chunk. TCP delivers a stream of
// bytes. One line may arrive in many chunks, many lines in one chunk, and a
// character's bytes may be split between two chunks. Python's answer is
// sock.makefile() and readline(); ours is a small line splitter per client.
// (node:readline over the socket would split lines too, but it keeps a line
// however long it grows: a client that never sends `\n` could fill our memory.)
//
// Check your work: npm run lesson 7        Try it by hand: npm run lesson 7 -- --play

import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9007);

const room = new Set<net.Socket>();

const server = net.createServer((socket) => {
  const address = `${socket.remoteAddress}:${socket.remotePort}`;
  room.add(socket);
  console.log(`connected from ${address}`);

  readLines(socket, {
    line(text) {
      const message = text.trim();
      if (message === '') return; // nothing to say
      if (message === 'quit') return dismiss(socket);
      broadcast(`${timestamp(new Date())} ${address}\n${message}\n`);
    },
    tooLong() {
      dismiss(socket, 'error: line too long\n');
    },
  });

  socket.on('close', () => room.delete(socket));
  socket.on('error', (error) => console.log(`${address} vanished: ${error.message}`));
});

/** Takes a client out of the room and ends its connection (for good after 2 s). */
function dismiss(socket: net.Socket, farewell = ''): void {
  room.delete(socket);
  socket.end(farewell);
  setTimeout(() => socket.destroy(), 2000).unref();
}

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// The longest line we accept, in bytes, not counting its `\n` and a `\r`
// before it. Whatever a client sends, we never hold more than this for it.
const maxLineBytes = 65536;

interface LineHandlers {
  line(text: string): void;
  tooLong(): void;
}

/**
 * Calls `line` for every line the socket brings, however the bytes are
 * chunked, and `tooLong` (then nothing more) for a line past the limit.
 */
function readLines(socket: net.Socket, handlers: LineHandlers): void {
  // The bytes of the line so far, kept per connection.
  let pieces: Buffer[] = [];
  let size = 0;

  socket.on('data', (chunk) => {
    // Once we have ended the connection (`quit`, or a line too long),
    // whatever else the client sends is read and dropped.
    if (socket.writableEnded) return;
    // TODO: one chunk may hold part of a line, a whole line, or many lines.
    // Find every `\n` in it; each completes a line made of the pieces kept so
    // far plus the bytes before that `\n`: call handlers.line() with it.
    // Keep what follows the last `\n` for the next chunk. Stop as soon as the
    // socket's writable side has ended.
    // Docs: lesson 7, "Lines instead of chunks" (lessons/07-line-chat#lines-instead-of-chunks)

    // TODO: before decoding a line, drop one `\r` at its end (a CRLF line end).
    // Docs: lesson 7, "Line ends: LF and CRLF" (lessons/07-line-chat#line-ends-lf-and-crlf)

    // TODO: decode whole lines, never single chunks: a chunk may end in the
    // middle of a character, and decoding its half gives `�`.
    // Docs: lesson 7, "Characters split across reads" (lessons/07-line-chat#characters-split-across-reads)

    // TODO: a line longer than maxLineBytes (its `\r` and `\n` not counted) gets
    // handlers.tooLong() and nothing more. Check on every chunk, not only when
    // a `\n` comes: a client may never send one, and the buffer must not grow.
    // Docs: lesson 7, "A line that never ends" (lessons/07-line-chat#a-line-that-never-ends)
  });

  // TODO: when the client closes its side ('end') and bytes of a line are still
  // kept, that is its last line: it counts too.
  // Docs: lesson 7, "The last line" (lessons/07-line-chat#the-last-line)
}

const maxWaitingBytes = 32 * 1024 * 1024; // as in lesson 5

function broadcast(message: string): void {
  for (const member of room) {
    member.write(message);
    if (member.writableLength > maxWaitingBytes) member.destroy();
  }
}

function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

const keyboard = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
keyboard.on('line', (line) => {
  if (line.trim() === 'quit') closeRoom();
});

function closeRoom(): void {
  server.close();
  for (const member of room) member.destroy();
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, closeRoom);
