// Lesson 3: the connection loop.
//
// The lesson 2 server stopped when its one client left. This one serves
// clients forever, one at a time, like Python's `while True: conn, addr =
// s.accept()` wrapped around the communication loop. Clients that connect
// while another is served wait in line and are served in arrival order.
//
// Node accepts every connection as soon as it arrives, so the kernel's listen
// backlog rarely fills up; "one at a time" is ours to build: new sockets
// start paused (pauseOnConnect) and wait in a queue until their turn.
//
// Check your work: npm run lesson 3        Try it by hand: npm run lesson 3 -- --play

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9003);

const waiting: net.Socket[] = [];
let current: net.Socket | undefined;

const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  // A waiting client may vanish too; its error must not crash the server.
  socket.on('error', () => {});
  waiting.push(socket);
  serveNext();
});

function serveNext(): void {
  if (current) return;
  const socket = waiting.shift();
  if (!socket) return;
  // A client that reset while it waited has no address left and nothing to say.
  if (socket.remoteAddress === undefined) {
    socket.destroy();
    serveNext();
    return;
  }
  current = socket;
  console.log(`connected from ${socket.remoteAddress}:${socket.remotePort}`);

  // TODO: the communication loop of lesson 2 for this one client: echo every chunk,
  // and when the socket closes (after a FIN or a reset alike) serve the next client.
  // Docs: lesson 3, "From one client to many" (lessons/03-connection-loop#from-one-client-to-many)

  // TODO: let the bytes this client sent while it waited come out as 'data'.
  // Docs: lesson 3, "One at a time: the waiting room" (lessons/03-connection-loop#one-at-a-time-the-waiting-room)
}

// Backlog 5, as in `s.listen(5)`: how many connections the kernel holds for us
// before we accept them.
server.listen({ host: HOST, port: PORT, backlog: 5 }, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});

// TODO: on SIGINT and SIGTERM close the listener, destroy the current and every
// waiting connection, and exit 0.
// Docs: lesson 3, "Stopping a server that never ends" (lessons/03-connection-loop#stopping-a-server-that-never-ends)
