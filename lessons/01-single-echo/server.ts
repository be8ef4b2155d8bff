// Lesson 1: the single echo server.
//
// The smallest server there is. It waits for one client, reads what that client
// sends once, sends the same bytes back, hangs up, and stops. Python writes
// socket() → bind() → listen() → accept() → recv() → send() → close(); Node
// folds the first three into listen() and hands us accept() as an event.
//
// Check your work: npm run lesson 1        Try it by hand: npm run lesson 1 -- --play

import net from 'node:net';

// Where to listen: HOST and PORT from the environment. PORT=0 asks the system
// for any free port, which is how the checks run many servers at once.
const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9001);

// The callback runs once per accepted connection: it is Python's accept().
const server = net.createServer((socket) => {
  // TODO: stop listening for more clients (this server serves one), then print
  // `connected from <ip>:<port>` using socket.remoteAddress and socket.remotePort.
  // Docs: lesson 1, "Accept one connection" (lessons/01-single-echo#accept-one-connection)

  // TODO: when the first 'data' event brings a Buffer, send the same bytes back
  // and end the connection (FIN).
  // Docs: lesson 1, "Receive and send" (lessons/01-single-echo#receive-and-send)

  // A client may reset the connection; without this handler that 'error' would
  // be thrown and kill the server.
  socket.on('error', (error) => {
    console.error(`connection error: ${error.message}`);
  });
});

server.listen(PORT, HOST, () => {
  // With PORT=0 only the system knows the port: ask the listening socket.
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// TODO: on SIGINT and SIGTERM, close the listener and exit with code 0.
// Docs: lesson 1, "Stopping a server" (lessons/01-single-echo#stopping-a-server)
