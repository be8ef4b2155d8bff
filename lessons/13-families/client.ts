// Lesson 13: the line echo client, over any address family.
//
// Lesson 6's client, with two changes: HOST may be an IPv6 address, and with
// SOCKET_PATH set it connects to a Unix socket instead. Everything after the
// connect is the same program: lines out, lines back.
//
// Check your work: npm run lesson 13        Try it by hand: npm run lesson 13 -- --play client

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9013);
const SOCKET_PATH = process.env.SOCKET_PATH ?? '';

// TODO: name the server as the messages do: `unix:<path>` with SOCKET_PATH
// set, an IPv6 HOST in brackets (`[::1]:9013`), else `<host>:<port>`.
// Docs: lesson 13, "IPv6 addresses in brackets" (lessons/13-families#ipv6-addresses-in-brackets)
const address = `${HOST}:${PORT}`;

// TODO: with SOCKET_PATH set, connect to that path: net.connect({ path }).
// Docs: lesson 13, "The client picks the family" (lessons/13-families#the-client-picks-the-family)
const socket = net.connect({ host: HOST, port: PORT });
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

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  // TODO: a Unix socket path that does not exist fails with ENOENT: say `no such file`.
  // Docs: lesson 13, "The client picks the family" (lessons/13-families#the-client-picks-the-family)
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE') return 'the server closed the connection';
  return (error as Error).message;
}
