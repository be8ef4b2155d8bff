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

import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9006);

// #region limit
// The longest line we accept, in bytes, without its `\n` (or `\r\n`). Without a
// limit, a client that sends bytes and never a newline makes us buffer them for
// ever: 64 KiB per connection is plenty for a line and bounds what one client
// can cost us.
const maxLineBytes = 65536;
// #endregion limit

// #region answer
/** What the server says to one complete line, and whether it hangs up after. */
function answer(line: string): { reply: string; thenHangUp: boolean } {
  // `\r\n` is a line end too (terminals and Windows programs send it).
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (Buffer.byteLength(text) > maxLineBytes) return { reply: 'error: line too long\n', thenHangUp: true };
  if (text === 'quit') return { reply: '', thenHangUp: true };
  return { reply: `Return your msg: ${text}\n`, thenHangUp: false };
}
// #endregion answer

const open = new Set<net.Socket>();

const server = net.createServer((socket) => {
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);
  socket.on('close', () => open.delete(socket));

  // #region buffer
  // Each connection has its own unfinished line. One buffer shared by every
  // connection would glue one client's bytes to another's.
  //
  // A StringDecoder turns bytes into text across chunk boundaries: when a
  // chunk ends in the middle of a character (你 is three bytes, 🌏 four), it
  // keeps those bytes until the rest arrives. chunk.toString() on each chunk
  // would turn both halves into �.
  const decoder = new StringDecoder('utf8');
  let unfinished = '';
  let unfinishedBytes = 0;
  let finished = false;
  // #endregion buffer

  // #region hang-up
  // Say the last words, send FIN, and stop answering. We go on reading (and
  // dropping) what the client still sends until it closes: closing a socket
  // with unread bytes makes the system reset the connection, which may throw
  // away our last words before they arrive. After 2 s we stop waiting.
  function hangUp(lastWords: string): void {
    finished = true;
    socket.end(lastWords);
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }
  // #endregion hang-up

  // #region split
  socket.on('data', (chunk) => {
    if (finished) return; // after `quit` or an error: drop the rest
    const text = decoder.write(chunk);
    // A chunk may finish the unfinished line, hold several whole lines, and
    // start the next one. Every `\n` in it completes one line.
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
    // Check on every chunk, not only at a `\n`: an endless line has none. One
    // byte more than the limit is still fine: it may be the `\r` of a `\r\n`.
    if (unfinishedBytes > maxLineBytes + 1) return hangUp(`${replies}error: line too long\n`);
    // #endregion split

    // #region backpressure
    // All the replies to this chunk in one write. If the client does not read
    // them, write() says so by returning false: we stop reading its lines until
    // the replies have drained, so its unread replies don't pile up here.
    if (replies !== '' && !socket.write(replies)) socket.pause();
  });
  socket.on('drain', () => socket.resume());
  // #endregion backpressure

  // #region last-line
  // FIN from the client (Python's empty recv()): what is left is a last line
  // without its `\n`. It is answered like any other; then Node ends our side
  // too, since this socket does not allow half-open connections.
  socket.on('end', () => {
    if (finished) return;
    const last = unfinished + decoder.end();
    if (last !== '') socket.write(answer(last).reply);
  });
  // #endregion last-line

  // #region vanish
  // A client that resets the connection ends its conversation, not the server.
  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
  // #endregion vanish
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// #region stop
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    for (const socket of open) socket.destroy();
    process.exit(0);
  });
}
// #endregion stop
