// Lesson 1: the single echo client.
//
// Connect, send one message, print the one reply, hang up. Python writes
// socket() → connect() → send() → recv() → close(); in Node, net.connect()
// starts connecting at once and tells us with events how it went.

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9001);

// #region connect
const message = process.argv[2] ?? '你好';
const socket = net.connect({ host: HOST, port: PORT });

socket.on('connect', () => {
  // A string is sent as its UTF-8 bytes: 你好 is six bytes on the wire.
  socket.write(message);
});
// #endregion connect

// #region reply
socket.once('data', (reply) => {
  console.log(reply.toString('utf8'));
  socket.end();
  // The server closes too; should it not, don't hang around for more than 2 s.
  setTimeout(() => socket.destroy(), 2000).unref();
});
// #endregion reply

// #region refused
// Without an 'error' handler a refused connection throws and prints a stack
// trace. One line naming the address says all a user needs.
socket.on('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'ECONNREFUSED' ? 'connection refused' : error.message;
  console.error(`cannot connect to ${HOST}:${PORT}: ${reason}`);
  process.exitCode = 1;
});
// #endregion refused
