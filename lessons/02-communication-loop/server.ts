// Lesson 2: the echo server with a communication loop.
//
// Lesson 1 answered once and hung up. Now the server talks with its client for
// as long as the client wants: every message comes back, in order, until the
// client says goodbye. Python needs `while True: data = conn.recv(1024)`; in
// Node the loop is the 'data' event, which fires for every chunk that arrives.
//
// Check your work: npm run lesson 2        Try it by hand: npm run lesson 2 -- --play

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9002);

let client: net.Socket | undefined;

const server = net.createServer((socket) => {
  server.close(); // one client, as in the Python original
  client = socket;
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);

  // TODO: write every chunk that arrives back to the client, for as long as it stays.
  // Docs: lesson 2, "The loop is the event" (lessons/02-communication-loop#the-loop-is-the-event)

  // TODO: when the client ends the connection ('end'), let the server finish: with
  // the listener closed and the socket closed, Node exits 0 by itself.
  // Docs: lesson 2, "An empty read means goodbye" (lessons/02-communication-loop#an-empty-read-means-goodbye)

  // TODO: a client that crashes resets the connection: handle 'error' so that it
  // ends this conversation, not the server.
  // Docs: lesson 2, "When the client vanishes" (lessons/02-communication-loop#when-the-client-vanishes)
});

server.listen(PORT, HOST, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// TODO: on SIGINT and SIGTERM close the listener and the open connection, then exit 0.
// Docs: lesson 2, "Stopping a server" (lessons/02-communication-loop#stopping-a-server)
