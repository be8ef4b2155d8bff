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
  if (!/^\d+$/.test(text) || ms < 1 || ms > longestTimerMs) {
    console.error(`${name} must be an integer from 1 to ${longestTimerMs} ms`);
    process.exit(1);
  }
  return ms;
}

const connectMs = readLimit('CONNECT_TIMEOUT_MS', 3000);
const replyMs = readLimit('REPLY_TIMEOUT_MS', 5000);

// #region connect
// A refused connect fails at once: the server's machine answers the SYN with
// RST. A connect that nobody answers at all only ends when the system stops
// resending the SYN, minutes later. AbortSignal.timeout() makes a signal that
// aborts after `connectMs`; once() gives up waiting for 'connect' when it
// does. Once connected, once() lets go of the signal, so the limit is over:
// a timer still armed after the connect would end a perfectly good session.
const socket = net.connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect', { signal: AbortSignal.timeout(connectMs) });
} catch (error) {
  socket.destroy();
  const reason = (error as Error).name === 'AbortError' ? `timed out after ${connectMs} ms` : describe(error);
  console.error(`cannot connect to ${HOST}:${PORT}: ${reason}`);
  process.exit(1);
}
// #endregion connect

// #region reply-timers
// One timer per line sent, in the order the lines went out: the server answers
// in order, so each reply line clears the oldest timer. A reply that arrives
// in pieces clears nothing until its `\n` is there.
const waitingForReply: NodeJS.Timeout[] = [];

function expectReply(): void {
  waitingForReply.push(setTimeout(giveUp, replyMs));
}

function replyArrived(): void {
  clearTimeout(waitingForReply.shift());
}

function clearReplyTimers(): void {
  for (const timer of waitingForReply.splice(0)) clearTimeout(timer);
}
// #endregion reply-timers

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

// #region give-up
// The reply is late: say so, stop printing, and leave as in lesson 6 (FIN,
// then wait for the server's close, at most 2 s), but with exit code 1.
function giveUp(): void {
  gaveUp = true;
  clearReplyTimers();
  console.error(`no reply within ${replyMs} ms`);
  process.exitCode = 1;
  leave();
}
// #endregion give-up

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
