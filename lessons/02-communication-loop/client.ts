// Lesson 2: the echo client with a communication loop.
//
// Read a line from the keyboard, send it, print the reply, again and again,
// until the user types `exit` or `quit` or ends the input (Ctrl-D). This is
// the Python `while True: msg = input(); s.send(msg); data = s.recv(1024)`
// loop, written with `for await`, which reads just as top to bottom.
//
// Check your work: npm run lesson 2        Try it by hand: npm run lesson 2 -- --play client

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9002);

const socket = net.connect({ host: HOST, port: PORT });
try {
  // once() resolves on 'connect' and rejects if 'error' comes first.
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}

// A socket is an async iterable of chunks: next() is recv(). It is done when
// the server sends FIN (Python's empty recv()) and throws if it resets.
const replies = socket[Symbol.asyncIterator]();
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
try {
  for await (const line of input) {
    // TODO: trim the line; skip it if it is empty (zero bytes would never get a
    // reply); leave the loop on `exit` or `quit`; otherwise write it, wait for
    // the reply with `await replies.next()`, and print it as one line. A reply
    // that is `done` means the server closed the connection.
    // Docs: lesson 2, "One line, one reply" (lessons/02-communication-loop#one-line-one-reply)
  }

  // TODO: we decided to leave: stop reading the keyboard (input.close()), end the
  // socket, and let it close once the server has closed its side (at most 2 s).
  // Docs: lesson 2, "Leaving the loop" (lessons/02-communication-loop#leaving-the-loop)
} catch (error) {
  // TODO: the server closed or reset the connection first: print one line to
  // stderr, stop reading the keyboard, destroy the socket, exit code 1.
  // Docs: lesson 2, "When the server leaves first" (lessons/02-communication-loop#when-the-server-leaves-first)
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return 'the server closed the connection';
  return (error as Error).message;
}
