// Lesson 2: the echo client with a communication loop.
//
// Read a line from the keyboard, send it, print the reply, again and again,
// until the user types `exit` or `quit` or ends the input (Ctrl-D). This is
// the Python `while True: msg = input(); s.send(msg); data = s.recv(1024)`
// loop, written with `for await`, which reads just as top to bottom.

import { once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9002);

// #region connect
const socket = net.connect({ host: HOST, port: PORT });
try {
  // once() resolves on 'connect' and rejects if 'error' comes first.
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${describe(error)}`);
  process.exit(1);
}
// #endregion connect

// #region loop
// A socket is an async iterable of chunks: next() is recv(). It is done when
// the server sends FIN (Python's empty recv()) and throws if it resets.
const replies = socket[Symbol.asyncIterator]();
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
try {
  for await (const line of input) {
    const message = line.trim(); // drops a CRLF's \r too
    // Zero bytes put nothing on the wire, so no reply would ever come.
    if (message === '') continue;
    if (message === 'exit' || message === 'quit') break;
    socket.write(message);
    const reply = await replies.next();
    if (reply.done) throw new Error('the server closed the connection');
    console.log(Buffer.from(reply.value).toString('utf8'));
  }
  // #endregion loop

  // #region leave
  // We decided to leave: stop reading the keyboard, send FIN, and let the
  // socket close once the server has closed its side (at most 2 s). Every
  // reply has been read, so the server's FIN is all that is left to come,
  // and the socket sees it without our reading on.
  input.close();
  socket.end();
  setTimeout(() => socket.destroy(), 2000).unref();
  // #endregion leave
} catch (error) {
  // #region server-left
  console.error(`${HOST}:${PORT}: ${describe(error)}`);
  input.close();
  socket.destroy();
  process.exitCode = 1;
  // #endregion server-left
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the server reset the connection';
  if (code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return 'the server closed the connection';
  return (error as Error).message;
}
