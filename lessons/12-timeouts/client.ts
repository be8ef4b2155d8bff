// Lesson 12: the line echo client, with time limits.
//
// The client of lesson 6 trusts the network to answer. When nobody answers a
// connect (a machine that is off, a firewall that drops packets) it waits as
// long as the system keeps trying, about two minutes on Linux; when a server
// takes a line and never replies, it waits for ever. This client gives up on
// both, each with its own one-line message:
//
// - CONNECT_TIMEOUT_MS: the connection must be up that soon;
// - REPLY_TIMEOUT_MS: every line sent must get its reply line that soon.
//
// Python sets one timeout on the socket (`sock.settimeout(seconds)`) and every
// blocking call raises `socket.timeout` when it runs out. Node never blocks:
// here each limit is a timer, started when its wait starts and cleared when
// what it waits for has come.
//
// Check your work: npm run lesson 12        Try it by hand: npm run lesson 12 -- --play client

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9012);

// Node's timers hold at most 2147483647 ms; a longer one fires after 1 ms.
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

const connectMs = readLimit('CONNECT_TIMEOUT_MS', 3000);
const replyMs = readLimit('REPLY_TIMEOUT_MS', 5000);

// TODO: give the connect CONNECT_TIMEOUT_MS: when it is not up by then, destroy
// the socket and print `cannot connect to <host>:<port>: timed out after <ms> ms`
// (exit 1). Once connected, the limit is over.
// Docs: lesson 12, "A limit on the connect" (lessons/12-timeouts#a-limit-on-the-connect)
const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}

// TODO: every line sent expects one reply line, in order. Start a timer of
// REPLY_TIMEOUT_MS that calls giveUp() for each line sent; a reply line clears
// the oldest one; clearReplyTimers() clears them all.
// Docs: lesson 12, "A limit on each reply" (lessons/12-timeouts#a-limit-on-each-reply)
function expectReply(): void {}

function replyArrived(): void {}

function clearReplyTimers(): void {}

const replies = readline.createInterface({ input: socket, crlfDelay: Infinity });
let gaveUp = false;
replies.on('line', (reply) => {
  // After giving up, a late reply is not printed: the user was told there was none.
  if (gaveUp) return;
  replyArrived();
  console.log(reply);
});

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let leaving = false;
input.on('line', (line) => {
  if (leaving) return;
  if (line.trim() === 'exit') return leave();
  socket.write(`${line}\n`);
  // The server hangs up after `quit` instead of answering it.
  if (line === 'quit') return leave();
  expectReply();
});
input.on('close', leave);

// The reply is late: say so, stop printing, and leave as in lesson 6 (FIN,
// then wait for the server's close, at most 2 s), but with exit code 1.
function giveUp(): void {
  gaveUp = true;
  clearReplyTimers();
  console.error(`no reply within ${replyMs} ms`);
  process.exitCode = 1;
  leave();
}

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

// The server left first (lesson 6): one stderr line, exit 1. Either way, no
// reply can come any more, so no timer may keep the process alive.
let failure: unknown;
replies.on('error', (error) => {
  failure = error;
});
socket.on('close', () => {
  clearReplyTimers();
  if (leaving) return;
  leaving = true;
  console.error(`${HOST}:${PORT}: ${failure ? describe(failure) : 'the server closed the connection'}`);
  stopReadingKeyboard();
  process.exitCode = 1;
});

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE') return 'the server closed the connection';
  return (error as Error).message;
}
