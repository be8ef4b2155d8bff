// Lesson 13: the line echo client, over any address family.
//
// Lesson 6's client, with two changes: HOST may be an IPv6 address, and with
// SOCKET_PATH set it connects to a Unix socket instead. Everything after the
// connect is the same program: lines out, lines back.

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9013);
const SOCKET_PATH = process.env.SOCKET_PATH ?? '';

// #region address
// How messages name the server: `unix:/tmp/echo.sock`, `[::1]:9013` (brackets,
// so that the port can be told from the address), `127.0.0.1:9013`.
const address = SOCKET_PATH ? `unix:${SOCKET_PATH}` : `${net.isIPv6(HOST) ? `[${HOST}]` : HOST}:${PORT}`;

// The family is in the options: a path means AF_UNIX; a host name or address
// means TCP over IPv4 or IPv6, whichever the address is (for a name such as
// `localhost`, whichever of its addresses answers first).
const socket = SOCKET_PATH ? net.connect({ path: SOCKET_PATH }) : net.connect({ host: HOST, port: PORT });
// #endregion address
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${address}: ${describe(error)}`);
  process.exit(1);
}

const replies = readline.createInterface({ input: socket, crlfDelay: Infinity });
replies.on('line', (reply) => console.log(reply));

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let leaving = false;
input.on('line', (line) => {
  if (leaving) return;
  if (line.trim() === 'exit') return leave();
  socket.write(`${line}\n`);
  if (line === 'quit') leave();
});
input.on('close', leave);

function leave(): void {
  if (leaving) return;
  leaving = true;
  stopReadingKeyboard();
  socket.end();
  setTimeout(() => socket.destroy(), 2000).unref();
}

function stopReadingKeyboard(): void {
  input.close();
  process.stdin.destroy();
}

let failure: unknown;
replies.on('error', (error) => {
  failure = error;
});
socket.on('close', () => {
  if (leaving) return;
  leaving = true;
  console.error(`${address}: ${failure ? describe(failure) : 'the server closed the connection'}`);
  stopReadingKeyboard();
  process.exitCode = 1;
});

// #region describe
function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  // A Unix socket path that does not exist: nobody ever listened there.
  if (code === 'ENOENT') return 'no such file';
  // A socket file is there, but no server listens on it (or a TCP port, closed).
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE') return 'the server closed the connection';
  return (error as Error).message;
}
// #endregion describe
