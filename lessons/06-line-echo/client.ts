// Lesson 6: the line echo client.
//
// Every line typed goes to the server with a `\n` after it, and every line the
// server sends back is printed. The `\n` is the frame: it tells the server
// where a message ends, and the server's `\n` tells us where a reply ends,
// however TCP cut the bytes on the way.
//
// Reading and writing are independent here: lines go out as they are typed,
// replies are printed as they complete. So the client also notices at once
// when the server goes away, even while the user is not typing.
//
// Check your work: npm run lesson 6        Try it by hand: npm run lesson 6 -- --play client

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9006);

const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}

// TODO: a 'data' chunk is not a reply. Read the socket as lines, the way
// Python's sock.makefile() and readline() do: readline.createInterface() over
// the socket emits one 'line' per `\n`, characters intact. Print each one.
// Docs: lesson 6, "The client reads lines" (lessons/06-line-echo#the-client-reads-lines)
socket.on('data', (chunk) => console.log(chunk.toString('utf8')));

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let leaving = false;
input.on('line', (line) => {
  if (leaving) return;
  // TODO: a line whose trimmed text is `exit` is for us: leave() without sending
  // it. Any other line, the empty one too, goes out as `<line>\n`; after `quit`
  // the server hangs up, so leave() too.
  // Docs: lesson 6, "Leaving: exit, quit and end of input" (lessons/06-line-echo#leaving-exit-quit-and-end-of-input)
  socket.write(`${line}\n`);
});
input.on('close', leave); // end of input (Ctrl-D)

// Stop reading the keyboard and send FIN, but go on reading the socket: the
// replies to the last lines may still be on their way. At most 2 s.
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
// Docs: lesson 6, "When the server leaves first" (lessons/06-line-echo#when-the-server-leaves-first)

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE') return 'the server closed the connection';
  return (error as Error).message;
}
