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

import net from 'node:net';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 9003);

// #region queue
const waiting: net.Socket[] = [];
let current: net.Socket | undefined;

const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  // A waiting client may vanish too; its error must not crash the server.
  socket.on('error', () => {});
  waiting.push(socket);
  serveNext();
});
// #endregion queue

// #region serve
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

  // The communication loop of lesson 2, for this one client.
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('error', (error) => console.log(`client vanished: ${error.message}`));

  // 'close' comes after a FIN and after a reset alike: next, please.
  socket.on('close', () => {
    current = undefined;
    serveNext();
  });

  // Bytes the client sent while it waited are in the socket's buffer; resume()
  // lets them out as 'data', so nothing it said is lost.
  socket.resume();
}
// #endregion serve

// #region listen
// Backlog 5, as in `s.listen(5)`: how many connections the kernel holds for us
// before we accept them.
server.listen({ host: HOST, port: PORT, backlog: 5 }, () => {
  const { address, port } = server.address() as net.AddressInfo;
  console.log(`listening on ${address}:${port}`);
});
// #endregion listen

// #region stop
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    for (const socket of [current, ...waiting]) socket?.destroy();
    process.exit(0);
  });
}
// #endregion stop
