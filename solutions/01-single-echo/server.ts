// Lesson 1: the single echo server.
//
// The smallest server there is. It waits for one client, reads what that client
// sends once, sends the same bytes back, hangs up, and stops. Python writes
// socket() → bind() → listen() → accept() → recv() → send() → close(); Node
// folds the first three into listen() and hands us accept() as an event.

import net from 'node:net';

// #region address
// Where to listen: HOST and PORT from the environment. PORT=0 asks the system
// for any free port, which is how the checks run many servers at once.
const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9001);
// #endregion address

// #region accept
// The callback runs once per accepted connection: it is Python's accept().
const server = net.createServer((socket) => {
  // Like a Python server that calls accept() once: stop listening right away.
  server.close();
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);
  // #endregion accept

  // #region echo
  // The first 'data' event is the first recv(): whatever arrived together, as a
  // Buffer of bytes. Writing that Buffer back sends exactly those bytes.
  socket.once('data', (data) => {
    socket.end(data); // write() and then end(): send the bytes, then FIN.
    // end() only half-closes; the socket closes when the client's FIN comes.
    // A client that never sends one must not keep us alive for ever.
    setTimeout(() => socket.destroy(), 2000).unref();
  });
  // #endregion echo

  // #region peer-errors
  // A client may reset the connection; without this handler that 'error' would
  // be thrown and kill the server.
  socket.on('error', (error) => {
    console.error(`connection error: ${error.message}`);
  });
  // #endregion peer-errors
});

// #region listen
server.listen(PORT, HOST, () => {
  // With PORT=0 only the system knows the port: ask the listening socket.
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});
// #endregion listen

// #region stop
// Ctrl-C sends SIGINT and a process manager sends SIGTERM; without handlers
// Node dies of the signal instead of closing the socket and exiting 0.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
// #endregion stop
