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
//
// Check your work: npm run lesson 9        Try it by hand: npm run lesson 9 -- --play client

import dgram from 'node:dgram';
import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9009);

// Sending from an unbound socket binds it to a free port: the server answers there.
const socket = dgram.createSocket(net.isIPv6(HOST) ? 'udp6' : 'udp4');

const replyTimeoutMs = 500;
const tries = 3;

/** Sends `message` and waits for its reply, up to three times. */
async function ask(message: Buffer): Promise<Buffer | undefined> {
  socket.send(message, PORT, HOST);
  // TODO: don't wait for ever: a lost datagram never gets a reply. Wait at most
  // replyTimeoutMs (once(socket, 'message', { signal: AbortSignal.timeout(ms) })
  // rejects with an AbortError when the time is up), then send again; after
  // `tries` silent tries give up and return undefined.
  // Docs: lesson 9, "Lost datagrams and retries" (lessons/09-udp-echo#lost-datagrams-and-retries)
  const [reply] = (await once(socket, 'message')) as [Buffer];
  return reply;
}

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of input) {
  // TODO: leave the loop on a line whose trimmed text is `exit`. Send every other
  // line, the empty one too, as one datagram; print the reply as one line, or
  // `timeout` to stderr when ask() gave up.
  // Docs: lesson 9, "One line, one datagram" (lessons/09-udp-echo#one-line-one-datagram)
  const reply = await ask(Buffer.from(line, 'utf8'));
  if (reply) console.log(reply.toString('utf8'));
}

// Nothing to hang up in UDP: stop reading the keyboard and close the socket,
// and Node has nothing left to wait for.
input.close();
socket.close();
