// Lesson 8: the length-prefixed echo client.
//
// Each line typed becomes one frame: four bytes with the payload's length,
// big-endian, then the payload, the line's UTF-8 bytes. Each frame the server
// sends back is printed as one line. Nothing in the payload is special, not
// even `\n`: the length alone says where a frame ends.

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9008);

const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}

// #region frame
// The length counts bytes, not characters: 你好 is 2 characters and 6 bytes.
function frame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(payload.length);
  return Buffer.concat([header, payload]);
}
// #endregion frame

// #region replies
// Chunks are cut anywhere, even inside the 4-byte header, so they go into a
// buffer first. A payload is decoded only once all of it is there: a
// character split between two chunks is whole by then.
let received = Buffer.alloc(0);
socket.on('data', (chunk) => {
  received = Buffer.concat([received, chunk]);
  for (;;) {
    if (received.length < 4) return;
    const end = 4 + received.readUInt32BE(0);
    if (received.length < end) return;
    console.log(received.subarray(4, end).toString('utf8'));
    received = received.subarray(end);
  }
});
// #endregion replies

// #region send
// Every line is a frame, the empty line too: four zero bytes, which the server
// answers with the same four bytes.
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let leaving = false;
input.on('line', (line) => {
  if (leaving) return;
  if (line.trim() === 'exit') return leave();
  socket.write(frame(line));
});
input.on('close', leave); // end of input (Ctrl-D)
// #endregion send

// #region leave
// Stop reading the keyboard and send FIN, but go on reading: the echoes of the
// last frames may still be on their way. At most 2 s.
function leave(): void {
  if (leaving) return;
  leaving = true;
  stopReadingKeyboard();
  socket.end();
  setTimeout(() => socket.destroy(), 2000).unref();
}

// input.close() only pauses stdin, and a pause from inside a 'line' handler
// does not let go of it; an open stdin keeps Node running, so destroy it too.
function stopReadingKeyboard(): void {
  input.close();
  process.stdin.destroy();
}
// #endregion leave

// #region server-left
// If the connection closes (FIN or reset) before we decided to leave, the
// server left first: one line on stderr, exit 1.
let failure: unknown;
socket.on('error', (error) => {
  failure = error;
});
socket.on('close', () => {
  if (leaving) return;
  leaving = true;
  console.error(`${HOST}:${PORT}: ${failure ? describe(failure) : 'the server closed the connection'}`);
  stopReadingKeyboard();
  process.exitCode = 1;
});
// #endregion server-left

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE') return 'the server closed the connection';
  return (error as Error).message;
}
