// Lesson 8: the length-prefixed echo client.
//
// Each line typed becomes one frame: four bytes with the payload's length,
// big-endian, then the payload, the line's UTF-8 bytes. Each frame the server
// sends back is printed as one line. Nothing in the payload is special, not
// even `\n`: the length alone says where a frame ends.
//
// Check your work: npm run lesson 8        Try it by hand: npm run lesson 8 -- --play client

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

function frame(text: string): Buffer {
  // TODO: a 4-byte header holding the payload's length in bytes (writeUInt32BE),
  // then the payload: the text's UTF-8 bytes. 你好 is 2 characters and 6 bytes.
  // Docs: lesson 8, "The client: frames out, frames in" (lessons/08-length-prefix#the-client-frames-out-frames-in)
  return Buffer.from(text, 'utf8');
}

let received = Buffer.alloc(0);
socket.on('data', (chunk) => {
  received = Buffer.concat([received, chunk]);
  // TODO: print the payload of every complete frame in `received` as one line,
  // and keep the rest: a chunk may hold part of a frame, or several.
  // Docs: lesson 8, "Reading exactly N bytes" (lessons/08-length-prefix#reading-exactly-n-bytes)
});

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let leaving = false;
input.on('line', (line) => {
  if (leaving) return;
  // TODO: a line whose trimmed text is `exit` means leave(), without sending it.
  // Docs: lesson 8, "Leaving" (lessons/08-length-prefix#leaving)
  socket.write(frame(line));
});
input.on('close', leave); // end of input (Ctrl-D)

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

// TODO: when the socket closes (after the server's FIN or a reset) and we did
// not decide to leave, the server left first: print one line to stderr, stop
// reading the keyboard and exit with code 1. Handle 'error' too, or a reset
// crashes the client.
// Docs: lesson 8, "When the server leaves first" (lessons/08-length-prefix#when-the-server-leaves-first)

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE') return 'the server closed the connection';
  return (error as Error).message;
}
