// Lesson 9: the UDP echo client.
//
// Each line typed goes out as one datagram, and the reply datagram is printed
// as one line. No connect, no framing: the datagram is the message.
//
// What UDP does not do is make sure anything arrives. A datagram may be lost,
// and nobody tells the sender; the same goes for the reply. A client that just
// waits for its reply may wait for ever. So this one waits 500 ms at most,
// then sends the datagram again; after three silent tries it gives up on that
// line, says `timeout`, and goes on with the next.

import dgram from 'node:dgram';
import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9009);

// #region socket
// Sending from an unbound socket binds it to a free port: the server answers there.
const socket = dgram.createSocket(net.isIPv6(HOST) ? 'udp6' : 'udp4');
// #endregion socket

// #region wait
const replyTimeoutMs = 500;
const tries = 3;

/** The next datagram that arrives within `ms`, or undefined. */
async function receive(ms: number): Promise<Buffer | undefined> {
  const timeUp = new AbortController();
  // A program held up on a busy machine runs its due timers before it reads
  // what arrived meanwhile: the timer gives up one turn later (setImmediate),
  // once a reply that is already there has been read.
  const timer = setTimeout(() => setImmediate(() => timeUp.abort()), ms);
  try {
    // once() rejects when the signal aborts: that is our timeout.
    const [datagram] = (await once(socket, 'message', { signal: timeUp.signal })) as [Buffer];
    return datagram;
  } catch (error) {
    if ((error as Error).name === 'AbortError') return undefined;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
// #endregion wait

// #region ask
/** Sends `message` and waits for its reply, up to three times. */
async function ask(message: Buffer): Promise<Buffer | undefined> {
  for (let attempt = 1; attempt <= tries; attempt++) {
    socket.send(message, PORT, HOST);
    const reply = await receive(replyTimeoutMs);
    if (reply) return reply;
    // No reply: the datagram or its reply got lost. Try again.
  }
  return undefined;
}
// #endregion ask

// #region loop
// One line, one datagram: the empty line is a zero-length datagram, which
// (unlike zero bytes over TCP) really goes out and gets an answer.
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of input) {
  if (line.trim() === 'exit') break;
  const reply = await ask(Buffer.from(line, 'utf8'));
  if (reply) console.log(reply.toString('utf8'));
  else console.error('timeout');
}
// #endregion loop

// #region leave
// Nothing to hang up in UDP: stop reading the keyboard and close the socket,
// and Node has nothing left to wait for.
input.close();
socket.close();
// #endregion leave
