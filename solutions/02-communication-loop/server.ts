// Lesson 2: the echo server with a communication loop.
//
// Lesson 1 answered once and hung up. Now the server talks with its client for
// as long as the client wants: every message comes back, in order, until the
// client says goodbye. Python needs `while True: data = conn.recv(1024)`; in
// Node the loop is the 'data' event, which fires for every chunk that arrives.

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9002);

let client: net.Socket | undefined;

const server = net.createServer((socket) => {
  server.close(); // one client, as in the Python original
  client = socket;
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);

  // #region loop
  // Every chunk, whenever it comes: this handler is the body of the loop.
  socket.on('data', (chunk) => {
    socket.write(chunk);
  });
  // #endregion loop

  // #region goodbye
  // 'end' is Python's empty recv(): the client sent FIN. Node answers with our
  // own FIN (allowHalfOpen is off), the socket closes, and with the listener
  // already closed nothing keeps the process alive: it exits 0.
  socket.on('end', () => {
    console.log('client left');
  });
  // #endregion goodbye

  // #region vanish
  // A client that crashes or is killed resets the connection (ECONNRESET).
  // That ends this conversation, not the server.
  socket.on('error', (error) => {
    console.log(`client vanished: ${error.message}`);
  });
  // #endregion vanish
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// #region stop
// On SIGINT or SIGTERM close the listener and the open connection: server.close()
// alone would wait for the client to leave first.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    client?.destroy();
    process.exit(0);
  });
}
// #endregion stop
