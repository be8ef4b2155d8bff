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

// #region replies
// Python's `sock.makefile('r')` wraps the socket in a file whose readline()
// returns whole lines. Node's readline over the socket is the same thing: it
// keeps the bytes of an unfinished line, decodes them with a StringDecoder (a
// character split between two chunks stays whole) and emits one 'line' per
// `\n`, whether the reply came in one chunk, in ten, or together with others.
const replies = readline.createInterface({ input: socket, crlfDelay: Infinity });
replies.on('line', (reply) => console.log(reply));
// #endregion replies

// #region send
// Every line is a message, the empty one too: `\n` alone is a byte on the
// wire, and the server answers it (unlike the zero bytes of lesson 2).
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let leaving = false;
input.on('line', (line) => {
  if (leaving) return;
  if (line.trim() === 'exit') return leave();
  socket.write(`${line}\n`);
  // The server hangs up after `quit`: that close is the goodbye we asked for.
  if (line === 'quit') leave();
});
input.on('close', leave); // end of input (Ctrl-D)
// #endregion send

// #region leave
// Stop reading the keyboard and send FIN, but go on reading the socket: the
// replies to the last lines may still be on their way. The server closes its
// side once it has answered them; should it not, we go after 2 s.
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
// 'close' comes after the server's FIN and after a reset alike. If we did not
// decide to leave, the server left first: say so in one line and exit 1.
// readline passes the socket's errors on (a reset is ECONNRESET); unhandled,
// one would crash the client with a stack trace.
let failure: unknown;
replies.on('error', (error) => {
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
