// Lesson 6: the line echo server.
//
// Until now one 'data' chunk was one message, and on a quiet loopback that
// seemed to work. It never was true: TCP carries a stream of bytes, and the
// network cuts it wherever it likes. One write may arrive as many chunks, many
// writes as one chunk. So the messages need a frame the receiver can find in
// the stream; here it is the simplest one: a line ends with `\n`.
//
// Python answers this with `conn.makefile()`, whose readline() keeps a buffer
// and hands out whole lines. This server does the same by hand, so that every
// step shows: a buffer per connection, a decoder for characters cut in half,
// and a limit, because a line that never ends must not eat our memory.
//
// Check your work: npm run lesson 6        Try it by hand: npm run lesson 6 -- --play

import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9006);

// The longest line we accept, in bytes, without its `\n` (or `\r\n`).
const maxLineBytes = 65536;

/** What the server says to one complete line, and whether it hangs up after. */
function answer(line: string): { reply: string; thenHangUp: boolean } {
  // TODO: drop one trailing `\r` (a `\r\n` line end). A line longer than
  // maxLineBytes bytes (Buffer.byteLength, not line.length) gets
  // `error: line too long\n` and a hang-up; `quit` gets a hang-up and no reply.
  // Docs: lesson 6, "A limit on line length" (lessons/06-line-echo#a-limit-on-line-length)
  return { reply: `Return your msg: ${line}\n`, thenHangUp: false };
}

const open = new Set<net.Socket>();

const server = net.createServer((socket) => {
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);
  socket.on('close', () => open.delete(socket));

  // TODO: this connection's own unfinished line, and a StringDecoder that keeps
  // the bytes of a character cut in half until the rest arrives.
  // Docs: lesson 6, "Characters split across chunks" (lessons/06-line-echo#characters-split-across-chunks)
  let finished = false;

  // Say the last words, send FIN, and stop answering; go on reading (and
  // dropping) what the client still sends until it closes, at most 2 s.
  function hangUp(lastWords: string): void {
    finished = true;
    socket.end(lastWords);
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }

  socket.on('data', (chunk) => {
    if (finished) return; // after `quit` or an error: drop the rest
    // TODO: a chunk is not a line. Add it to the unfinished line; for every `\n`
    // take out the complete line and answer() it (hangUp() if it says so); keep
    // what follows the last `\n`. If the unfinished line grows past
    // maxLineBytes + 1 bytes, hang up with `error: line too long\n`.
    // Docs: lesson 6, "One write is not one read" (lessons/06-line-echo#one-write-is-not-one-read)
    const { reply, thenHangUp } = answer(chunk.toString('utf8').trimEnd());
    if (thenHangUp) return hangUp(reply);
    socket.write(reply);
  });

  socket.on('end', () => {
    if (finished) return;
    // TODO: the client sent FIN: what is left of the unfinished line is a last
    // line without its `\n`. Answer it too (if it is not empty).
    // Docs: lesson 6, "CRLF and the last line" (lessons/06-line-echo#crlf-and-the-last-line)
  });

  // A client that resets the connection ends its conversation, not the server.
  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// TODO: on SIGINT and SIGTERM close the listener, destroy every open socket and exit 0.
// Docs: lesson 6, "Stopping the server" (lessons/06-line-echo#stopping-the-server)
