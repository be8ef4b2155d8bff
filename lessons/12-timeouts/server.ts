// Lesson 12: the line echo server, with an idle limit.
//
// The server of lesson 6 waits for a client's next line for ever. A client
// that connects and then says nothing (a crashed laptop, a forgotten telnet,
// someone holding connections open on purpose) keeps its socket, its buffer
// and a file descriptor here until the server stops. So every connection gets
// a limit: a connection on which nothing has arrived for IDLE_TIMEOUT_MS is
// told `bye: idle for <ms> ms` and ended.
//
// Python would call `conn.settimeout(seconds)` and catch `socket.timeout` from
// recv(). Node has no blocking recv() to interrupt: the wait is a timer, and
// each byte that arrives starts it again.
//
// Check your work: npm run lesson 12        Try it by hand: npm run lesson 12 -- --play

import net from 'node:net';
import { StringDecoder } from 'node:string_decoder';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9012);

// #region read-limit
// A limit comes from the environment as text. Node's timers hold at most
// 2147483647 ms (about 24.8 days); a longer one fires after 1 ms instead, so a
// typo such as an extra zero would turn "a month" into "at once". Refuse it.
const longestTimerMs = 2147483647;

function readLimit(name: string, defaultMs: number): number {
  const text = process.env[name];
  if (text === undefined) return defaultMs;
  const ms = Number(text);
  // TODO: only digits, from 1 to longestTimerMs, make a limit. Anything else:
  // print `<name> must be an integer from 1 to 2147483647 ms` to stderr, exit 1.
  // Docs: lesson 12, "Reading a limit" (lessons/12-timeouts#reading-a-limit)
  return ms;
}
// #endregion read-limit

const idleMs = readLimit('IDLE_TIMEOUT_MS', 30000);

// The longest line we accept, in bytes, without its `\n` (lesson 6).
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
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  open.add(socket);

  const decoder = new StringDecoder('utf8');
  let unfinished = '';
  let unfinishedBytes = 0;
  let finished = false;

  // Say the last words, send FIN, and stop answering; drop what still comes
  // until the client closes, for at most 2 s (lesson 6, "Hanging up").
  function hangUp(lastWords: string): void {
    finished = true;
    clearTimeout(idle);
    socket.end(lastWords);
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  }

  // TODO: a timer for this connection, started now: when it fires, hangUp()
  // with `bye: idle for <ms> ms\n`. Every chunk that arrives starts it again
  // (idle.refresh()); a closed connection clears it.
  // Docs: lesson 12, "The idle limit" (lessons/12-timeouts#the-idle-limit)
  // and "Every byte counts" (lessons/12-timeouts#every-byte-counts)
  const idle: NodeJS.Timeout | undefined = undefined;
  socket.on('close', () => open.delete(socket));

  // The line splitting of lesson 6, unchanged.
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

  // FIN from the client: answer an unterminated last line; Node then ends our side.
  socket.on('end', () => {
    if (finished) return;
    finished = true;
    clearTimeout(idle);
    const last = unfinished + decoder.end();
    if (last !== '') socket.write(answer(last).reply);
  });

  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    for (const socket of open) socket.destroy();
    process.exit(0);
  });
}
