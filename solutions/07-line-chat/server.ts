// Lesson 7: the chat room over lines.
//
// The room of lesson 5, with one change that makes it work outside a quiet
// loopback: a message is a line, not a 'data' chunk. TCP delivers a stream of
// bytes. One line may arrive in many chunks, many lines in one chunk, and a
// character's bytes may be split between two chunks. Python's answer is
// sock.makefile() and readline(); ours is a small line splitter per client.
// (node:readline over the socket would split lines too, but it keeps a line
// however long it grows: a client that never sends `\n` could fill our memory.)

import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9007);

const room = new Set<net.Socket>();

// #region join
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
// #endregion join

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

// #region lines
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
  // The bytes of the line so far. They are split on the byte `\n` first and
  // decoded only once the line is complete: `\n` never occurs inside a UTF-8
  // character, so a character split between two chunks is whole again by
  // then. (Decoding each chunk on its own would turn its halves into `�`;
  // code that must decode chunk by chunk uses a StringDecoder, which keeps an
  // unfinished character back until its last bytes come.)
  let pieces: Buffer[] = [];
  let size = 0;
  let done = false;

  // #region finish-line
  const finishLine = () => {
    let bytes = Buffer.concat(pieces, size);
    pieces = [];
    size = 0;
    if (bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1); // CRLF
    if (bytes.length > maxLineBytes) return giveUp();
    handlers.line(bytes.toString('utf8'));
  };
  const giveUp = () => {
    done = true;
    pieces = [];
    handlers.tooLong();
  };
  // #endregion finish-line

  // #region split-lines
  socket.on('data', (chunk) => {
    // Once we have ended the connection (`quit`, or a line too long),
    // whatever else the client sends is read and dropped.
    if (done || socket.writableEnded) return;
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1 && !done && !socket.writableEnded; end = chunk.indexOf(0x0a, start)) {
      pieces.push(chunk.subarray(start, end));
      size += end - start;
      start = end + 1;
      finishLine();
    }
    if (done || socket.writableEnded) return;
    pieces.push(chunk.subarray(start));
    size += chunk.length - start;
    // Still no `\n` and already longer than any line may be (a `\r` may yet
    // be dropped): stop here instead of buffering an endless line.
    if (size > maxLineBytes + 1) giveUp();
  });
  // #endregion split-lines

  // #region last-line
  // A last line with no `\n` still counts once the client has closed its side.
  socket.on('end', () => {
    if (size > 0 && !done && !socket.writableEnded) finishLine();
  });
  // #endregion last-line
}
// #endregion lines

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
